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

import hashlib
import logging
import random
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import redis
from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction
from kombu.utils.url import maybe_sanitize_url

from core.celery import app
from core.models import ImportRun, ImportRunFile
from core.sync import Tally
from ingest.discovery import FoundFile, Skipped, discover
from ingest.outcomes import FileOutcome
from ingest.pipeline import import_page_file, import_user, prepare_page_file
from ingest.runs import (
    add_to_queued_run,
    finish_queued_run_if_complete,
    note_redelivery,
    record_file,
    record_many,
    recorded_outcome,
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


@app.task(bind=True, name="ingest.import_page", acks_late=True, reject_on_worker_lost=True, max_retries=None)
def import_page(self, run_id: int, path: str, root: str | None = None) -> str:
    """Import one page file into the queued run `run_id`; returns the file's outcome.

    A worker process killed mid-page (out of memory, SIGKILL) rolls its transaction back and, the message being
    acknowledged only at the end (`acks_late`) and rejected back to the queue when its process is lost
    (`reject_on_worker_lost`), the page is delivered again and written then; a page that kills its worker
    `IMPORT_WORKER_LOST_MAX` times is recorded as failed instead of being delivered for ever."""
    found = FoundFile(Path(path), Path(root) if root else None)
    redelivered = bool((self.request.delivery_info or {}).get("redelivered"))
    if redelivered and (lost := count_lost_delivery(run_id, path)) > settings.IMPORT_WORKER_LOST_MAX:
        give_up(run_id, path, f"its worker process died on it {lost} times (out of memory?)")
        return Outcome.FAILED
    try:
        # Both before the transaction: a first import's user, created and committed at once rather than held
        # uncommitted while the page is written (every other worker's first page would wait on it), and the
        # extraction, so the page's transaction holds its rows only while writing them.
        history_user = import_user()
        prepared = prepare_page_file(found)
        with transaction.atomic():
            # Under a lock on (run, path): two deliveries of one message at once write the page once.
            done = recorded_outcome(run_id, path)  # set when delivered again after its page was recorded
            run = ImportRun.objects.filter(pk=run_id).first()
            if run is None:
                logger.warning("import run #%s no longer exists; %s not imported", run_id, path)
                return "no run"
            if done is None:
                outcome = import_page_file(
                    found, run=run, history_user=history_user, reraise=TRANSIENT_ERRORS, prepared=prepared
                )
                record_queued_outcome(run_id, path, outcome, redelivered=redelivered)
    except TRANSIENT_ERRORS as exc:
        attempt = self.request.retries + 1
        if attempt <= settings.IMPORT_RETRY_MAX:
            logger.warning("%s: database error (%s); retry %d of %d", path, exc, attempt, settings.IMPORT_RETRY_MAX)
            raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
        give_up(run_id, path, f"database unavailable after {attempt} attempts ({first_line(exc)})")
        return Outcome.FAILED
    finish_queued_run_if_complete(run_id)
    return done or outcome.status


def record_queued_outcome(run_id: int, path: str, outcome: FileOutcome, *, redelivered: bool) -> None:
    """Add a page's counts (and its failure) to the run, in the page's transaction; a page written on a second
    delivery says so on its row, so the run shows which pages a lost worker left to another."""
    error = None
    if outcome.status == Outcome.FAILED:
        error = {"file": path, "message": outcome.message, "traceback": outcome.traceback}
    elif redelivered and not outcome.message:
        note_redelivery(run_id, path)
    add_to_queued_run(run_id, outcome.tally, error)


LOST_DELIVERY_KEY = "localgov:import:lost:{run_id}:{path_hash}"
LOST_DELIVERY_TTL_SECONDS = 7 * 24 * 3600


def count_lost_delivery(run_id: int, path: str) -> int:
    """Count one more delivery of a page whose earlier delivery was lost with its worker; returns the count.

    Kept on the broker (Redis), because whatever the lost attempt wrote to the database was rolled back with it.
    A broker that is not Redis keeps no count (0): such a page is delivered again as often as its worker dies."""
    url = settings.CELERY_BROKER_URL
    if not url.startswith(("redis://", "rediss://")):
        return 0
    key = LOST_DELIVERY_KEY.format(run_id=run_id, path_hash=hashlib.sha256(path.encode()).hexdigest()[:32])
    client = redis.Redis.from_url(url, socket_timeout=BROKER_TIMEOUT_SECONDS)
    try:
        with client.pipeline() as pipe:
            count, _ = pipe.incr(key).expire(key, LOST_DELIVERY_TTL_SECONDS).execute()
    except redis.RedisError as exc:  # uncounted is better than unimported: the page is still written
        logger.warning("%s: delivered again, but its count could not be kept (%s)", path, first_line(exc))
        return 0
    finally:
        client.close()
    return int(count)


def give_up(run_id: int, path: str, reason: str) -> None:
    """Record a file whose retries ran out as failed; if even that cannot be written, the task fails in the log."""
    message = f"{path}: {reason} — nothing of it was written; enqueue the import again to finish"
    with transaction.atomic():
        if recorded_outcome(run_id, path) is not None:
            return
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
