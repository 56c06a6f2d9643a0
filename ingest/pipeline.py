"""The import pipeline: page files → Source → Articles → localities, programs, indicators.

One direction, one transaction per source. Extraction (`core.extraction.extract_page`) is pure and may run in
worker processes (`ingest.workers`). On SQLite, which serialises writers, the pages are written by this process
one at a time; on PostgreSQL `--workers N` processes each extract and write their own pages side by side, with no
lock beyond the rows a page writes (see `store_page`). A failure in one file rolls back that file alone and is
reported; the other files still import. Every file's outcome is recorded as it commits (`ingest.runs`),
SIGTERM/SIGINT stop the run after the pages being written, and every path that is not imported is named with its
reason (`ingest.discovery`)."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connections

from core.models import ImportRun, ImportRunFile
from core.sync import RunMemo, Tally
from ingest.discovery import PAGE_SUFFIXES, FoundFile, discover
from ingest.outcomes import FileOutcome, finish, import_user, skipped, stored_hashes
from ingest.page_files import (
    MAX_PAGE_BYTES,
    PageFile,
    _read_and_extract,
    extract_checked,
    prepare_page_file,
    read_page_file,
    remember_stored,
)
from ingest.runs import mark_dead_runs, record_many, start_run
from ingest.stopping import StopRequest, install_handlers, restore_handlers
from ingest.store import _import_one, import_page_file, store_page
from ingest.workers import start_pool

# Where each part lives: reading and extracting a page (`ingest.page_files`), writing one page in its transaction
# (`ingest.store`), the order of a page's writes (`ingest.persist`); this module runs them over a whole import.
__all__ = [
    "MAX_PAGE_BYTES",
    "PAGE_SUFFIXES",
    "FileOutcome",
    "PageFile",
    "extract_checked",
    "import_page_file",
    "import_user",
    "prepare_page_file",
    "read_page_file",
    "run_import",
    "store_page",
]

Outcome = ImportRunFile.Outcome


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
