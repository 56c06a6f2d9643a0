"""`import_seeds PATH --queue [--wait]`: hand the pages to Celery workers, and optionally wait for them to finish.

The queued run is an ordinary `ImportRun` (admin, `import_seeds --status`); the workers record each file's outcome
on it and end it. Exit codes are those of `import_seeds`: 0 all queued (with `--wait`: all imported), 1 some paths
skipped (or files failed), 2 nothing usable (no page found, no broker, every file failed).
"""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from core.models import ImportRun
from ingest.runs import pending_files
from ingest.tasks import QueueUnavailable, enqueue_import

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING_USABLE = 0, 1, 2
POLL_SECONDS = 1.0


def enqueue_and_report(command: BaseCommand, paths: list[str], *, wait: bool) -> None:
    try:
        enqueued = enqueue_import(paths)
    except QueueUnavailable as exc:
        raise CommandError(str(exc), returncode=EXIT_NOTHING_USABLE) from None
    run = enqueued.run
    serious = [s for s in enqueued.skipped if s.serious]
    for skip in serious:
        command.stderr.write(command.style.WARNING(f"SKIPPED {skip.message}"))
    notes = len(enqueued.skipped) - len(serious)
    if notes:
        command.stderr.write(f"note: {notes} path(s) skipped that are not pages (each is recorded in the run)")
    if not enqueued.sent:
        raise CommandError(f"{run.message} — nothing to import in {', '.join(paths)}", returncode=EXIT_NOTHING_USABLE)
    command.stdout.write(
        f"Import run #{run.pk}: {enqueued.sent} page(s) queued for the Celery workers"
        + ("" if wait else " — `manage.py import_seeds --status` shows their progress")
    )
    if not wait:
        if serious:
            raise CommandError(f"{len(serious)} path(s) skipped", returncode=EXIT_SOME_FAILED)
        return
    run = wait_for(command, run)
    command.stdout.write(command.summary_table(run.counts))
    if run.status == ImportRun.Status.SUCCEEDED:
        command.stdout.write(command.style.SUCCESS(run.message))
        return
    code = EXIT_NOTHING_USABLE if run.status == ImportRun.Status.FAILED else EXIT_SOME_FAILED
    raise CommandError(run.message, returncode=code)


def wait_for(command: BaseCommand, run: ImportRun) -> ImportRun:
    """Poll the run until the workers have ended it; Ctrl-C stops waiting, not the run."""
    show_bar = sys.stderr.isatty()
    bar = tqdm(total=run.files_total, unit="file", disable=not show_bar, file=sys.stderr)
    if not show_bar:
        command.stderr.write(f"waiting for the workers to import {run.files_total} page(s) (Ctrl-C stops waiting)")
    try:
        while True:
            run.refresh_from_db()
            bar.n = run.files_total - pending_files(run)
            bar.refresh()
            if run.status != ImportRun.Status.RUNNING:
                return run
            time.sleep(POLL_SECONDS)
    except KeyboardInterrupt:
        raise CommandError(
            f"stopped waiting; import run #{run.pk} goes on on the workers (`import_seeds --status`)",
            returncode=EXIT_SOME_FAILED,
        ) from None
    finally:
        bar.close()
