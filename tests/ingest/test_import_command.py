"""`import_seeds` as an operator uses it: idempotent, tolerant of one bad file, recorded in ImportRun."""

import os

import pytest

from articles.models import Source
from core.models import ImportRun

pytestmark = pytest.mark.django_db(transaction=True)


def test_imports_every_file_of_a_folder(write_page, page_dir, run_import):
    write_page("a.txt")
    write_page("b.txt", "另一个版面。\n\n内容不同。\n")
    code, out, _ = run_import(str(page_dir))
    assert code == 0
    assert sorted(Source.objects.values_list("name", flat=True)) == ["a.txt", "b.txt"]
    assert "2 file(s) imported, 0 failed" in out


def test_second_import_changes_nothing(write_page, page_dir, run_import):
    write_page("a.txt")
    run_import(str(page_dir))
    first = Source.objects.get(name="a.txt")
    code, _out, _ = run_import(str(page_dir))
    assert code == 0
    second_run = ImportRun.objects.order_by("-id").first()
    assert second_run.inserted == 0 and second_run.updated == 0
    assert second_run.counts["sources"] == {"unchanged": 1}
    again = Source.objects.get(name="a.txt")
    assert again.updated_at == first.updated_at
    assert Source.objects.count() == 1


def test_changed_file_updates_its_source_in_place(write_page, page_dir, run_import):
    path = write_page("a.txt")
    run_import(str(page_dir))
    original_id = Source.objects.get().pk
    path.write_text("改过的版面。\n", encoding="utf-8")
    run_import(str(page_dir))
    source = Source.objects.get()
    assert source.pk == original_id
    assert source.text.startswith("改过的版面")


def test_undecodable_file_is_reported_by_name_and_others_still_import(write_page, page_dir, run_import):
    write_page("good.txt")
    write_page("noise.txt", os.urandom(4096))
    code, _out, err = run_import(str(page_dir))
    assert code != 0
    assert "noise.txt" in err
    assert list(Source.objects.values_list("name", flat=True)) == ["good.txt"]
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    assert run.files_failed == 1 and "noise.txt" in run.errors[0]["message"]


def test_missing_path_is_an_error(run_import, tmp_path):
    code, _, err = run_import(str(tmp_path / "nowhere"))
    assert code != 0
    assert "no such file or folder" in err


def test_dry_run_keeps_nothing(write_page, page_dir, run_import):
    write_page("a.txt")
    code, _out, _ = run_import(str(page_dir), "--dry-run")
    assert code == 0
    assert Source.objects.count() == 0
    assert ImportRun.objects.get().status == ImportRun.Status.DRY_RUN


def test_encodings_and_line_endings_import_to_the_same_text(write_page, page_dir, run_import):
    text = "乡村振兴看示范\n\n今年以来，全县新建农村公路120公里。\n"
    write_page("utf8.txt", text)
    write_page("bom.txt", "\ufeff" + text)
    write_page("gbk.txt", text, encoding="gbk")
    write_page("crlf.txt", text.replace("\n", "\r\n"))
    code, _, err = run_import(str(page_dir))
    assert code == 0, err
    texts = set(Source.objects.values_list("text", flat=True))
    assert texts == {text}


def test_empty_file_is_refused_by_name(write_page, page_dir, run_import):
    write_page("empty.txt", b"")
    code, _, err = run_import(str(page_dir))
    assert code != 0
    assert "empty.txt" in err
    assert Source.objects.count() == 0


def test_huge_file_is_refused_before_reading(write_page, page_dir, run_import):
    from core.text.decoding import MAX_PAGE_BYTES

    path = page_dir / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_PAGE_BYTES + 1)  # sparse: the size is what matters
    write_page("good.txt")
    code, _, err = run_import(str(page_dir))
    assert code != 0
    assert "huge.txt" in err and "limit" in err
    assert list(Source.objects.values_list("name", flat=True)) == ["good.txt"]


def test_single_enormous_line_is_refused_clearly(write_page, page_dir, run_import):
    write_page("oneline.txt", "村" * 1_100_000)
    code, _, err = run_import(str(page_dir))
    assert code != 0
    assert "oneline.txt" in err
    assert Source.objects.count() == 0
