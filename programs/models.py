"""Named initiatives — national strategies, local campaigns, brands, mechanisms — and their mentions."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import ExtractedRecord, IdentifiedRecord


class Program(ExtractedRecord):
    """A program under its canonical name; `locality` is the place that runs it (null for national programs)."""

    name = models.CharField(_("canonical name"), max_length=200, db_index=True)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    locality = models.ForeignKey(
        "localities.Locality",
        verbose_name=_("run by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="programs",
    )
    national = models.BooleanField(_("national"), default=False, db_index=True)
    articles = models.ManyToManyField(
        "articles.Article", verbose_name=_("articles"), through="ProgramMention", related_name="programs"
    )

    history = HistoricalRecords(m2m_fields=[])

    class Meta:
        verbose_name = _("program")
        verbose_name_plural = _("programs")
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["name", "locality"], name="program_unique_name_per_locality"),
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(locality__isnull=True),
                name="program_unique_name_national",
                violation_error_code="unique",
                violation_error_message=_("A program with no locality already has this name."),
            ),
        ]

    def __str__(self) -> str:
        return self.name if self.locality_id is None else f"{self.name}（{self.locality.name}）"

    def natural_key(self) -> tuple[str, str]:
        return (self.name, self.locality.natural_key()[0] if self.locality_id else "")


class ProgramMention(IdentifiedRecord):
    """Where an article names a program, with the words exactly as printed."""

    article = models.ForeignKey(
        "articles.Article", verbose_name=_("article"), on_delete=models.CASCADE, related_name="program_mentions"
    )
    program = models.ForeignKey(Program, verbose_name=_("program"), on_delete=models.CASCADE, related_name="mentions")
    text = models.CharField(_("text as printed"), max_length=200)
    start_offset = models.PositiveIntegerField(_("start offset"))
    end_offset = models.PositiveIntegerField(_("end offset"))

    placement_fields = ("start_offset", "end_offset")
    anchors = (("text", "start_offset", "end_offset"),)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("program mention")
        verbose_name_plural = _("program mentions")
        ordering = ["article", "start_offset", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "identity"], name="program_mention_unique_identity"),
            models.CheckConstraint(
                condition=Q(end_offset__gte=F("start_offset")), name="program_mention_end_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.text} → {self.program.name}"
