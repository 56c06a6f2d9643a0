"""One page written: its own transaction, the order of its writes (`ingest.persist`), its outcome recorded in
the run, and a page that lost a race with another writer written again."""

from __future__ import annotations

import random
import time

from django.db import IntegrityError, OperationalError, connections, transaction

from core.extraction import EXTRACTOR_VERSION, PageExtraction
from core.models import ImportRun, ImportRunFile
from core.sync import RunMemo, SyncContext, Tally
from ingest.discovery import FoundFile
from ingest.identity import relative_path
from ingest.outcomes import FileOutcome, failure
from ingest.page_files import PageFile, extract_checked, read_page_file
from ingest.persist import persist_page
from ingest.runs import record_file

Outcome = ImportRunFile.Outcome


class DryRunRollback(Exception):
    """Raised inside the transaction of a dry run so that nothing it wrote is kept."""


# How often a page is written again after losing a race with another writer (a deadlock, or a unique row another
# import committed first): each attempt sees what the others committed, so the second nearly always succeeds.
WRITE_ATTEMPTS = 4
_RETRYABLE_PGCODES = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure


def _lost_race(exc: BaseException) -> bool:
    """Whether a page's transaction failed because another writer got there first (worth writing again)."""
    if isinstance(exc, IntegrityError):
        return True
    cause = getattr(exc, "__cause__", None)
    return isinstance(exc, OperationalError) and getattr(cause, "sqlstate", None) in _RETRYABLE_PGCODES


def _claim_content(page: PageFile) -> None:
    """Let one transaction at a time write a given file content (PostgreSQL; SQLite serialises all writers).

    The same bytes met under two paths are one page (it keeps its first name), which no unique constraint can
    say: two importers reading copies of a folder must not both create it. The lock is on this content alone, so
    writers of different pages never wait for each other."""
    if connections["default"].vendor == "postgresql":
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 14))", [page.content_hash])


def store_page(
    page: PageFile,
    extraction: PageExtraction | None,
    *,
    dry_run: bool,
    history_user,
    run: ImportRun,
    path: str,
    memo: RunMemo | None = None,
) -> FileOutcome:
    """Write one page in its own transaction, recording the file's outcome in it; a dry run rolls it all back.

    No global lock: importers run side by side, the unique constraints on every natural key keep them from writing
    a row twice, one lock on the page's content keeps two copies of a file from becoming two pages, and a page that
    loses a race (a deadlock, a row another import committed first) is rolled back whole and written again."""
    memo = memo if memo is not None else RunMemo()
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        ctx = SyncContext(tally=Tally(), history_user=history_user, extractor_version=EXTRACTOR_VERSION, run=memo)
        outcome = FileOutcome(path, Outcome.IMPORTED, tally=ctx.tally)
        try:
            with transaction.atomic():
                _claim_content(page)
                # A page skipped as unchanged may have changed in the database since (an editor, another import).
                persist_page(page, extraction or (lambda: extract_checked(page)), ctx)
                outcome.status, outcome.message = _status_of(ctx.tally, page)
                if dry_run:
                    raise DryRunRollback
                record_file(run, path, outcome.status, message=outcome.message, source_name=page.name)
        except DryRunRollback:
            record_file(run, path, outcome.status, message=outcome.message, source_name=page.name)
            return outcome  # nothing it wrote exists, so nothing is remembered for the next page
        except (IntegrityError, OperationalError) as exc:
            if attempt == WRITE_ATTEMPTS or not _lost_race(exc):
                raise
            memo.forget()  # a remembered row may be what another writer or an editor just removed
            time.sleep(random.uniform(0, 0.05 * attempt))
            continue
        ctx.commit_to_run()
        return outcome
    raise AssertionError("unreachable")


def _status_of(tally: Tally, page: PageFile) -> tuple[str, str]:
    if tally.get("sources", "skipped_deleted"):
        return Outcome.SKIPPED, f"{page.path}: an editor deleted the source {page.name}; it is not imported again"
    if tally.get("sources", "unchanged"):
        return Outcome.UNCHANGED, ""
    return Outcome.IMPORTED, ""


def import_page_file(
    found: FoundFile,
    *,
    run: ImportRun,
    history_user,
    reraise: tuple[type[Exception], ...] = (),
    prepared: object = None,
) -> FileOutcome:
    """Import one page file into `run`: its own transaction, its outcome recorded in the run as it commits.

    The per-file entry point for callers that schedule files themselves (`ingest.tasks`: one Celery task per page),
    with what `prepare_page_file` returned for it when they prepared it outside their transaction. A failure is
    recorded as the file's outcome and returned, except exceptions of the `reraise` types (a lost database
    connection the caller will retry), which propagate with nothing recorded.
    """
    if prepared is None:
        try:
            prepared = (read_page_file(found), None)  # extracted in the transaction when its stored version differs
        except Exception as exc:
            prepared = exc
    return _import_one(found, prepared, run=run, dry_run=False, history_user=history_user, reraise=reraise)


def _import_one(
    found: FoundFile,
    extracted: object,
    *,
    run: ImportRun,
    dry_run: bool,
    history_user,
    memo: RunMemo | None = None,
    reraise: tuple[type[Exception], ...] = (),
) -> FileOutcome:
    path = str(found.path)
    rel = relative_path(path, str(found.root) if found.root else None)
    try:
        if isinstance(extracted, BaseException):
            raise extracted
        page, extraction = extracted
        return store_page(page, extraction, dry_run=dry_run, history_user=history_user, run=run, path=path, memo=memo)
    except (KeyboardInterrupt, *reraise):
        raise
    except Exception as exc:  # MemoryError included: one page too big for memory fails alone
        outcome = failure(path, rel, exc)
    outcome.tally.add("sources", "failed")
    try:
        record_file(run, path, Outcome.FAILED, message=outcome.message)
    except Exception:  # the database itself failed; the outcome is still reported to the operator
        connections["default"].close_if_unusable_or_obsolete()
    return outcome
