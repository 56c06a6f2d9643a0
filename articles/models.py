"""Sources (one imported page file each) and the articles segmented from them.

Offsets everywhere in the database point into `Source.text`, the decoded page exactly as it was read, so any
evidence can be shown in place and checked against the original.
"""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import ExtractedRecord, IdentifiedRecord


class Source(ExtractedRecord):
    """One printed page. `name` is its identity (see `ingest.identity`): paper + date + page number where known
    (`枣庄日报 2020-11-10 第3版`), else the file's path relative to the folder imported. The content hash tells an
    unchanged re-import from a changed one (a re-OCR updates the page) and recognises the same page under another
    path."""

    class Status(models.TextChoices):
        IMPORTED = "imported", _("imported")
        FAILED = "failed", _("failed")

    name = models.CharField(
        _("name"),
        max_length=255,
        unique=True,
        help_text=_("The page's identity: paper, date and page number where known, else the file's relative path."),
    )
    path = models.CharField(
        _("file path"),
        max_length=500,
        blank=True,
        default="",
        help_text=_("Where the file was found, relative to the folder given to the import (that folder's name first)."),
    )
    content_hash = models.CharField(_("content hash (sha256)"), max_length=64, db_index=True)
    size_bytes = models.PositiveIntegerField(_("size in bytes"), default=0)
    encoding = models.CharField(_("encoding"), max_length=32, blank=True, default="")
    text = models.TextField(_("text"), help_text=_("The decoded page as read; all offsets point into it."))
    publication = models.CharField(_("publication"), max_length=100, blank=True, default="", db_index=True)
    publication_inferred = models.BooleanField(
        _("publication inferred"), default=False, help_text=_("Read from the file name, not printed on the page.")
    )
    published_on = models.DateField(_("publication date"), null=True, blank=True, db_index=True)
    page = models.PositiveSmallIntegerField(_("page number"), null=True, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True, db_index=True)
    year_inferred = models.BooleanField(_("year inferred"), default=False)
    imported_at = models.DateTimeField(_("imported at"), null=True, blank=True, db_index=True)
    status = models.CharField(_("import status"), max_length=16, choices=Status.choices, default=Status.IMPORTED)
    import_errors = models.TextField(_("import errors"), blank=True, default="")

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.name,)


class Article(IdentifiedRecord):
    """One item on a page: a report, feature, commentary, photo caption or brief."""

    class Kind(models.TextChoices):
        NEWS = "news", _("news")
        FEATURE = "feature", _("feature")
        COMMENTARY = "commentary", _("commentary")
        PHOTO = "photo", _("photo")
        BRIEF = "brief", _("brief")

    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.CASCADE, related_name="articles")
    position = models.PositiveSmallIntegerField(_("position on the page"))
    title = models.CharField(_("title"), max_length=500, blank=True, default="")
    subtitle = models.CharField(_("subtitle"), max_length=500, blank=True, default="")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.NEWS, db_index=True)
    byline = models.CharField(_("byline"), max_length=255, blank=True, default="")
    dateline = models.CharField(_("dateline"), max_length=255, blank=True, default="")
    body = models.TextField(_("body"))
    start_offset = models.PositiveIntegerField(_("start offset"))
    end_offset = models.PositiveIntegerField(_("end offset"))
    main_locality = models.ForeignKey(
        "localities.Locality",
        verbose_name=_("main locality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="main_articles",
    )
    keywords = models.JSONField(_("keywords"), default=list, blank=True)
    search_text = models.TextField(
        _("search text"), blank=True, default="", editable=False, help_text=_("jieba-segmented words for search.")
    )

    placement_fields = ("position", "start_offset", "end_offset")

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["source__name", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "identity"], name="article_unique_identity"),
            models.CheckConstraint(condition=Q(end_offset__gte=F("start_offset")), name="article_end_after_start"),
        ]

    def __str__(self) -> str:
        return self.title or self.body[:20]

    def page_source(self) -> Source:
        return self.source

    @property
    def publication_year(self) -> int | None:
        return self.source.year
