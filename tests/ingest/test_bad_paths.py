"""Nothing is skipped in silence: every path given or found and not imported is named, with a documented exit code.

Exit codes: 0 every page imported; 1 some failed or were skipped (or the run was interrupted); 2 nothing usable.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from articles.models import Source
from core.models import ImportRun, ImportRunFile

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def test_an_unreadable_subfolder_is_named_and_the_rest_imports(write_page, page_dir, run_import, monkeypatch):
    write_page("a.txt")
    locked = page_dir / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("另一个版面。\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # root reads every folder, so a permission error is simulated where it happens
        if Path(os.fsdecode(path)).resolve() == locked.resolve():
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, _, err = run_import(str(page_dir))
    assert code == 1
    assert f"SKIPPED {locked}: cannot read (Permission denied)" in err
    assert list(Source.objects.values_list("path", flat=True)) == ["pages/a.txt"]
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.PARTIAL and run.files_skipped == 1
    assert run.file_outcomes.get(outcome="skipped").path == str(locked)


def test_an_empty_folder_is_a_warning_and_exit_2(page_dir, run_import):
    code, _, err = run_import(str(page_dir))
    assert code == 2
    assert f"{page_dir}: no .txt page files in this folder" in err
    assert "nothing to import" in err
    assert ImportRun.objects.get().status == ImportRun.Status.FAILED


def test_a_symlink_loop_is_noted_and_does_not_hide_pages(write_page, page_dir, run_import):
    write_page("a.txt")
    (page_dir / "sub").mkdir()
    (page_dir / "sub" / "b.txt").write_text("另一个版面。\n\n内容不同。\n", encoding="utf-8")
    (page_dir / "sub" / "loop").symlink_to(page_dir, target_is_directory=True)
    code, _, err = run_import(str(page_dir))
    assert code == 0, err
    assert "symbolic link loop" in err
    assert sorted(Source.objects.values_list("path", flat=True)) == ["pages/a.txt", "pages/sub/b.txt"]


def test_a_non_text_file_named_directly_is_refused_by_name(write_page, page_dir, run_import):
    scan = write_page("scan.pdf", b"%PDF-1.4 binary")
    code, _, err = run_import(str(scan))
    assert code == 2
    assert f"{scan}: not a .txt page file" in err
    assert Source.objects.count() == 0
    good = write_page("a.txt")
    code, _, err = run_import(str(scan), str(good))
    assert code == 1 and Source.objects.count() == 1


def test_non_page_files_inside_a_folder_are_noted_not_failed(write_page, page_dir, run_import):
    write_page("a.txt")
    write_page("photo.jpg", b"\xff\xd8\xff")
    code, _, err = run_import(str(page_dir))
    assert code == 0, err
    assert f"note: skipped {page_dir / 'photo.jpg'}: not a .txt page file" in err
    assert ImportRunFile.objects.filter(outcome="skipped", path=str(page_dir / "photo.jpg")).exists()


def test_a_missing_path_is_named_and_exit_2(run_import, tmp_path):
    code, _, err = run_import(str(tmp_path / "nowhere"))
    assert code == 2
    assert f"{tmp_path / 'nowhere'}: no such file or folder" in err


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "postgres://postgres@127.0.0.1:5999/nowhere",
            "database unreachable at 127.0.0.1:5999 (Connection refused) — is PostgreSQL running and does "
            "database 'nowhere' exist? nothing was written",
        ),
        ("sqlite:////nonexistent-folder/db.sqlite3", "database /nonexistent-folder/db.sqlite3 cannot be opened"),
    ],
)
def test_an_unreachable_database_is_one_line(url, expected, tmp_path):
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "1"}
    result = subprocess.run(
        [sys.executable, "manage.py", "import_seeds", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
