"""The import under faults and bad input, in process (SQLite and PostgreSQL): every outcome named, nothing lost.

Each case ends the way an operator would: run the same command again, and the rows equal a clean import's.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

import ingest.page_files
import ingest.pipeline
import ingest.store
from articles.models import Source
from core.models import ImportRun, ImportRunFile
from tests.ingest.conftest import forget_pages, page_rows

pytestmark = pytest.mark.django_db(transaction=True)
NOT_ATTEMPTED = ImportRunFile.Outcome.NOT_ATTEMPTED


def clean_rows(run_import, folder) -> tuple[int, ...]:
    """The rows a clean import of `folder` leaves; the pages are then forgotten so the fault can be tried."""
    code, _, err = run_import(str(folder))
    assert code == 0, err
    rows = page_rows()
    forget_pages()
    return rows


def outcomes(run: ImportRun) -> dict[str, int]:
    found: dict[str, int] = {}
    for outcome in run.file_outcomes.values_list("outcome", flat=True):
        found[outcome] = found.get(outcome, 0) + 1
    return found


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_after_the_current_page(small_batch, run_import, monkeypatch, sig, workers):
    folder = small_batch(4)
    clean = clean_rows(run_import, folder)
    real = ingest.store.persist_page
    importer = os.getpid()
    signalled = folder.parent / "signalled"  # one signal in all, whichever process writes the first page

    def persist_then_signal(*args, **kwargs):
        try:
            signalled.touch(exist_ok=False)
        except FileExistsError:
            pass
        else:
            os.kill(importer, sig)  # arrives while the first page is being written
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest.store, "persist_page", persist_then_signal)
    code, out, err = run_import(str(folder), "--workers", str(workers))
    assert code == 1
    run = ImportRun.objects.order_by("-id").first()
    assert run.status == ImportRun.Status.INTERRUPTED and run.finished_at is not None
    # Every page being written when the signal came is finished, whole: one, or one per writing worker.
    done = Source.objects.count()
    assert 1 <= done <= (workers if ingest.pipeline.parallel_writers(workers) else 1)
    assert f"interrupted by {sig.name}: {done} file(s) imported, 0 failed, {4 - done} not attempted" in err
    assert "Traceback" not in out + err
    assert outcomes(run) == {"imported": done, "not_attempted": 4 - done}
    assert (run.files_done, run.files_not_attempted) == (done, 4 - done)
    monkeypatch.undo()
    assert run_import(str(folder))[0] == 0
    assert page_rows() == clean


def test_a_run_whose_process_died_is_marked_interrupted(small_batch, run_import):
    folder = small_batch(2)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    import socket

    run = ImportRun.objects.create(
        pid=int(dead.stdout), host=socket.gethostname(), files=[str(p) for p in sorted(folder.iterdir())]
    )
    ImportRunFile.objects.create(run=run, path=run.files[0], outcome="imported")
    ImportRun.objects.filter(pk=run.pk).update(files_done=1, files_total=2)
    code, _out, err = run_import("--status")
    assert code == 0
    assert f"run #{run.pk} marked interrupted" in err
    run.refresh_from_db()
    assert run.status == ImportRun.Status.INTERRUPTED and run.files_not_attempted == 1
    assert "1 file(s) committed, 1 not attempted" in run.message
    assert list(run.file_outcomes.filter(outcome=NOT_ATTEMPTED).values_list("path", flat=True)) == [run.files[1]]
    # The next run does the same check for runs --status has not seen.
    other = ImportRun.objects.create(pid=int(dead.stdout), host=socket.gethostname())
    assert run_import(str(folder))[0] == 0
    other.refresh_from_db()
    assert other.status == ImportRun.Status.INTERRUPTED


def test_a_live_run_is_left_running(run_import):
    import socket

    alive = ImportRun.objects.create(pid=os.getppid(), host=socket.gethostname())
    elsewhere = ImportRun.objects.create(pid=1, host="another-machine")
    run_import("--status")
    alive.refresh_from_db()
    elsewhere.refresh_from_db()
    assert alive.status == elsewhere.status == ImportRun.Status.RUNNING


def _die_on_second(found):
    if found.path.name.startswith("001"):
        os._exit(137)  # what the out-of-memory killer does
    return REAL_READ(found)


REAL_READ = ingest.pipeline._read_and_extract


def test_a_worker_killed_leaves_the_rest_not_attempted_not_failed(small_batch, run_import, monkeypatch):
    folder = small_batch(5)
    clean = clean_rows(run_import, folder)
    monkeypatch.setattr(ingest.pipeline, "_read_and_extract", _die_on_second)
    code, out, err = run_import(str(folder), "--workers", "2")
    assert code == 1
    assert "worker process died (out of memory?)" in err and "not attempted" in err
    assert "FAILED" not in err and "Traceback" not in out + err
    run = ImportRun.objects.order_by("-id").first()
    assert run.status == ImportRun.Status.INTERRUPTED
    found = outcomes(run)
    assert found.get("failed", 0) == 0 and found["not_attempted"] >= 4 - found.get("imported", 0)
    assert sum(found.values()) == 5
    monkeypatch.undo()
    assert run_import(str(folder), "--workers", "2")[0] == 0
    assert page_rows() == clean


_first_page_seen: set[int] = set()


def _refuse_inherited_connection(found):
    """Each worker's first page is read before it touches the database: it must hold no connection then (a
    writing worker opens its own afterwards)."""
    from django.db import connections

    if os.getpid() not in _first_page_seen:
        _first_page_seen.add(os.getpid())
        if connections["default"].connection is not None:
            raise AssertionError("a worker inherited the parent's database connection")
    return REAL_READ(found)


def test_workers_hold_no_database_connection_of_the_parent(small_batch, run_import, monkeypatch):
    monkeypatch.setattr(ingest.pipeline, "_read_and_extract", _refuse_inherited_connection)
    folder = small_batch(3)
    code, _, err = run_import(str(folder), "--workers", "2")
    assert code == 0, err


def test_memory_error_is_one_line_naming_the_file(small_batch, run_import, monkeypatch):
    folder = small_batch(3)
    real = ingest.page_files.extract_page

    def short_of_memory(text):
        if "郯城县" in text:
            raise MemoryError
        return real(text)

    monkeypatch.setattr(ingest.page_files, "extract_page", short_of_memory)
    code, _, err = run_import(str(folder))
    assert code == 1
    assert "pages/001.txt: out of memory while importing this page" in err
    assert Source.objects.count() == 2


def test_a_nul_byte_after_the_first_64_kib_is_refused_by_name(write_page, page_dir, run_import):
    write_page("good.txt")
    body = ("今年以来，全县新建农村公路120公里。\n" * 1500).encode("utf-8")
    assert len(body) > 65536
    write_page("late_nul.txt", b"\xe6\xa0\x87\xe9\xa2\x98\n\n" + body + b"\x00" + "结尾。\n".encode())
    code, _, err = run_import(str(page_dir))
    assert code == 1
    assert "late_nul.txt: file contains a NUL byte" in err
    assert list(Source.objects.values_list("path", flat=True)) == ["pages/good.txt"]


def test_every_file_failing_is_a_failed_run_and_exit_2(write_page, page_dir, run_import):
    write_page("empty.txt", b"")
    write_page("noise.txt", b"\x00\x01\x02" * 100)
    code, _, err = run_import(str(page_dir))
    assert code == 2
    assert ImportRun.objects.get().status == ImportRun.Status.FAILED
    assert "empty.txt" in err and "noise.txt" in err


def test_a_connection_terminated_mid_import_fails_that_page_only(small_batch, run_import, monkeypatch):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("terminating a server backend is a PostgreSQL fault")
    folder = small_batch(3)
    clean = clean_rows(run_import, folder)
    real = ingest.store.persist_page
    calls = []

    def terminated_on_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest.store, "persist_page", terminated_on_second)
    code, out, err = run_import(str(folder))
    assert code == 1, err
    assert "FAILED pages/001.txt: OperationalError" in err and "Traceback" not in out + err
    assert sorted(Source.objects.values_list("path", flat=True)) == ["pages/000.txt", "pages/002.txt"]
    monkeypatch.undo()
    assert run_import(str(folder))[0] == 0
    assert page_rows() == clean
