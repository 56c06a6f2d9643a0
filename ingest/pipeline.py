"""The import pipeline: page files → Source → Articles → localities, programs, indicators.

One direction, one transaction per source. Extraction (`core.extraction.extract_page`) is pure and may run in
worker processes; persistence runs in this process, one file at a time, so imports stay safe on SQLite and on
PostgreSQL alike. A failure in one file rolls back that file alone and is reported; the other files still import.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from core.extraction import EXTRACTOR_VERSION, PageExtraction, extract_page
from core.models import ImportRun
from core.sync import SyncContext, Tally
from core.text.decoding import MAX_PAGE_BYTES, UndecodableFile, decode_page
from ingest.persist import persist_page

PAGE_SUFFIXES = (".txt",)


class ImportFailed(Exception):
    """A file that could not be imported; the message is meant for the operator."""


class DryRunRollback(Exception):
    """Raised inside the transaction of a dry run so that nothing it wrote is kept."""


@dataclass
class PageFile:
    """A page file read and decoded, ready for extraction."""

    path: Path
    name: str
    content_hash: str
    size_bytes: int
    text: str


@dataclass
class FileOutcome:
    path: str
    ok: bool
    message: str = ""
    traceback: str = ""
    tally: Tally = field(default_factory=Tally)


def discover_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Expand files and folders (recursively, `*.txt`) in a stable order; a missing path is an error outcome."""
    found: list[Path] = []
    missing: list[FileOutcome] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES))
        elif path.is_file():
            found.append(path)
        else:
            missing.append(FileOutcome(str(path), ok=False, message=f"{path}: no such file or folder"))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, missing


def read_page_file(path: Path) -> PageFile:
    """Read and decode one file, refusing what cannot be a page before it reaches memory or the database."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailed(f"{path.name}: cannot read ({exc.strerror})") from exc
    if size > MAX_PAGE_BYTES:
        raise ImportFailed(
            f"{path.name}: {size / 1_000_000:.1f} MB is larger than the {MAX_PAGE_BYTES / 1_000_000:.0f} MB limit "
            "for one page; split the file"
        )
    data = path.read_bytes()
    try:
        text = decode_page(data)
    except UndecodableFile as exc:
        raise ImportFailed(f"{path.name}: {exc}") from exc
    return PageFile(path, path.name, hashlib.sha256(data).hexdigest(), size, text)


def _read_and_extract(path: Path, stored: dict[str, str]) -> tuple[PageFile, PageExtraction | None]:
    """Worker entry point: read, decode and extract a page (pure work, no database).

    `stored` maps file names to the content hash already imported with this extractor version: such a page needs
    no extraction (None), which is what makes re-importing an unchanged batch cheap.
    """
    page = read_page_file(path)
    if stored.get(page.name) == page.content_hash:
        return page, None
    return page, extract_page(page.text)


def stored_hashes() -> dict[str, str]:
    """Content hashes of the sources imported by this extractor version."""
    from articles.models import Source

    return dict(
        Source.objects.filter(extractor_version=EXTRACTOR_VERSION, status=Source.Status.IMPORTED).values_list(
            "name", "content_hash"
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


def store_page(page: PageFile, extraction: PageExtraction | None, *, dry_run: bool, history_user) -> Tally:
    """Write one page in its own transaction; a dry run does the same work and rolls it back."""
    ctx = SyncContext(tally=Tally(), history_user=history_user, extractor_version=EXTRACTOR_VERSION)
    try:
        with transaction.atomic():
            _serialise_writers()
            # A page skipped as unchanged may have changed in the database since (an editor, another import).
            persist_page(page, extraction or (lambda: extract_page(page.text)), ctx)
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        pass
    return ctx.tally


def iter_extracted(
    paths: list[Path], workers: int, stored: dict[str, str]
) -> Iterator[tuple[Path, PageFile | None, object]]:
    """Yield (path, page, extraction-or-exception) in input order, extracting in `workers` processes if > 1."""
    if workers <= 1:
        for path in paths:
            try:
                page, extraction = _read_and_extract(path, stored)
                yield path, page, extraction
            except Exception as exc:
                yield path, None, exc
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_read_and_extract, path, stored) for path in paths]
        for path, future in zip(paths, futures, strict=True):
            try:
                page, extraction = future.result()
                yield path, page, extraction
            except Exception as exc:
                yield path, None, exc


def run_import(
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    workers: int = 1,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> tuple[ImportRun, list[FileOutcome]]:
    """Import every page under `paths`; returns the recorded ImportRun and one outcome per file."""
    paths = list(paths)
    files, outcomes = discover_files(paths)
    run = ImportRun.objects.create(
        dry_run=dry_run, paths=[str(p) for p in paths], files=[str(f) for f in files], files_total=len(files)
    )
    history_user = import_user()
    total = Tally()
    for outcome in outcomes:
        if on_file:
            on_file(outcome)
    for path, page, extracted in iter_extracted(files, max(1, workers), stored_hashes()):
        outcome = FileOutcome(str(path), ok=True)
        try:
            if isinstance(extracted, Exception):
                raise extracted
            outcome.tally = store_page(page, extracted, dry_run=dry_run, history_user=history_user)
        except ImportFailed as exc:
            outcome.ok, outcome.message = False, str(exc)
        except Exception as exc:
            outcome.ok, outcome.message = False, f"{path.name}: {type(exc).__name__}: {exc}"
            outcome.traceback = traceback.format_exc()
        if not outcome.ok:
            outcome.tally.add("sources", "failed")
        total.merge(outcome.tally)
        outcomes.append(outcome)
        if on_file:
            on_file(outcome)
    failed = [o for o in outcomes if not o.ok]
    run.finished_at = timezone.now()
    run.status = (
        ImportRun.Status.DRY_RUN if dry_run else (ImportRun.Status.FAILED if failed else ImportRun.Status.SUCCEEDED)
    )
    run.counts = total.as_dict()
    run.files_failed = len(failed)
    run.inserted = total.total("created")
    run.updated = total.total("updated")
    run.unchanged = total.total("unchanged")
    run.failed = total.total("failed")
    run.errors = [{"file": o.path, "message": o.message, "traceback": o.traceback} for o in failed]
    run.save()
    return run, outcomes
