"""The import as a real process under real signals (PostgreSQL: the test process watches the same database).

Ctrl-C (SIGINT to the whole process group, as a terminal sends it) and SIGTERM stop the run after the current page
with one summary line and no traceback; SIGKILL leaves a run the next `--status` marks interrupted, and the worker
processes die with their parent instead of keeping its connection. A re-run then ends with a clean import's rows.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from articles.models import Source
from core.models import ImportRun
from tests.ingest.conftest import ROOT, forget_pages, page_rows

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def live_url():
    if connection.vendor != "postgresql":
        pytest.skip("a second process sees the test database only on PostgreSQL")
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def start(url: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "1"}
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_seeds", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, like a command typed in a terminal
    )


def wait_for_first_commit(process: subprocess.Popen, timeout: float = 180) -> ImportRun:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = ImportRun.objects.order_by("-id").first()
        if run is not None and run.files_done >= 1:
            return run
        assert process.poll() is None, process.communicate()
        time.sleep(0.2)
    raise AssertionError("the import committed nothing in time")


def session_members(session: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                members.append(int(entry.name))
    return members


def wait_until_gone(session: int, timeout: float = 15) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and session_members(session):
        time.sleep(0.2)
    return session_members(session)


def assert_rerun_completes(run_import, folder: Path) -> None:
    """Finish with a re-run, as an operator would, and compare with a clean import of the same pages (both in this
    process, which has the gazetteer loaded already)."""
    code, _, err = run_import(str(folder))
    assert code == 0, err
    after_fault = page_rows()
    forget_pages()
    assert run_import(str(folder))[0] == 0
    assert page_rows() == after_fault


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_to_a_real_import_stops_it_cleanly(live_url, batch, run_import, sig):
    folder = batch(4)
    process = start(live_url, str(folder), "--workers", "2")
    run = wait_for_first_commit(process)
    if sig == signal.SIGINT:
        os.killpg(process.pid, sig)  # Ctrl-C reaches the parent and its workers
    else:
        process.send_signal(sig)
    out, err = process.communicate(timeout=180)
    assert process.returncode == 1, err
    assert "Traceback" not in out + err
    assert f"interrupted by {sig.name}:" in err and "run the same command again to finish" in err
    assert wait_until_gone(process.pid) == []
    run.refresh_from_db()
    assert run.status == ImportRun.Status.INTERRUPTED
    committed = set(run.file_outcomes.filter(outcome="imported").values_list("source_name", flat=True))
    assert committed == set(Source.objects.values_list("name", flat=True)) and committed
    assert run.files_not_attempted == 4 - run.files_done - run.files_failed
    assert_rerun_completes(run_import, folder)


def test_sigkill_leaves_a_run_the_next_status_marks_and_workers_die_with_it(live_url, batch, run_import):
    folder = batch(4)
    process = start(live_url, str(folder), "--workers", "2")
    run = wait_for_first_commit(process)
    process.kill()
    process.communicate(timeout=60)
    assert wait_until_gone(process.pid) == [], "worker processes outlived the killed import"
    run.refresh_from_db()
    assert run.status == ImportRun.Status.RUNNING  # nobody could say otherwise yet
    code, _, err = run_import("--status")
    assert code == 0, err
    assert f"run #{run.pk} marked interrupted" in err
    run.refresh_from_db()
    assert run.status == ImportRun.Status.INTERRUPTED
    assert run.files_done == Source.objects.count()  # what it says it committed is what is there
    assert_rerun_completes(run_import, folder)
