"""`python manage.py import_seeds [PATH ...]`: import page files into the database, idempotently.

Exit codes: 0 every page found was imported (or was already); 1 some files failed or were skipped, or the run was
interrupted (run it again to finish); 2 nothing usable — no page found, every file failed, or the database could
not be reached. Every message is one line naming the file and what to do; tracebacks go to the ImportRun only.
"""

from __future__ import annotations

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, OperationalError, connection
from tqdm import tqdm

from core.models import ImportRun
from ingest.pipeline import FileOutcome, run_import
from ingest.runs import mark_dead_runs, pending_files

RESOURCES = ("sources", "articles", "localities", "programs", "indicators")
OUTCOMES = ("created", "updated", "unchanged", "deleted", "failed")
NOTES_LISTED = 10  # non-page files inside folders listed one by one up to this many (all are in the ImportRun)
EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING_USABLE = 0, 1, 2


class Command(BaseCommand):
    help = (
        "Import OCR'd newspaper pages (files or folders of *.txt; default: seeds/). Running it again on the same "
        "files changes nothing; editors' corrections are kept. Exit 0: all imported; 1: some failed or the run was "
        "interrupted; 2: nothing usable (no pages, all failed, database unreachable)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", help="files or folders (recursive *.txt); default: seeds/")
        parser.add_argument("--dry-run", action="store_true", help="do all the work, then roll it back")
        parser.add_argument("--workers", type=int, default=1, help="processes that extract pages in parallel")
        parser.add_argument(
            "--status", action="store_true", help="list recent runs (marking runs whose process is gone) and exit"
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="send one task per page to Celery workers (CELERY_BROKER_URL) instead of importing here",
        )
        parser.add_argument(
            "--wait", action="store_true", help="with --queue: wait until the workers have imported every page"
        )

    def handle(
        self, *args, paths: list[str], dry_run: bool, workers: int, status: bool, queue: bool, wait: bool, **options
    ) -> None:
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        if queue and (dry_run or workers != 1):
            raise CommandError("--queue imports on the Celery workers: --dry-run and --workers apply without it")
        if wait and not queue:
            raise CommandError("--wait waits for queued pages: use it with --queue")
        self.verbosity = options.get("verbosity", 1)
        try:
            connection.ensure_connection()
        except OperationalError as exc:
            raise CommandError(database_unreachable(exc), returncode=EXIT_NOTHING_USABLE) from None
        try:
            if status:
                self.show_status()
                return
            paths = paths or [str(settings.BASE_DIR / "seeds")]
            if queue:
                from ingest.management.queued import enqueue_and_report  # Celery is loaded only for --queue

                enqueue_and_report(self, paths, wait=wait)
                return
            self.import_paths(paths, dry_run=dry_run, workers=workers)
        except DatabaseError as exc:
            raise CommandError(database_failed(exc), returncode=EXIT_NOTHING_USABLE) from None

    def import_paths(self, paths: list[str], *, dry_run: bool, workers: int) -> None:
        show_bar = sys.stderr.isatty() and self.verbosity >= 1
        bar = tqdm(total=0, unit="file", disable=not show_bar, file=sys.stderr)
        notes: list[FileOutcome] = []

        def start(total: int) -> None:
            bar.reset(total=total)

        def say(line: str) -> None:
            if show_bar:
                bar.write(line, file=sys.stderr)
            else:
                self.stderr.write(line)

        def report(outcome: FileOutcome) -> None:
            if outcome.status == "skipped" and not outcome.serious:
                notes.append(outcome)
                return
            if outcome.status == "skipped":
                say(self.style.WARNING(f"SKIPPED {outcome.message}"))
                return
            bar.update(1)
            if outcome.status == "failed":
                say(self.style.ERROR(f"FAILED {outcome.message}"))
            elif not show_bar and self.verbosity >= 2:
                self.stdout.write(f"{outcome.status} {outcome.path}")

        run, outcomes = run_import(paths, dry_run=dry_run, workers=workers, on_file=report, on_start=start)
        bar.close()
        self.write_notes(notes)
        if self.verbosity >= 1:
            self.stdout.write(self.summary_table(run.counts))
        code = exit_code(run, outcomes)
        if code == EXIT_OK:
            self.stdout.write(self.style.SUCCESS(run.message))
            return
        if code == EXIT_NOTHING_USABLE and not any(o.status == "failed" for o in outcomes):
            raise CommandError(f"{run.message} — nothing to import in {', '.join(paths)}", returncode=code)
        raise CommandError(run.message, returncode=code)

    def write_notes(self, notes: list[FileOutcome]) -> None:
        if not notes or self.verbosity < 1:
            return
        if len(notes) <= NOTES_LISTED or self.verbosity >= 2:
            for note in notes:
                self.stderr.write(f"note: skipped {note.message}")
        else:
            self.stderr.write(
                f"note: {len(notes)} path(s) skipped that are not pages (not .txt, or a folder already read); "
                "-v 2 lists them, and the import run records each"
            )

    def show_status(self) -> None:
        for run in mark_dead_runs():
            self.stderr.write(self.style.WARNING(f"run #{run.pk} marked interrupted: {run.message}"))
        for run in ImportRun.objects.order_by("-started_at", "-id")[:10]:
            progress = f"{run.files_done}/{run.files_total} imported, {run.files_failed} failed"
            if run.files_not_attempted:
                progress += f", {run.files_not_attempted} not attempted"
            where = ""
            if run.status == ImportRun.Status.RUNNING:
                where = (
                    f" pid {run.pid}@{run.host}" if run.pid else f" queued: {pending_files(run)} pending on the workers"
                )
            self.stdout.write(f"#{run.pk} {run.started_at:%Y-%m-%d %H:%M:%S} {run.status:<11} {progress}{where}")

    @staticmethod
    def summary_table(counts: dict[str, dict[str, int]]) -> str:
        header = f"{'':12}" + "".join(f"{o:>11}" for o in OUTCOMES)
        lines = [header]
        for resource in RESOURCES:
            row = counts.get(resource, {})
            lines.append(f"{resource:12}" + "".join(f"{row.get(o, 0):>11}" for o in OUTCOMES))
        return "\n".join(lines)


def exit_code(run: ImportRun, outcomes: list[FileOutcome]) -> int:
    """0 all imported; 1 some failed/skipped or interrupted; 2 nothing usable (see the module docstring)."""
    done = sum(o.ok for o in outcomes)
    bad = any(o.status in ("failed", "not_attempted") or (o.status == "skipped" and o.serious) for o in outcomes)
    if done == 0 and run.status != ImportRun.Status.INTERRUPTED:
        return EXIT_NOTHING_USABLE
    return EXIT_SOME_FAILED if bad or run.status == ImportRun.Status.INTERRUPTED else EXIT_OK


def database_unreachable(exc: Exception) -> str:
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"database {db['NAME']} cannot be opened ({_reason(exc)}) — nothing was written"
    where = f"{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}"
    return (
        f"database unreachable at {where} ({_reason(exc)}) — is PostgreSQL running and does database "
        f"{db['NAME']!r} exist? nothing was written"
    )


def database_failed(exc: Exception) -> str:
    reason = _reason(exc)
    if "no such table" in reason or "does not exist" in reason:
        return f"the database has no tables for the import ({reason}) — run `manage.py migrate` first"
    return f"database error: {reason} — pages committed before it are kept; run the import again"


def _reason(exc: Exception) -> str:
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return first.rsplit(": ", 1)[-1].strip() or type(exc).__name__
