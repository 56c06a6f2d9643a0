"""Sources and articles on the editing desk: the page with every extraction marked, verified counts per source."""

from __future__ import annotations

from django.contrib import admin
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources
from import_export.admin import ExportMixin
from import_export.formats.base_formats import XLSX

from articles.models import Article, Source
from core.admin import (
    CORRECTIONS_FIELDSET,
    EditorialAdmin,
    LockedFilter,
    SearchableFilter,
    change_url,
    clipped,
    related_count,
)
from core.admin_evidence import marked_segments
from core.admin_export import DeskExportForm, ExcelCSV
from indicators.models import Indicator


@admin.register(Source)
class SourceAdmin(EditorialAdmin):
    list_display = (
        "name_display",
        "publication",
        "published_on",
        "page",
        "year",
        "status",
        "articles_verified",
        "indicators_verified",
        "imported_at",
    )
    list_display_links = ("name_display",)
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

    @admin.display(description=_("file"), ordering="name")
    def name_display(self, source: Source) -> str:
        return clipped(source.name, "16em")

    @admin.display(description=_("articles (verified / all)"), ordering="article_total")
    def articles_verified(self, source: Source) -> str:
        url = reverse("admin:articles_article_changelist") + f"?source__id__exact={source.pk}"
        return format_html('<a href="{}">{} / {}</a>', url, source.article_verified, source.article_total)

    @admin.display(description=_("indicators (verified / all)"), ordering="indicator_total")
    def indicators_verified(self, source: Source) -> str:
        url = reverse("admin:indicators_indicator_changelist") + f"?article__source__id__exact={source.pk}"
        return format_html('<a href="{}">{} / {}</a>', url, source.indicator_verified, source.indicator_total)

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
    labels = {"source": _("source"), "locality": _("main locality")}

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
    formats = [ExcelCSV, XLSX]
    export_form_class = DeskExportForm
    list_display = (
        "title_display",
        "kind",
        "source_display",
        "locality_display",
        "indicator_total",
        "verified",
        "locked_column",
    )
    list_select_related = ("source", "main_locality")
    list_filter = (
        "kind",
        ("source", SearchableFilter),
        ("main_locality", SearchableFilter),
        "verified",
        LockedFilter,
    )
    search_fields = ("title", "subtitle", "byline", "body", "source__name")
    autocomplete_fields = ("source", "main_locality")
    extra_readonly_fields = ("source_link", "marked_text", "facts_table", "position", "start_offset", "end_offset")
    fieldsets = (
        (
            None,
            {"fields": ("source_link", "title", "subtitle", "kind", "byline", "dateline", "main_locality", "keywords")},
        ),
        (_("Article text with its extractions marked"), {"fields": ("marked_text",)}),
        (_("Facts of this article"), {"fields": ("facts_table",)}),
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
        return clipped(article, "22em")

    @admin.display(description=_("source"), ordering="source__name")
    def source_display(self, article: Article) -> str:
        return clipped(f"{article.source} · {article.position}", "12em")

    @admin.display(description=_("main locality"), ordering="main_locality__full_name")
    def locality_display(self, article: Article) -> str:
        return clipped(article.main_locality, "12em") if article.main_locality_id else "—"

    @admin.display(description=_("indicators"), ordering="indicators_total")
    def indicator_total(self, article: Article) -> str:
        if not article.indicators_total:
            return "0"
        url = reverse("admin:indicators_indicator_changelist") + f"?article__id__exact={article.pk}"
        return format_html('<a href="{}">{}</a>', url, article.indicators_total)

    @admin.display(description=_("facts"))
    def facts_table(self, article: Article) -> str:
        """Every indicator of the article as a row: value, unit, metric, place, program, lock state, link."""
        if article.pk is None:
            return "—"
        from core.admin_display import WAN, readable_number

        rows = []
        for indicator in article.indicators.select_related("locality", "program").order_by("start_offset"):
            rows.append(
                {
                    "indicator": indicator,
                    "value": format(indicator.value.normalize(), "f"),
                    "readable": readable_number(indicator.value) if abs(indicator.value) >= WAN else "",
                    "url": change_url(indicator),
                    "locality_url": change_url(indicator.locality),
                    "program_url": change_url(indicator.program),
                    "locked": "、".join(
                        str(Indicator._meta.get_field(n).verbose_name) for n in indicator.locked_fields or []
                    ),
                }
            )
        list_url = reverse("admin:indicators_indicator_changelist") + f"?article__id__exact={article.pk}"
        return render_to_string("admin/editorial/facts_table.html", {"rows": rows, "list_url": list_url})

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
