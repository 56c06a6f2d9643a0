"""The import pipeline: page files → Source → Articles → localities, programs, indicators.

One direction, one transaction per source. Extraction (`core.extraction.extract_page`) is pure and may run in
worker processes (`ingest.workers`); persistence runs in this process, one file at a time, so imports stay safe on
SQLite and on PostgreSQL alike. A failure in one file rolls back that file alone and is reported; the other files
still import. Every file's outcome is recorded as it commits (`ingest.runs`), SIGTERM/SIGINT stop the run after
the current page, and every path that is not imported is named with its reason (`ingest.discovery`).
"""

from __future__ import annotations

import hashlib
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, connections, transaction

from articles.metadata import read_masthead
from core.extraction import EXTRACTOR_VERSION, PageExtraction, extract_page
from core.models import ImportRun, ImportRunFile
from core.sync import SyncContext, Tally
from core.text.decoding import UndecodableFile, decode_page
from ingest.discovery import PAGE_SUFFIXES, FoundFile, Skipped, discover
from ingest.identity import identify, relative_path
from ingest.invariants import BrokenInvariant, check_spans
from ingest.persist import persist_page
from ingest.runs import finish_run, mark_dead_runs, record_file, record_many, start_run
from ingest.stopping import StopRequest, install_handlers, restore_handlers, summary_line
from ingest.workers import start_pool

__all__ = ["MAX_PAGE_BYTES", "PAGE_SUFFIXES", "FileOutcome", "PageFile", "import_page_file", "run_import"]

MAX_PAGE_BYTES: int = 96 * 1024
"""The largest page the import accepts. A printed newspaper page is tens of kilobytes (the largest page shipped
here is 19 KB, five times under this); the suite extracts a page filled up to this size from the seed and fixture
pages with every invariant checked, so the cap is what is proven. Extraction time grows faster than the page (on
the development machine 59 KB took 1.6 s, 112 KB 12 s, 156 KB 68 s), so a runaway export of megabytes is refused
with this explanation instead of running for hours or producing evidence that points at the wrong text."""

Outcome = ImportRunFile.Outcome


class ImportFailed(Exception):
    """A file that could not be imported; the message is meant for the operator."""


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


@dataclass
class FileOutcome:
    path: str
    status: str
    message: str = ""
    traceback: str = ""
    tally: Tally = field(default_factory=Tally)
    serious: bool = True  # a skipped non-page file inside a folder is only a note

    @property
    def ok(self) -> bool:
        return self.status in (Outcome.IMPORTED, Outcome.UNCHANGED)


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


def stored_hashes() -> frozenset[str]:
    """Content hashes of the sources imported by this extractor version."""
    from articles.models import Source

    return frozenset(
        Source.objects.filter(extractor_version=EXTRACTOR_VERSION, status=Source.Status.IMPORTED).values_list(
            "content_hash", flat=True
        )
    )


def import_user():
    """The user django-simple-history names as the author of the import's writes (cannot log in)."""
    user_model = get_user_model()
    try:
        with transaction.atomic():
            user, created = user_model.objects.get_or_create(
                username=settings.IMPORT_USERNAME, defaults={"is_active": False}
            )
    except IntegrityError:  # another import created it at the same moment
        return user_model.objects.get(username=settings.IMPORT_USERNAME)
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def _serialise_writers() -> None:
    """Let one import transaction write at a time on PostgreSQL (SQLite serialises writers by itself).

    Pages share rows — a prefecture, a national program — so a lock per file would still let two imports create
    the same place at once. Writing a page takes a fraction of a second and extraction (the slow part) runs
    outside the lock, so one transaction-scoped advisory lock costs little and rules out duplicates and deadlocks.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext('import_seeds'))")


def store_page(
    page: PageFile, extraction: PageExtraction | None, *, dry_run: bool, history_user, run: ImportRun, path: str
) -> FileOutcome:
    """Write one page in its own transaction, recording the file's outcome in it; a dry run rolls it all back."""
    ctx = SyncContext(tally=Tally(), history_user=history_user, extractor_version=EXTRACTOR_VERSION)
    outcome = FileOutcome(path, Outcome.IMPORTED, tally=ctx.tally)
    try:
        with transaction.atomic():
            _serialise_writers()
            # A page skipped as unchanged may have changed in the database since (an editor, another import).
            persist_page(page, extraction or (lambda: extract_checked(page)), ctx)
            outcome.status, outcome.message = _status_of(ctx.tally, page)
            if dry_run:
                raise DryRunRollback
            record_file(run, path, outcome.status, message=outcome.message, source_name=page.name)
    except DryRunRollback:
        record_file(run, path, outcome.status, message=outcome.message, source_name=page.name)
    return outcome


def _status_of(tally: Tally, page: PageFile) -> tuple[str, str]:
    if tally.get("sources", "skipped_deleted"):
        return Outcome.SKIPPED, f"{page.path}: an editor deleted the source {page.name}; it is not imported again"
    if tally.get("sources", "unchanged"):
        return Outcome.UNCHANGED, ""
    return Outcome.IMPORTED, ""


def _failure(path: str, rel: str, exc: BaseException) -> FileOutcome:
    if isinstance(exc, ImportFailed):
        return FileOutcome(path, Outcome.FAILED, str(exc))
    if isinstance(exc, MemoryError):
        return FileOutcome(
            path,
            Outcome.FAILED,
            f"{rel}: out of memory while importing this page — nothing of it was written; "
            "free memory or import it with fewer --workers",
        )
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else "(no message)"
    return FileOutcome(
        path,
        Outcome.FAILED,
        f"{rel}: {type(exc).__name__}: {detail}",
        traceback="".join(traceback.format_exception(exc)),
    )


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
    pool = start_pool(workers, remember_stored, stored)
    pending: deque[tuple[FoundFile, Future]] = deque()
    queue = iter(files)
    try:
        while True:
            while not stop.stopped and len(pending) < workers * 2:
                found = next(queue, None)
                if found is None:
                    break
                pending.append((found, pool.submit(_read_and_extract, found)))
            if not pending or stop.stopped:
                return
            found, future = pending.popleft()
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
    outcomes: list[FileOutcome] = [_skipped(s) for s in found.skipped]
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
        for found_file, extracted in iter_extracted(found.files, max(1, workers), stored, stop):
            path = str(found_file.path)
            attempted.add(path)
            outcome = _import_one(found_file, extracted, run=run, dry_run=dry_run, history_user=history_user)
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
    return _finish(run, outcomes, total, stop, dry_run=dry_run), outcomes


def import_page_file(
    found: FoundFile, *, run: ImportRun, history_user, reraise: tuple[type[Exception], ...] = ()
) -> FileOutcome:
    """Import one page file into `run`: its own transaction, its outcome recorded in the run as it commits.

    The per-file entry point for callers that schedule files themselves (`ingest.tasks`: one Celery task per page).
    The page is extracted only when its stored version differs. A failure is recorded as the file's outcome and
    returned, except exceptions of the `reraise` types (a lost database connection the caller will retry), which
    propagate with nothing recorded.
    """
    try:
        extracted: object = (read_page_file(found), None)
    except Exception as exc:
        extracted = exc
    return _import_one(found, extracted, run=run, dry_run=False, history_user=history_user, reraise=reraise)


def _import_one(
    found: FoundFile,
    extracted: object,
    *,
    run: ImportRun,
    dry_run: bool,
    history_user,
    reraise: tuple[type[Exception], ...] = (),
) -> FileOutcome:
    path = str(found.path)
    rel = relative_path(path, str(found.root) if found.root else None)
    try:
        if isinstance(extracted, BaseException):
            raise extracted
        page, extraction = extracted
        return store_page(page, extraction, dry_run=dry_run, history_user=history_user, run=run, path=path)
    except (KeyboardInterrupt, *reraise):
        raise
    except Exception as exc:  # MemoryError included: one page too big for memory fails alone
        outcome = _failure(path, rel, exc)
    outcome.tally.add("sources", "failed")
    try:
        record_file(run, path, Outcome.FAILED, message=outcome.message)
    except Exception:  # the database itself failed; the outcome is still reported to the operator
        connections["default"].close_if_unusable_or_obsolete()
    return outcome


def _skipped(skip: Skipped) -> FileOutcome:
    return FileOutcome(skip.path, Outcome.SKIPPED, skip.message, serious=skip.serious)


def _finish(run: ImportRun, outcomes: list[FileOutcome], total: Tally, stop: StopRequest, *, dry_run: bool):
    done = sum(o.ok for o in outcomes)
    failed = [o for o in outcomes if o.status == Outcome.FAILED or (o.status == Outcome.SKIPPED and o.serious)]
    skipped = sum(o.status == Outcome.SKIPPED and o.serious for o in outcomes)
    left = sum(o.status == Outcome.NOT_ATTEMPTED for o in outcomes)
    if stop.stopped:
        status = ImportRun.Status.INTERRUPTED
    elif dry_run:
        status = ImportRun.Status.DRY_RUN
    elif done == 0:
        status = ImportRun.Status.FAILED
    elif failed:
        status = ImportRun.Status.PARTIAL
    else:
        status = ImportRun.Status.SUCCEEDED
    message = summary_line(run.pk, done, len(failed) - skipped, skipped, left, stop, dry_run=dry_run)
    errors = [{"file": o.path, "message": o.message, "traceback": o.traceback} for o in failed]
    return finish_run(run, status, message, total, errors)
