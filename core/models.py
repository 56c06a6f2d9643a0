"""What every extracted row shares, and the records the import pipeline keeps about itself.

`ExtractedRecord` carries the provenance and the editor's locks that make re-imports safe: a field named in
`locked_fields` belongs to the editor and the import never writes it again (see `core.corrections`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Origin(models.TextChoices):
    IMPORT = "import", _("import")
    EDITOR = "editor", _("editor")


class ExtractedRecord(models.Model):
    """Provenance and correction state shared by every row the pipeline writes."""

    origin = models.CharField(_("created by"), max_length=8, choices=Origin.choices, default=Origin.IMPORT)
    extractor_version = models.CharField(_("extractor version"), max_length=32, blank=True, default="")
    confidence = models.FloatField(_("confidence"), null=True, blank=True)
    locked_fields = models.JSONField(
        _("locked fields"),
        default=list,
        blank=True,
        help_text=_("Fields an editor changed; re-imports never overwrite them."),
    )
    verified = models.BooleanField(_("verified"), default=False, db_index=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True
        constraints = ()

    @property
    def is_locked(self) -> bool:
        return bool(self.locked_fields)


class IdentifiedRecord(ExtractedRecord):
    """A row the import extracts from a page's text (article, figure, mention): it carries a shift-tolerant
    identity (`core.identity`) that re-imports match on, and that locks and tombstones attach to through
    `natural_key()`; rows an editor created have none and are never matched to extracted ones."""

    # NULL, not "": rows an editor created have no identity, and many of them may share a parent.
    identity = models.CharField(  # noqa: DJ001
        _("identity"),
        max_length=255,
        null=True,
        blank=True,
        editable=False,
        help_text=_("What makes a re-imported row the same row: its printed text, never its offsets."),
    )
    # Fields that say where the row is on its page; the import re-anchors them and editors do not lock them.
    placement_fields: tuple[str, ...] = ()
    # (text field, start field, end field): a text whose offsets follow it into a re-OCR'd page.
    anchors: tuple[tuple[str, str, str], ...] = ()

    class Meta:
        abstract = True

    def natural_key(self) -> tuple[str, str | None]:
        return (*self.page_source().natural_key(), self.identity)

    def page_source(self) -> models.Model:
        return self.article.source


class ImportRun(models.Model):
    """One run of `import_seeds`: what it read, what it did, what went wrong — so operators can audit every import.

    Progress is written as each file commits (`files_done`, `files_failed`, one `ImportRunFile` each), so a run cut
    short still tells which files landed. `pid` and `host` let the next run (or `import_seeds --status`) find a run
    whose process is gone and mark it interrupted.
    """

    class Status(models.TextChoices):
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("succeeded")
        PARTIAL = "partial", _("partial (some files failed)")
        FAILED = "failed", _("failed (nothing imported)")
        INTERRUPTED = "interrupted", _("interrupted")
        DRY_RUN = "dry_run", _("dry run (rolled back)")

    started_at = models.DateTimeField(_("started at"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.RUNNING)
    dry_run = models.BooleanField(_("dry run"), default=False)
    paths = models.JSONField(_("paths"), default=list, blank=True)
    files = models.JSONField(_("files"), default=list, blank=True)
    counts = models.JSONField(
        _("counts"),
        default=dict,
        blank=True,
        help_text=_("Per resource: created / updated / unchanged / failed."),
    )
    files_total = models.PositiveIntegerField(_("files"), default=0)
    files_done = models.PositiveIntegerField(_("files imported"), default=0)
    files_failed = models.PositiveIntegerField(_("files failed"), default=0)
    files_skipped = models.PositiveIntegerField(_("paths skipped"), default=0)
    files_not_attempted = models.PositiveIntegerField(_("files not attempted"), default=0)
    inserted = models.PositiveIntegerField(_("inserted"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True, help_text=_("File, message and traceback."))
    message = models.CharField(_("summary"), max_length=500, blank=True, default="")
    pid = models.PositiveIntegerField(_("process id"), null=True, blank=True)
    host = models.CharField(_("host"), max_length=255, blank=True, default="")

    class Meta:
        verbose_name = _("import run")
        verbose_name_plural = _("import runs")
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.started_at:%Y-%m-%d %H:%M} {self.get_status_display()}"


class ImportRunFile(models.Model):
    """What one run did with one path: written when the file's page commits (or fails, or is skipped)."""

    class Outcome(models.TextChoices):
        IMPORTED = "imported", _("imported")
        UNCHANGED = "unchanged", _("unchanged")
        FAILED = "failed", _("failed")
        SKIPPED = "skipped", _("skipped")
        NOT_ATTEMPTED = "not_attempted", _("not attempted")

    run = models.ForeignKey(
        ImportRun, verbose_name=_("import run"), on_delete=models.CASCADE, related_name="file_outcomes"
    )
    path = models.CharField(_("path"), max_length=1000)
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices, db_index=True)
    source_name = models.CharField(_("source"), max_length=255, blank=True, default="")
    message = models.TextField(_("message"), blank=True, default="")
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("file of an import run")
        verbose_name_plural = _("files of an import run")
        ordering = ["run", "id"]

    def __str__(self) -> str:
        return f"{self.path}: {self.get_outcome_display()}"


class Tombstone(models.Model):
    """A row an editor deleted: the import sees it and does not bring the row back."""

    model_label = models.CharField(_("model"), max_length=64)
    natural_key = models.CharField(_("natural key"), max_length=512)
    description = models.CharField(_("description"), max_length=255, blank=True, default="")
    deleted_at = models.DateTimeField(_("deleted at"), auto_now_add=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("deleted by"), null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        verbose_name = _("deleted row (tombstone)")
        verbose_name_plural = _("deleted rows (tombstones)")
        ordering = ["-deleted_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["model_label", "natural_key"], name="tombstone_unique_key")]

    def __str__(self) -> str:
        return f"{self.model_label} {self.natural_key}"
