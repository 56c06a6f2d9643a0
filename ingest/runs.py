"""The import's record of itself: an ImportRun per run, its progress as each file commits, and dead runs found.

A run's row is written when it starts (with the process id and host), after every file (one `ImportRunFile` and
the counters, in the same transaction as the page when the page is written, so "imported" means committed), and
when it ends. A run whose process is gone without ending it (SIGKILL, a power cut) is found by the next run or by
`import_seeds --status` and marked `interrupted`.
"""

from __future__ import annotations

import os
import socket

from django.db import connections, transaction
from django.db.models import F
from django.utils import timezone

from core.models import ImportRun, ImportRunFile
from core.sync import Tally
from ingest.stopping import StopRequest, summary_line

Outcome = ImportRunFile.Outcome
COUNTER = {
    Outcome.IMPORTED: "files_done",
    Outcome.UNCHANGED: "files_done",
    Outcome.FAILED: "files_failed",
    Outcome.SKIPPED: "files_skipped",
    Outcome.NOT_ATTEMPTED: "files_not_attempted",
}


def start_run(paths: list[str], files: list[str], *, dry_run: bool, queued: bool = False) -> ImportRun:
    """A run's row. A queued run (`import_seeds --queue`) is carried out by Celery workers on any machine: it has
    no process of its own, so no pid for `mark_dead_runs` to find gone; it ends when its last file is recorded."""
    return ImportRun.objects.create(
        dry_run=dry_run,
        paths=paths,
        files=files,
        files_total=len(files),
        pid=None if queued else os.getpid(),
        host="" if queued else socket.gethostname(),
    )


def record_file(
    run: ImportRun, path: str, outcome: str, *, message: str = "", source_name: str = "", counts: Tally | None = None
) -> None:
    """One file's outcome and the run's counters; inside the caller's transaction when it has one."""
    ImportRunFile.objects.create(run=run, path=path, outcome=outcome, message=message, source_name=source_name)
    updates = {COUNTER[outcome]: F(COUNTER[outcome]) + 1}
    if counts is not None:
        updates.update(_count_fields(counts))
    ImportRun.objects.filter(pk=run.pk).update(**updates)


def record_many(run: ImportRun, entries: list[tuple[str, str]], outcome: str) -> None:
    """Many `(path, message)` with one outcome (skipped paths, files not attempted after a stop)."""
    if not entries:
        return
    ImportRunFile.objects.bulk_create(
        [ImportRunFile(run=run, path=path, outcome=outcome, message=message) for path, message in entries],
        batch_size=500,
    )
    ImportRun.objects.filter(pk=run.pk).update(**{COUNTER[outcome]: F(COUNTER[outcome]) + len(entries)})


def add_to_queued_run(run_id: int, counts: Tally, error: dict | None = None) -> None:
    """Add one file's counts (and its failure, if any) to a queued run; inside the file's transaction, so a
    page's rows, its outcome and its share of the counts commit together whichever worker wrote it. The row lock
    is FOR NO KEY UPDATE, so the other workers' file rows (whose foreign key checks the run row) do not wait on it."""
    run = ImportRun.objects.select_for_update(no_key=True).get(pk=run_id)
    merged = Tally()
    for resource, outcomes in run.counts.items():
        for outcome, n in outcomes.items():
            merged.add(resource, outcome, n)
    merged.merge(counts)
    for name, value in _count_fields(merged).items():
        setattr(run, name, value)
    if error is not None:
        run.errors = [*run.errors, error]
    run.save(update_fields=["counts", "inserted", "updated", "unchanged", "failed", "errors"])


def recorded_outcome(run_id: int, path: str) -> str | None:
    """The outcome a worker already recorded for `path` in queued run `run_id`, else None.

    Called first in the page's transaction. On PostgreSQL it takes a lock on (run, path) for that transaction, so
    two deliveries of one page at once (a visibility timeout that ran out on a slow page, a message restored while
    its first worker still runs) write it once: the second waits for the first and then finds its outcome."""
    connection = connections["default"]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 15))", [f"{run_id}:{path}"])
    recorded = ImportRunFile.objects.filter(run_id=run_id, path=path).exclude(outcome=Outcome.NOT_ATTEMPTED)
    return recorded.values_list("outcome", flat=True).first()


REDELIVERED_NOTE = "written on a second delivery: the worker process of an earlier one was lost (killed?)"


def note_redelivery(run_id: int, path: str) -> None:
    """Say on a page's row that it was written after a worker process died on it (see `ingest.tasks`)."""
    ImportRunFile.objects.filter(run_id=run_id, path=path, message="").exclude(outcome=Outcome.NOT_ATTEMPTED).update(
        message=REDELIVERED_NOTE
    )


def pending_files(run: ImportRun) -> int:
    """Files of a queued run that no worker has recorded yet (paths skipped when it was enqueued aside)."""
    by_workers = run.file_outcomes.exclude(outcome=Outcome.SKIPPED, source_name="").count()
    return max(0, run.files_total - by_workers)


def finish_queued_run_if_complete(run_id: int) -> ImportRun | None:
    """End a queued run once every file has an outcome, whichever worker recorded the last one; else None.

    The counters are a cheap first test (they also count the paths skipped when the run was enqueued); the exact
    one counts the outcomes workers recorded — a file's skip names its source, a path skipped at discovery none.
    """
    run = ImportRun.objects.get(pk=run_id)
    recorded = run.files_done + run.files_failed + run.files_skipped + run.files_not_attempted
    if run.status != ImportRun.Status.RUNNING or recorded < run.files_total:
        return None
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=run_id)
        if run.status != ImportRun.Status.RUNNING or pending_files(run):
            return None
        if run.files_done == 0:
            run.status = ImportRun.Status.FAILED
        elif run.errors or run.files_not_attempted:
            run.status = ImportRun.Status.PARTIAL
        else:
            run.status = ImportRun.Status.SUCCEEDED
        run.message = summary_line(
            run.pk,
            run.files_done,
            run.files_failed,
            run.files_skipped,
            run.files_not_attempted,
            StopRequest(),
            dry_run=False,
        )
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "message", "finished_at"])
    return run


def finish_run(run: ImportRun, status: str, message: str, counts: Tally, errors: list[dict]) -> ImportRun:
    run.refresh_from_db()
    run.status = status
    run.message = message[:500]
    run.finished_at = timezone.now()
    run.errors = errors
    for name, value in _count_fields(counts).items():
        setattr(run, name, value)
    run.save()
    return run


def _count_fields(counts: Tally) -> dict:
    return {
        "counts": counts.as_dict(),
        "inserted": counts.total("created"),
        "updated": counts.total("updated"),
        "unchanged": counts.total("unchanged"),
        "failed": counts.total("failed"),
    }


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


def mark_dead_runs() -> list[ImportRun]:
    """Runs still `running` whose process on this host is gone: marked `interrupted`, with what they committed.

    A run started on another host cannot be checked from here and is left as it is.
    """
    host = socket.gethostname()
    dead = []
    for run in ImportRun.objects.filter(status=ImportRun.Status.RUNNING, host=host).exclude(pid=None):
        if run.pid == os.getpid() or process_alive(run.pid):
            continue
        with transaction.atomic():
            locked = ImportRun.objects.select_for_update().filter(pk=run.pk, status=ImportRun.Status.RUNNING).first()
            if locked is None:
                continue
            attempted = set(locked.file_outcomes.values_list("path", flat=True))
            left = [path for path in locked.files if path not in attempted]
            locked.status = ImportRun.Status.INTERRUPTED
            locked.finished_at = timezone.now()
            locked.files_not_attempted = F("files_not_attempted") + len(left)
            locked.message = (
                f"process {locked.pid} ended without finishing the run (killed?); "
                f"{locked.files_done} file(s) committed, {len(left)} not attempted — run the import again"
            )[:500]
            locked.save(update_fields=["status", "finished_at", "files_not_attempted", "message"])
            ImportRunFile.objects.bulk_create(
                [
                    ImportRunFile(run=locked, path=path, outcome=Outcome.NOT_ATTEMPTED, message="the run was killed")
                    for path in left
                ],
                batch_size=500,
            )
            locked.refresh_from_db()
            dead.append(locked)
    return dead
