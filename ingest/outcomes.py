"""What an import run reports: one outcome per path, the run's closing status and summary, and its author."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from core.extraction import EXTRACTOR_VERSION
from core.models import ImportRun, ImportRunFile
from core.sync import Tally
from ingest.discovery import Skipped
from ingest.runs import finish_run
from ingest.stopping import StopRequest, summary_line

Outcome = ImportRunFile.Outcome


class ImportFailed(Exception):
    """A file that could not be imported; the message is meant for the operator."""


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


def stored_hashes(*only: str) -> frozenset[str]:
    """Content hashes of the sources imported by this extractor version (of those among `only`, when given)."""
    from articles.models import Source

    stored = Source.objects.filter(extractor_version=EXTRACTOR_VERSION, status=Source.Status.IMPORTED)
    if only:
        stored = stored.filter(content_hash__in=only)
    return frozenset(stored.values_list("content_hash", flat=True))


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


def failure(path: str, rel: str, exc: BaseException) -> FileOutcome:
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


def skipped(skip: Skipped) -> FileOutcome:
    return FileOutcome(skip.path, Outcome.SKIPPED, skip.message, serious=skip.serious)


def finish(run: ImportRun, outcomes: list[FileOutcome], total: Tally, stop: StopRequest, *, dry_run: bool):
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
