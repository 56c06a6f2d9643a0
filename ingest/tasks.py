"""Importing across machines: one Celery task per page file, on the same pipeline as `import_seeds`.

`enqueue_import` (behind `import_seeds PATH --queue`) finds the page files, records an `ImportRun` and sends one
`import_page` task per file to the broker; Celery workers on any machine that reaches the database, the broker and
the files (by the same path: a shared folder or volume) take them. Each task writes its page in one transaction with
the file's outcome and its share of the run's counts, so the run shows progress across workers (imported / failed /
pending) and ends itself when its last file is recorded.

A task is safe to repeat: the page's write is idempotent (an unchanged page changes nothing), and a message delivered
again after its page was recorded in the run (a worker lost after committing) does nothing. A lost or refused
database connection is retried with exponential backoff; any other failure is recorded on the run, naming the file.
"""

from __future__ import annotations

import logging
import random
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction
from kombu.utils.url import maybe_sanitize_url

from core.celery import app
from core.models import ImportRun, ImportRunFile
from core.sync import Tally
from ingest.discovery import FoundFile, Skipped, discover
from ingest.pipeline import import_page_file, import_user
from ingest.runs import (
    add_to_queued_run,
    finish_queued_run_if_complete,
    record_file,
    record_many,
    start_run,
)

logger = logging.getLogger(__name__)

Outcome = ImportRunFile.Outcome
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (OperationalError, InterfaceError)
"""Failures worth retrying: the database went away, refused a connection, or cancelled the transaction (a deadlock
or serialisation failure on PostgreSQL, a lock wait that ran out on SQLite). Anything else fails the file."""

BROKER_TIMEOUT_SECONDS = 5.0


class QueueUnavailable(Exception):
    """The queue cannot take the import; the message is one line for the operator."""


def backoff_seconds(retries: int) -> float:
    """Exponential backoff with jitter (so workers that lost the database together do not return together)."""
    base = settings.IMPORT_RETRY_BACKOFF_SECONDS * (2**retries)
    return min(300.0, base) * random.uniform(0.5, 1.0)


@app.task(bind=True, name="ingest.import_page", acks_late=True, max_retries=None)
def import_page(self, run_id: int, path: str, root: str | None = None) -> str:
    """Import one page file into the queued run `run_id`; returns the file's outcome."""
    found = FoundFile(Path(path), Path(root) if root else None)
    try:
        recorded = ImportRunFile.objects.filter(run_id=run_id, path=path).exclude(outcome=Outcome.NOT_ATTEMPTED)
        if (done := recorded.first()) is not None:  # delivered again after its page was recorded: nothing to do
            finish_queued_run_if_complete(run_id)
            return done.outcome
        with transaction.atomic():
            run = ImportRun.objects.filter(pk=run_id).first()
            if run is None:
                logger.warning("import run #%s no longer exists; %s not imported", run_id, path)
                return "no run"
            outcome = import_page_file(found, run=run, history_user=import_user(), reraise=TRANSIENT_ERRORS)
            error = None
            if outcome.status == Outcome.FAILED:
                error = {"file": path, "message": outcome.message, "traceback": outcome.traceback}
            add_to_queued_run(run_id, outcome.tally, error)
    except TRANSIENT_ERRORS as exc:
        attempt = self.request.retries + 1
        if attempt <= settings.IMPORT_RETRY_MAX:
            logger.warning("%s: database error (%s); retry %d of %d", path, exc, attempt, settings.IMPORT_RETRY_MAX)
            raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
        give_up(run_id, path, f"database unavailable after {attempt} attempts ({first_line(exc)})")
        return Outcome.FAILED
    finish_queued_run_if_complete(run_id)
    return outcome.status


def give_up(run_id: int, path: str, reason: str) -> None:
    """Record a file whose retries ran out as failed; if even that cannot be written, the task fails in the log."""
    message = f"{path}: {reason} — nothing of it was written; enqueue the import again to finish"
    with transaction.atomic():
        run = ImportRun.objects.get(pk=run_id)
        record_file(run, path, Outcome.FAILED, message=message)
        add_to_queued_run(run_id, _failed_tally(), {"file": path, "message": message, "traceback": ""})
    finish_queued_run_if_complete(run_id)


def _failed_tally() -> Tally:
    tally = Tally()
    tally.add("sources", "failed")
    return tally


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


@dataclass
class Enqueued:
    run: ImportRun
    skipped: list[Skipped] = field(default_factory=list)
    sent: int = 0


def check_broker(url: str) -> None:
    """Raise QueueUnavailable unless the broker at `url` answers (a one-line reason, no password)."""
    if not url:
        raise QueueUnavailable(
            "--queue needs a broker: set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/1) and start workers with "
            "`celery -A core.celery worker`; without --queue the import runs here and needs none"
        )
    try:
        with app.connection_for_write(url, connect_timeout=BROKER_TIMEOUT_SECONDS) as connection:
            connection.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT_SECONDS)
    except Exception as exc:  # kombu and the transports raise many types for one thing: not reachable
        raise QueueUnavailable(
            f"broker unreachable at {maybe_sanitize_url(url)} ({first_line(exc)}) — is it running? nothing was queued"
        ) from exc


def enqueue_import(paths: list[str], *, queue: str | None = None) -> Enqueued:
    """Record a queued ImportRun for the page files under `paths` and send one `import_page` task per file.

    The broker is checked first, so an unreachable one queues nothing and records no run. Paths that are not
    pages are recorded as skipped, as `import_seeds` does. Should the broker fail part-way, the files not sent are
    recorded as not attempted (the run then ends as partial) and QueueUnavailable says how many were sent.
    """
    eager = app.conf.task_always_eager  # tasks run here, one after another (unit tests): no broker involved
    if not eager:
        check_broker(settings.CELERY_BROKER_URL)
    found = discover(paths)
    run = start_run([str(p) for p in paths], [str(f.path) for f in found.files], dry_run=False, queued=True)
    record_many(run, [(s.path, s.message) for s in found.skipped], Outcome.SKIPPED)
    serious = [{"file": s.path, "message": s.message, "traceback": ""} for s in found.skipped if s.serious]
    ImportRun.objects.filter(pk=run.pk).update(errors=serious)
    result = Enqueued(run=run, skipped=list(found.skipped))
    try:
        with nullcontext() if eager else app.producer_or_acquire() as producer:
            for file in found.files:
                import_page.apply_async(
                    (run.pk, str(file.path), str(file.root) if file.root else None), producer=producer, queue=queue
                )
                result.sent += 1
    except Exception as exc:
        left = [(str(f.path), "not enqueued: the broker failed") for f in found.files[result.sent :]]
        record_many(run, left, Outcome.NOT_ATTEMPTED)
        finish_queued_run_if_complete(run.pk)
        raise QueueUnavailable(
            f"import run #{run.pk}: the broker failed after {result.sent} of {len(found.files)} page(s) were queued "
            f"({first_line(exc)}); the queued ones are imported — enqueue the same paths again for the rest"
        ) from exc
    if not found.files:
        finish_queued_run_if_complete(run.pk)
    result.run.refresh_from_db()
    return result
