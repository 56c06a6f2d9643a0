"""Sources and articles on the editing desk: the page with every extraction marked, verified counts per source."""

from __future__ import annotations

from django.contrib import admin
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources
from import_export.admin import ExportMixin
from import_export.formats.base_formats import CSV, XLSX

from articles.models import Article, Source
from core.admin import (
    CORRECTIONS_FIELDSET,
    EditorialAdmin,
    LockedFilter,
    RelatedOnlySelectFilter,
    change_url,
    marked_segments,
    related_count,
)
from indicators.models import Indicator


@admin.register(Source)
class SourceAdmin(EditorialAdmin):
    list_display = (
        "name",
        "publication",
        "published_on",
        "page",
        "year",
        "status",
        "article_total",
        "indicator_total",
        "indicator_verified",
        "article_verified",
        "imported_at",
    )
    list_filter = ("status", "publication", "year", "verified", LockedFilter)
    search_fields = ("name", "path", "publication")
    date_hierarchy = "published_on"
    extra_readonly_fields = (
        "name",
        "path",
        "content_hash",
        "size_bytes",
        "encoding",
        "text",
        "imported_at",
        "status",
        "import_errors",
        "publication_inferred",
        "year_inferred",
        "verified_summary",
    )
    fieldsets = (
        (None, {"fields": ("name", "path", "publication", "published_on", "page", "year", "verified_summary")}),
        CORRECTIONS_FIELDSET,
        (
            _("Import"),
            {
                "classes": ("collapse",),
                "fields": (
                    "status",
                    "import_errors",
                    "imported_at",
                    "content_hash",
                    "size_bytes",
                    "encoding",
                    "publication_inferred",
                    "year_inferred",
                    "extractor_version",
                    "created_at",
                    "updated_at",
                ),
            },
        ),
        (_("Page text"), {"classes": ("collapse",), "fields": ("text",)}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("text")
            .annotate(
                article_total=related_count(Article, "source"),
                article_verified=related_count(Article, "source", verified=True),
                indicator_total=related_count(Indicator, "article__source"),
                indicator_verified=related_count(Indicator, "article__source", verified=True),
            )
        )

    @admin.display(description=_("articles"), ordering="article_total")
    def article_total(self, source: Source) -> int:
        return source.article_total

    @admin.display(description=_("verified articles"), ordering="article_verified")
    def article_verified(self, source: Source) -> int:
        return source.article_verified

    @admin.display(description=_("indicators"), ordering="indicator_total")
    def indicator_total(self, source: Source) -> int:
        return source.indicator_total

    @admin.display(description=_("verified indicators"), ordering="indicator_verified")
    def indicator_verified(self, source: Source) -> int:
        return source.indicator_verified

    @admin.display(description=_("verified"))
    def verified_summary(self, source: Source) -> str:
        if source.pk is None:
            return "—"
        return format_html(
            '<a href="{}?source__id__exact={}">{}</a> · <a href="{}?article__source__id__exact={}">{}</a>',
            reverse("admin:articles_article_changelist"),
            source.pk,
            _("articles: %(verified)d of %(total)d verified")
            % {"verified": source.article_verified, "total": source.article_total},
            reverse("admin:indicators_indicator_changelist"),
            source.pk,
            _("indicators: %(verified)d of %(total)d verified")
            % {"verified": source.indicator_verified, "total": source.indicator_total},
        )


class ArticleResource(resources.ModelResource):
    source = fields.Field(attribute="source__name", column_name="source")
    locality = fields.Field(attribute="main_locality__full_name", column_name="locality")

    class Meta:
        model = Article
        fields = (
            "id",
            "source",
            "position",
            "title",
            "subtitle",
            "kind",
            "byline",
            "dateline",
            "locality",
            "keywords",
            "start_offset",
            "end_offset",
            "body",
            "verified",
            "locked_fields",
            "origin",
        )
        export_order = fields

    def dehydrate_keywords(self, article: Article) -> str:
        return " ".join(article.keywords or [])

    def dehydrate_locked_fields(self, article: Article) -> str:
        return ",".join(article.locked_fields or [])

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("source", "main_locality")


@admin.register(Article)
class ArticleAdmin(ExportMixin, EditorialAdmin):
    resource_classes = [ArticleResource]
    formats = [CSV, XLSX]
    list_display = (
        "title_display",
        "kind",
        "source",
        "position",
        "main_locality",
        "indicator_total",
        "verified",
        "locked_column",
    )
    list_select_related = ("source", "main_locality")
    list_filter = (
        "kind",
        ("source", RelatedOnlySelectFilter),
        ("main_locality", RelatedOnlySelectFilter),
        "verified",
        LockedFilter,
    )
    search_fields = ("title", "subtitle", "byline", "body", "source__name")
    autocomplete_fields = ("source", "main_locality")
    extra_readonly_fields = ("source_link", "marked_text", "position", "start_offset", "end_offset")
    fieldsets = (
        (
            None,
            {"fields": ("source_link", "title", "subtitle", "kind", "byline", "dateline", "main_locality", "keywords")},
        ),
        (_("Article text with its extractions marked"), {"fields": ("marked_text",)}),
        CORRECTIONS_FIELDSET,
        (
            _("Body as segmented"),
            {
                "classes": ("collapse",),
                "fields": (
                    "body",
                    "position",
                    ("start_offset", "end_offset"),
                    "extractor_version",
                    "created_at",
                    "updated_at",
                ),
            },
        ),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("source", "main_locality")
            .annotate(indicators_total=related_count(Indicator, "article"))
        )

    def get_fieldsets(self, request, obj=None):
        if obj is None:  # typed in by hand: the source and offsets are the editor's to give
            return (
                (
                    None,
                    {
                        "fields": (
                            "source",
                            "position",
                            "title",
                            "subtitle",
                            "kind",
                            "byline",
                            "dateline",
                            "main_locality",
                            "keywords",
                            "body",
                            ("start_offset", "end_offset"),
                        )
                    },
                ),
            )
        return self.fieldsets

    @admin.display(description=_("title"), ordering="title")
    def title_display(self, article: Article) -> str:
        return str(article)[:40] or "—"

    @admin.display(description=_("indicators"), ordering="indicators_total")
    def indicator_total(self, article: Article) -> int:
        return article.indicators_total

    @admin.display(description=_("source"))
    def source_link(self, article: Article) -> str:
        return format_html('<a href="{}">{}</a>', change_url(article.source), article.source)

    @admin.display(description=_("article text"))
    def marked_text(self, article: Article) -> str:
        if article.pk is None:
            return "—"
        text = article.source.text[article.start_offset : article.end_offset]
        spans = [
            (i.start_offset, i.end_offset, "indicator", f"{i.metric}: {i.value.normalize():f} {i.unit}", change_url(i))
            for i in article.indicators.all()
        ]
        spans += [
            (m.start_offset, m.end_offset, "locality", str(m.locality), change_url(m))
            for m in article.locality_mentions.select_related("locality")
        ]
        spans += [
            (m.start_offset, m.end_offset, "program", m.program.name, change_url(m))
            for m in article.program_mentions.select_related("program")
        ]
        return render_to_string(
            "admin/editorial/article_text.html",
            {"pieces": marked_segments(text, article.start_offset, spans), "counts": _span_counts(spans)},
        )


def _span_counts(spans: list[tuple]) -> dict[str, int]:
    counts = {"indicator": 0, "locality": 0, "program": 0}
    for span in spans:
        counts[span[2]] += 1
    return counts
