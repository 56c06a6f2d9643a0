"""The queued import through a real Redis broker and a real Celery worker (in a thread of this process, on the test
database): the same rows as a direct import, a second enqueue that changes nothing, a retry after a database
connection failure, and the run's progress as the worker records each page. Skipped only when Redis is not reachable.

The worker's thread opens its own database connection, so the tests are transactional: what the test writes is
committed where the worker sees it, and what the worker writes is committed where the test sees it.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from django.db import OperationalError, connection
from django.db.backends.signals import connection_created

from core.celery import app
from core.models import ImportRun, ImportRunFile
from ingest import tasks
from ingest.pipeline import run_import
from ingest.tasks import enqueue_import
from tests.ingest.conftest import forget_pages, page_rows

WAIT_SECONDS = 600  # a loaded 2-core machine takes tens of seconds a page on its first gazetteer load


def read_without_table_locks(sender=None, connection=connection, **kwargs) -> None:
    """SQLite's shared in-memory test database locks a table one connection is writing against every other
    connection's reads (SQLITE_LOCKED at once, no busy wait), so this thread and the worker's failed at random when
    they overlapped. The product's file database in WAL mode lets readers read while a writer writes; reading
    uncommitted pages gives the shared test database the same behaviour."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = true")


@pytest.fixture
def queue(redis_url: str, settings):
    """A worker consuming a queue of its own on the Redis broker; yields the queue's name."""
    connection_created.connect(read_without_table_locks)  # the worker thread's connection
    read_without_table_locks()  # this thread's
    settings.CELERY_BROKER_URL = redis_url
    settings.IMPORT_RETRY_BACKOFF_SECONDS = 0.2
    saved = app.conf.broker_url, app.conf.task_always_eager
    app.conf.broker_url, app.conf.task_always_eager = redis_url, False
    # The app makes its producer pool once, from the broker URL of that moment (none, if an earlier test in this
    # process touched it); drop it as Celery does after a fork, so that publishing uses this broker.
    app._after_fork()
    name = f"test-import-{uuid.uuid4().hex}"
    try:
        with start_worker(app, queues=[name], perform_ping_check=False, shutdown_timeout=WAIT_SECONDS):
            yield name
    finally:
        connection_created.disconnect(read_without_table_locks)
        app.conf.broker_url, app.conf.task_always_eager = saved
        app._after_fork()
        client = redis.Redis.from_url(redis_url)
        for key in client.scan_iter(f"_kombu.binding*{name}"):  # the queue's bindings, which kombu leaves behind
            client.delete(key)


@pytest.fixture
def pages(seed_pages) -> Path:
    return seed_pages(3)


def finished(run: ImportRun) -> ImportRun:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        try:
            run.refresh_from_db()
        except OperationalError:  # SQLite's shared in-memory test database: a table the worker is writing is locked
            continue
        if run.status != ImportRun.Status.RUNNING:
            return run
        time.sleep(0.2)
    raise AssertionError(f"run #{run.pk} not finished after {WAIT_SECONDS} s: {run.files_done}/{run.files_total}")


def created(run: ImportRun, resource: str) -> int:
    return run.counts.get(resource, {}).get("created", 0)


@pytest.mark.django_db(transaction=True)
def test_a_folder_imported_through_the_queue_equals_a_direct_import(queue, pages, monkeypatch):
    direct, _ = run_import([pages])
    direct_rows = page_rows()
    forget_pages()

    progress: list[tuple[int, int]] = []  # (recorded, total) of the run as the worker starts each page
    real = tasks.import_page_file

    def watched(found, *, run, **kwargs):
        counted = ImportRun.objects.get(pk=run.pk)
        progress.append((counted.files_done + counted.files_failed, counted.files_total))
        return real(found, run=run, **kwargs)

    monkeypatch.setattr(tasks, "import_page_file", watched)
    queued = finished(enqueue_import([str(pages)], queue=queue).run)
    assert queued.status == ImportRun.Status.SUCCEEDED, queued.errors
    assert (queued.files_done, queued.files_failed, queued.files_total) == (3, 0, 3)
    assert progress == [(0, 3), (1, 3), (2, 3)]
    assert page_rows() == direct_rows
    for resource in ("sources", "articles", "indicators"):
        assert created(queued, resource) == created(direct, resource) > 0, resource

    again = finished(enqueue_import([str(pages)], queue=queue).run)
    assert again.status == ImportRun.Status.SUCCEEDED
    assert again.counts["sources"] == {"unchanged": 3} and again.inserted == again.updated == 0
    assert page_rows() == direct_rows


@pytest.mark.django_db(transaction=True)
def test_the_worker_retries_a_page_whose_database_connection_failed(queue, pages, monkeypatch):
    real = tasks.import_page_file
    attempts: list[str] = []

    def flaky(found, **kwargs):
        attempts.append(found.path.name)
        if len(attempts) == 1:
            raise OperationalError("terminating connection due to administrator command")
        return real(found, **kwargs)

    monkeypatch.setattr(tasks, "import_page_file", flaky)
    page = sorted(pages.iterdir())[0]
    run = finished(enqueue_import([str(page)], queue=queue).run)
    assert attempts == [page.name, page.name]
    assert run.status == ImportRun.Status.SUCCEEDED
    assert list(run.file_outcomes.values_list("outcome", flat=True)) == [ImportRunFile.Outcome.IMPORTED]
