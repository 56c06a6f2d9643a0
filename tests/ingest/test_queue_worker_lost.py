"""A queue worker's process killed mid-page (SIGKILL, as the out-of-memory killer does): the page goes back to the
queue, the process that replaces it writes the page exactly once, the page's row says it was delivered again, and
the run ends with nothing pending.

Everything runs as in production, in separate processes: a real `celery worker --pool prefork -c 1` on a real Redis
broker (`CELERY_TEST_BROKER_URL`, skipped only when none answers) and a database file of its own that the worker,
the commands and this test all open. The page file is a named pipe, so the worker's process blocks reading it (its
task started, nothing of the page recorded) until this test writes the page: the test knows the process is mid-page
when the pipe has a reader, kills exactly that process, and then feeds the page to the process that reads it next.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis

from tests.ingest.conftest import ROOT, SEEDS

WORKER = [sys.executable, "-m", "celery", "-A", "core.celery", "worker", "--pool", "prefork", "-c", "1", "-l", "info"]
WAIT_SECONDS = 600  # a loaded 2-core machine: process start-up, the gazetteer's first load, a page


def manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=WAIT_SECONDS
    )
    assert done.returncode == 0, f"manage.py {' '.join(args)}: {done.stdout}{done.stderr}"
    return done.stdout


def python_in_django(env: dict[str, str], code: str) -> str:
    """What `code` prints last, run by `manage.py shell` on the test's database."""
    return manage(env, "shell", "--no-imports", "-c", code).strip().splitlines()[-1]


def open_for_writing_once_read(pipe: Path, worker: subprocess.Popen, log: Path) -> int:
    """Open the named pipe for writing as soon as a process has it open for reading (the worker, mid-page)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        try:
            return os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:  # ENXIO: no reader yet
                raise
        assert worker.poll() is None, f"the worker exited: {log.read_text(errors='replace')[-3000:]}"
        time.sleep(0.05)
    raise AssertionError(f"no worker process read {pipe} within {WAIT_SECONDS} s: {log.read_text()[-3000:]}")


def readers_of(pipe: Path, parent: int) -> list[int]:
    """The worker's pool processes that have `pipe` open. A reader still inside open() (which returns once a writer
    opened too) has no descriptor yet, so a few looks may be needed."""
    deadline = time.monotonic() + 30
    while True:
        found = []
        for children in Path(f"/proc/{parent}/task").glob("*/children"):
            for pid in map(int, children.read_text().split()):
                try:
                    if any(os.readlink(fd) == str(pipe) for fd in Path(f"/proc/{pid}/fd").iterdir()):
                        found.append(pid)
                except OSError:  # gone meanwhile, or a descriptor closed while looked at
                    continue
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def wait_gone(pid: int) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return
        if state in ("Z", "X"):
            return
        time.sleep(0.05)
    raise AssertionError(f"process {pid} still alive after SIGKILL")


def run_row(database: Path, run_id: int) -> tuple[str, int, int]:
    with sqlite3.connect(database, timeout=30) as db:
        return db.execute(
            "SELECT status, files_done, files_total FROM core_importrun WHERE id = ?", [run_id]
        ).fetchone()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the worker's processes through /proc (Linux)")
def test_a_page_whose_worker_process_was_killed_is_delivered_again_and_imported_once(redis_url, tmp_path):
    database = tmp_path / "queue.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "CELERY_BROKER_URL": redis_url,
        "SECRET_KEY": "worker-lost-test",
        "ENV_FILE": "",
        "DJANGO_SETTINGS_MODULE": "core.settings",
    }
    manage(env, "migrate", "-v0")
    folder = tmp_path / "pages"
    folder.mkdir()
    page = folder / SEEDS[0].name
    page.write_bytes(SEEDS[0].read_bytes())
    queue = f"test-worker-lost-{uuid.uuid4().hex}"
    enqueue = f"from ingest.tasks import enqueue_import as e; print(e([{str(folder)!r}], queue={queue!r}).run.pk)"
    run_id = int(python_in_django(env, enqueue))
    page.unlink()  # the queued message names the path; the worker will find a pipe there
    os.mkfifo(page)

    log = tmp_path / "worker.log"
    with log.open("w") as log_file:
        worker = subprocess.Popen(
            [*WORKER, "-Q", queue],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        writer = open_for_writing_once_read(page, worker, log)
        [killed] = readers_of(page, worker.pid)
        os.kill(killed, signal.SIGKILL)
        wait_gone(killed)
        os.close(writer)  # the killed process never read a byte
        assert run_row(database, run_id) == ("running", 0, 1)  # nothing recorded: the page is still pending

        writer = open_for_writing_once_read(page, worker, log)  # the same message, to the process that replaced it
        assert killed not in readers_of(page, worker.pid)
        os.set_blocking(writer, True)
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(SEEDS[0].read_bytes())

        deadline = time.monotonic() + WAIT_SECONDS
        while run_row(database, run_id)[0] == "running" and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
        client = redis.Redis.from_url(redis_url)
        for key in [*client.scan_iter(f"*{queue}*"), *client.scan_iter(f"localgov:import:lost:{run_id}:*")]:
            client.delete(key)

    assert "WorkerLostError" in log.read_text(errors="replace")
    facts = json.loads(
        python_in_django(
            env,
            "import json; from core.models import ImportRun; from articles.models import Article, Source; "
            f"r = ImportRun.objects.get(pk={run_id}); "
            "print(json.dumps({'status': r.status, 'done': r.files_done, 'failed': r.files_failed, "
            "'counts': r.counts, 'files': list(r.file_outcomes.values_list('outcome', 'message')), "
            "'sources': Source.objects.count(), 'articles': Article.objects.count()}))",
        )
    )
    assert (facts["status"], facts["done"], facts["failed"]) == ("succeeded", 1, 0)
    assert facts["sources"] == 1 and facts["counts"]["sources"] == {"created": 1}
    assert facts["articles"] == facts["counts"]["articles"]["created"] > 0  # every article once, counted once
    [(outcome, message)] = facts["files"]
    assert outcome == "imported" and "second delivery" in message
    status = manage(env, "import_seeds", "--status")
    assert f"#{run_id} " in status and "succeeded" in status and "pending" not in status
