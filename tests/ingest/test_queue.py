"""The queued import in eager mode (tasks run in this process, no broker): the same pages, the same rows, the run's
progress and end, per-file failures, retries of a lost database connection, and the command's refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import OperationalError

from articles.models import Source
from core.celery import app
from core.models import ImportRun, ImportRunFile
from ingest import tasks
from ingest.pipeline import run_import
from ingest.runs import REDELIVERED_NOTE, pending_files, start_run
from ingest.tasks import enqueue_import, import_page
from tests.ingest.conftest import forget_pages, page_rows

Outcome = ImportRunFile.Outcome


@pytest.fixture
def eager():
    """Tasks run in this process as they are sent. Errors are not propagated: a retry in eager mode is a Retry
    the task raises and `apply` runs again, as a worker would (what fails is recorded on the run)."""
    saved = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = saved


@pytest.fixture
def pages(seed_pages) -> Path:
    return seed_pages(2)


def created(run: ImportRun, resource: str) -> int:
    return run.counts.get(resource, {}).get("created", 0)


@pytest.mark.django_db
def test_queued_import_writes_what_a_direct_import_writes_and_repeats_as_a_no_op(eager, pages):
    direct, _ = run_import([pages])
    direct_rows = page_rows()
    forget_pages()

    queued = enqueue_import([str(pages)]).run
    assert queued.status == ImportRun.Status.SUCCEEDED and queued.pid is None
    assert (queued.files_total, queued.files_done, queued.files_failed, pending_files(queued)) == (2, 2, 0, 0)
    assert page_rows() == direct_rows
    for resource in ("sources", "articles", "indicators"):
        assert created(queued, resource) == created(direct, resource) > 0, resource
    assert queued.message == f"Import run #{queued.pk}: 2 file(s) imported, 0 failed"

    again = enqueue_import([str(pages)]).run
    assert again.status == ImportRun.Status.SUCCEEDED
    assert again.counts["sources"] == {"unchanged": 2} and again.inserted == again.updated == 0
    assert set(again.file_outcomes.values_list("outcome", flat=True)) == {Outcome.UNCHANGED}
    assert page_rows() == direct_rows


@pytest.mark.django_db
def test_a_message_delivered_again_after_its_page_was_recorded_does_nothing(eager, pages):
    run = enqueue_import([str(pages)]).run
    first = run.file_outcomes.first()
    rows = page_rows()
    assert import_page.apply((run.pk, first.path, str(pages))).get() == first.outcome
    run.refresh_from_db()
    assert run.file_outcomes.count() == 2 and run.files_done == 2 and page_rows() == rows


@pytest.mark.django_db
def test_a_page_delivered_again_after_its_worker_died_says_so_and_one_that_keeps_killing_it_fails(
    pages, monkeypatch, settings
):
    """What `reject_on_worker_lost` sends back to the queue comes marked redelivered: written once and noted on its
    row; past IMPORT_WORKER_LOST_MAX such deliveries the page is failed, naming why, so the run ends."""
    settings.IMPORT_WORKER_LOST_MAX = 2
    survivor, killer = (str(p) for p in sorted(pages.iterdir()))
    deaths = {survivor: 1, killer: 3}  # deliveries lost with their worker so far, as the broker counts them
    monkeypatch.setattr(tasks, "count_lost_delivery", lambda run_id, path: deaths[path])
    run = start_run([str(pages)], [survivor, killer], dry_run=False, queued=True)
    import_page.push_request(delivery_info={"redelivered": True}, retries=0)
    try:
        outcomes = [import_page.run(run.pk, path, str(pages)) for path in (survivor, killer)]
    finally:
        import_page.pop_request()
    assert outcomes == [Outcome.IMPORTED, Outcome.FAILED]
    run.refresh_from_db()
    assert run.status == ImportRun.Status.PARTIAL and (run.files_done, run.files_failed) == (1, 1)
    assert run.file_outcomes.get(path=survivor).message == REDELIVERED_NOTE
    assert "worker process died on it 3 times" in run.file_outcomes.get(path=killer).message
    assert Source.objects.count() == 1


@pytest.mark.django_db
def test_a_bad_file_fails_alone_named_on_the_run(eager, pages):
    (pages / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    run = enqueue_import([str(pages)]).run
    assert run.status == ImportRun.Status.PARTIAL
    assert (run.files_done, run.files_failed) == (2, 1)
    failed = run.file_outcomes.get(outcome=Outcome.FAILED)
    assert failed.path.endswith("scan.txt") and "scan.txt" in failed.message
    assert [error["file"] for error in run.errors] == [failed.path]
    assert run.counts["sources"]["failed"] == 1


@pytest.mark.django_db
def test_a_lost_database_connection_is_retried_then_the_page_imports(eager, pages, monkeypatch, settings):
    settings.IMPORT_RETRY_BACKOFF_SECONDS = 0
    real = tasks.import_page_file
    calls: list[str] = []

    def flaky(found, **kwargs):
        calls.append(found.path.name)
        if calls.count(found.path.name) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return real(found, **kwargs)

    monkeypatch.setattr(tasks, "import_page_file", flaky)
    run = enqueue_import([str(pages)]).run
    assert run.status == ImportRun.Status.SUCCEEDED and run.files_done == 2
    assert sorted(calls) == sorted([p.name for p in pages.iterdir()] * 2)
    assert run.file_outcomes.count() == 2  # nothing recorded by the failed attempts


@pytest.mark.django_db
def test_a_database_that_stays_away_fails_the_file_after_the_last_retry(eager, pages, monkeypatch, settings):
    settings.IMPORT_RETRY_BACKOFF_SECONDS = 0
    settings.IMPORT_RETRY_MAX = 2
    attempts: list[int] = []

    def down(found, **kwargs):
        attempts.append(1)
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(tasks, "import_page_file", down)
    (extra,) = [p for p in pages.iterdir()][:1]
    run = enqueue_import([str(extra)]).run
    assert len(attempts) == 3
    assert run.status == ImportRun.Status.FAILED and run.files_failed == 1
    message = run.file_outcomes.get().message
    assert "database unavailable after 3 attempts" in message and extra.name in message


@pytest.mark.django_db
def test_a_folder_without_pages_queues_nothing_and_ends_the_run(eager, tmp_path):
    run = enqueue_import([str(tmp_path)]).run
    assert run.status == ImportRun.Status.FAILED and run.files_total == 0


@pytest.mark.django_db
def test_the_command_queues_waits_and_reports_like_the_direct_import(eager, pages, run_import, settings):
    code, out, err = run_import(str(pages), "--queue", "--wait")
    assert code == 0, err
    assert "2 page(s) queued for the Celery workers" in out
    assert "2 file(s) imported, 0 failed" in out and "sources" in out
    code, out, _ = run_import("--status")
    assert "succeeded   2/2 imported" in out


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--queue"], "--queue needs a broker: set CELERY_BROKER_URL"),
        (["--queue", "--dry-run"], "--dry-run and --workers apply without it"),
        (["--queue", "--workers", "2"], "--dry-run and --workers apply without it"),
        (["--wait"], "use it with --queue"),
    ],
)
def test_the_queue_option_refuses_in_one_line(pages, run_import, settings, args, expected):
    settings.CELERY_BROKER_URL = ""
    code, _, err = run_import(str(pages), *args)
    assert code != 0 and expected in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not ImportRun.objects.exists()


@pytest.mark.django_db
def test_an_unreachable_broker_queues_nothing(pages, run_import, settings):
    settings.CELERY_BROKER_URL = "redis://:secret@127.0.0.1:9/0"  # port 9 (discard): nothing listens
    code, _, err = run_import(str(pages), "--queue")
    assert code == 2 and "broker unreachable at redis://:**@127.0.0.1:9/0" in err and "secret" not in err
    assert not ImportRun.objects.exists()
