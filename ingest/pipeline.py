"""The import pipeline: page files → Source → Articles → localities, programs, indicators.

One direction, one transaction per source. Extraction (`core.extraction.extract_page`) is pure and may run in
worker processes (`ingest.workers`). On SQLite, which serialises writers, the pages are written by this process
one at a time; on PostgreSQL `--workers N` processes each extract and write their own pages side by side, with no
lock beyond the rows a page writes (see `store_page`). A failure in one file rolls back that file alone and is
reported; the other files still import. Every file's outcome is recorded as it commits (`ingest.runs`),
SIGTERM/SIGINT stop the run after the pages being written, and every path that is not imported is named with its
reason (`ingest.discovery`)."""

from __future__ import annotations

import hashlib
import multiprocessing
import random
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import IntegrityError, OperationalError, connections, transaction

from articles.metadata import read_masthead
from core.extraction import EXTRACTOR_VERSION, PageExtraction, extract_page
from core.models import ImportRun, ImportRunFile
from core.sync import RunMemo, SyncContext, Tally
from core.text.decoding import UndecodableFile, decode_page
from ingest.discovery import PAGE_SUFFIXES, FoundFile, discover
from ingest.identity import identify, relative_path
from ingest.invariants import BrokenInvariant, check_spans
from ingest.outcomes import FileOutcome, ImportFailed, failure, finish, import_user, skipped, stored_hashes
from ingest.persist import persist_page
from ingest.runs import mark_dead_runs, record_file, record_many, start_run
from ingest.stopping import StopRequest, install_handlers, restore_handlers
from ingest.workers import start_pool

__all__ = [
    "MAX_PAGE_BYTES",
    "PAGE_SUFFIXES",
    "FileOutcome",
    "PageFile",
    "import_page_file",
    "prepare_page_file",
    "run_import",
]

MAX_PAGE_BYTES: int = 96 * 1024
"""The largest page the import accepts. A printed newspaper page is tens of kilobytes (the largest page shipped
here is 19 KB, five times under this); the suite extracts a page filled up to this size from the seed and fixture
pages with every invariant checked, so the cap is what is proven. Extraction time still grows somewhat faster than
the page (on a busy 2-core machine 59 KB took 3 s and 151 KB 13 s, down from 68 s before the village look-up was
indexed), so a runaway export of megabytes is refused with this explanation instead of running for minutes."""

Outcome = ImportRunFile.Outcome


class DryRunRollback(Exception):
    """Raised inside the transaction of a dry run so that nothing it wrote is kept."""


@dataclass
class PageFile:
    """A page file read and decoded, ready for extraction; `name` is its identity (see `ingest.identity`)."""

    file: Path
    name: str
    path: str
    content_hash: str
    size_bytes: int
    text: str
    publication: str = ""
    publication_from_path: bool = False
    published_on: date | None = None
    page: int | None = None


def read_page_file(found: FoundFile) -> PageFile:
    """Read and decode one file, refusing what cannot be a page before it reaches memory or the database."""
    rel = relative_path(str(found.path), str(found.root) if found.root else None)
    try:
        size = found.path.stat().st_size
    except OSError as exc:
        raise ImportFailed(f"{rel}: cannot read ({exc.strerror})") from exc
    if size > MAX_PAGE_BYTES:
        raise ImportFailed(
            f"{rel}: {size / 1024:,.0f} KB is larger than the {MAX_PAGE_BYTES // 1024} KB limit for one page "
            "(a newspaper page is tens of kilobytes; larger files are not proven to import correctly) — split the file"
        )
    try:
        data = found.path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{rel}: cannot read ({exc.strerror})") from exc
    try:
        text = decode_page(data)
    except UndecodableFile as exc:
        raise ImportFailed(f"{rel}: {exc}") from exc
    nul = text.find("\x00")
    if nul >= 0:  # the decoder only looks for NUL bytes near the start; the database refuses them anywhere
        raise ImportFailed(f"{rel}: file contains a NUL byte at character {nul:,} (binary or corrupt); not imported")
    identity = identify(rel, read_masthead(text))
    return PageFile(
        file=found.path,
        name=identity.name,
        path=identity.path,
        content_hash=hashlib.sha256(data).hexdigest(),
        size_bytes=size,
        text=text,
        publication=identity.publication,
        publication_from_path=identity.publication_from_path,
        published_on=identity.published_on,
        page=identity.page,
    )


def extract_checked(page: PageFile) -> PageExtraction:
    extraction = extract_page(page.text)
    try:
        check_spans(extraction, len(page.text))
    except BrokenInvariant as exc:
        raise ImportFailed(f"{page.path}: {exc}") from exc
    return extraction


_stored: frozenset[str] = frozenset()


def remember_stored(stored: frozenset[str]) -> None:
    """Set, once per process, the content hashes already imported with this extractor version."""
    global _stored
    _stored = stored


def _read_and_extract(found: FoundFile) -> tuple[PageFile, PageExtraction | None]:
    """Worker entry point: read, decode and extract a page (pure work, no database).

    A page whose content hash was already imported with this extractor version (`remember_stored`) needs no
    extraction (None), which is what makes re-importing an unchanged batch cheap.
    """
    page = read_page_file(found)
    if page.content_hash in _stored:
        return page, None
    return page, extract_checked(page)


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


def iter_extracted(
    files: list[FoundFile], workers: int, stored: frozenset[str], stop: StopRequest
) -> Iterator[tuple[FoundFile, object]]:
    """Yield (file, (page, extraction) or exception) in input order until `stop`; extraction in `workers`
    processes if > 1, a few pages ahead of the writer so memory stays bounded."""
    remember_stored(stored)
    if workers <= 1:
        for found in files:
            if stop.stopped:
                return
            try:
                yield found, _read_and_extract(found)
            except Exception as exc:
                yield found, exc
        return
    yield from _pooled(start_pool(workers, remember_stored, stored), _read_and_extract, files, workers, stop)


def _pooled(
    pool: ProcessPoolExecutor,
    task: Callable[[FoundFile], object],
    files: list[FoundFile],
    workers: int,
    stop: StopRequest,
    *,
    finish_running: bool = False,
) -> Iterator[tuple[FoundFile, object]]:
    """Run `task` on each file in the pool, a few files ahead so memory stays bounded; yield (file, result or
    exception) in input order until `stop`. With `finish_running`, the files already started when the stop came
    are waited for and yielded (a writing worker's page may have committed); the others are never started."""
    pending: deque[tuple[FoundFile, Future]] = deque()
    queue = iter(files)
    try:
        while True:
            while not stop.stopped and len(pending) < workers * 2:
                found = next(queue, None)
                if found is None:
                    break
                pending.append((found, pool.submit(task, found)))
            if not pending:
                return
            found, future = pending.popleft()
            if stop.stopped and (not finish_running or future.cancel()):
                continue
            try:
                result = future.result()
            except BrokenProcessPool:
                raise
            except Exception as exc:
                result = exc
            yield found, result
    except BrokenProcessPool:  # a worker was killed (out of memory?): what is left is not attempted, not failed
        stop.worker_died = True
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_writer: dict = {}


def _remember_writer(stored: frozenset[str], run_pk: int, dry_run: bool, user_pk: int | None, stop) -> None:
    """Set up a writing worker: what is already imported, the run it reports to, its own memo of shared rows and
    the event that says the run was stopped. Its database connection is its own, opened on first use
    (`ingest.workers` made it forget the parent's)."""
    remember_stored(stored)
    user = get_user_model()(pk=user_pk) if user_pk is not None else None
    _writer.update(run=ImportRun(pk=run_pk), dry_run=dry_run, history_user=user, memo=RunMemo(), stop=stop)


def _extract_and_write(found: FoundFile) -> FileOutcome | None:
    """A writing worker's task: read, extract and write one page in its own transaction; None when the run was
    stopped before the page was started (it is then "not attempted")."""
    if _writer["stop"].is_set():
        return None
    try:
        extracted: object = _read_and_extract(found)
    except Exception as exc:
        extracted = exc
    return _import_one(
        found,
        extracted,
        run=_writer["run"],
        dry_run=_writer["dry_run"],
        history_user=_writer["history_user"],
        memo=_writer["memo"],
    )


def parallel_writers(workers: int) -> bool:
    """Whether `workers` processes write their pages themselves: on PostgreSQL, which takes concurrent writers
    (SQLite serialises them, so its workers only extract), and not inside a caller's transaction, which the
    workers' own connections could not see."""
    connection = connections["default"]
    return workers > 1 and connection.vendor == "postgresql" and not connection.in_atomic_block


def iter_written(
    files: list[FoundFile], workers: int, stored: frozenset[str], stop: StopRequest, *, run: ImportRun, **options
) -> Iterator[tuple[FoundFile, FileOutcome]]:
    """Yield (file, outcome) as `workers` processes each extract and write pages side by side."""
    user = options["history_user"]
    stop.workers = multiprocessing.get_context("fork").Event()
    pool = start_pool(
        workers, _remember_writer, stored, run.pk, options["dry_run"], getattr(user, "pk", None), stop.workers
    )
    for found, result in _pooled(pool, _extract_and_write, files, workers, stop, finish_running=True):
        if result is None:
            continue  # never started
        if isinstance(result, BaseException):  # the task itself broke (it reports a page's failure as an outcome)
            result = _import_one(found, result, run=run, **options)
        yield found, result


def run_import(
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    workers: int = 1,
    on_file: Callable[[FileOutcome], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> tuple[ImportRun, list[FileOutcome]]:
    """Import every page under `paths`; returns the recorded ImportRun and one outcome per path met."""
    paths = list(paths)
    mark_dead_runs()
    found = discover(paths)
    run = start_run([str(p) for p in paths], [str(f.path) for f in found.files], dry_run=dry_run)
    outcomes: list[FileOutcome] = [skipped(s) for s in found.skipped]
    record_many(run, [(o.path, o.message) for o in outcomes], Outcome.SKIPPED)
    for outcome in outcomes:
        if on_file:
            on_file(outcome)
    if on_start:
        on_start(len(found.files))
    stop = StopRequest()
    previous = install_handlers(stop)
    total = Tally()
    attempted: set[str] = set()
    try:
        history_user = import_user()
        stored = stored_hashes()
        memo = RunMemo()
        if parallel_writers(workers):
            written = iter_written(
                found.files, workers, stored, stop, run=run, dry_run=dry_run, history_user=history_user
            )
        else:
            written = (
                (
                    found_file,
                    _import_one(found_file, extracted, run=run, dry_run=dry_run, history_user=history_user, memo=memo),
                )
                for found_file, extracted in iter_extracted(found.files, max(1, workers), stored, stop)
            )
        for found_file, outcome in written:
            attempted.add(str(found_file.path))
            total.merge(outcome.tally)
            outcomes.append(outcome)
            if on_file:
                on_file(outcome)
    except KeyboardInterrupt:
        stop.signal_name = stop.signal_name or "SIGINT"
    finally:
        restore_handlers(previous)
    left = [str(f.path) for f in found.files if str(f.path) not in attempted]
    reason = "a worker process died" if stop.worker_died else f"stopped by {stop.signal_name}"
    record_many(run, [(path, reason) for path in left], Outcome.NOT_ATTEMPTED)
    outcomes.extend(FileOutcome(path, Outcome.NOT_ATTEMPTED, reason) for path in left)
    return finish(run, outcomes, total, stop, dry_run=dry_run), outcomes


def prepare_page_file(found: FoundFile) -> object:
    """Read and extract one page before its transaction opens: (page, extraction) — extraction None when this
    content is already stored with this extractor version (the cheap re-import) — or the exception that makes the
    file fail. A failing database check propagates (the caller retries it); nothing is written.

    Extracting outside the transaction keeps a page's transaction to its writes, so the rows and locks it takes are
    held for milliseconds, not for the seconds extraction takes, while other writers wait on them."""
    try:
        page = read_page_file(found)
    except Exception as exc:
        return exc
    if page.content_hash in stored_hashes(page.content_hash):
        return page, None
    try:
        return page, extract_checked(page)
    except Exception as exc:
        return exc


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
