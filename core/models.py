"""What every extracted row shares, and the records the import pipeline keeps about itself.

`ExtractedRecord` carries the provenance and the editor's locks that make re-imports safe: a field named in
`locked_fields` belongs to the editor and the import never writes it again (see `core.corrections`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
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


class ImportRun(models.Model):
    """One run of `import_seeds`: what it read, what it did, what went wrong — so operators can audit every import."""

    class Status(models.TextChoices):
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("succeeded")
        FAILED = "failed", _("failed (some files)")
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
    files_failed = models.PositiveIntegerField(_("files failed"), default=0)
    inserted = models.PositiveIntegerField(_("inserted"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True, help_text=_("File, message and traceback."))

    class Meta:
        verbose_name = _("import run")
        verbose_name_plural = _("import runs")
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"#{self.pk} {timezone.localtime(self.started_at):%Y-%m-%d %H:%M} {self.get_status_display()}"


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
        from django.apps import apps

        try:
            kind = apps.get_model(self.model_label)._meta.verbose_name
        except (LookupError, ValueError):
            kind = self.model_label
        from core.admin_display import describe_tombstone

        return f"{kind} {describe_tombstone(self.description) or self.natural_key}"
