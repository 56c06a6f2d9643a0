"""Indicators on the editing desk: find by place, level, unit, program, qualifier, source; correct; export."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources
from import_export.admin import ExportMixin
from import_export.formats.base_formats import XLSX

from core.admin import (
    CORRECTIONS_FIELDSET,
    EditorialAdmin,
    LockedFilter,
    SearchableFilter,
    change_url,
    clipped,
)
from core.admin_display import WAN, readable_number
from core.admin_evidence import row_evidence_html
from core.admin_export import DeskExportForm, ExcelCSV
from indicators.models import Indicator, Qualifier
from indicators.selectors import period_label
from localities.models import Level


class IndicatorResource(resources.ModelResource):
    """One spreadsheet row per indicator, with names instead of ids so the file reads on its own."""

    source = fields.Field(attribute="article__source__name", column_name="source")
    article_title = fields.Field(attribute="article__title", column_name="article")
    locality_full_name = fields.Field(attribute="locality__full_name", column_name="locality")
    locality_level = fields.Field(attribute="locality__level", column_name="locality_level")
    locality_code = fields.Field(attribute="locality__code", column_name="locality_code")
    program_name = fields.Field(attribute="program__name", column_name="program")
    period = fields.Field(column_name="period")
    labels = {
        "source": _("source"),
        "article_title": _("article"),
        "locality_full_name": _("locality"),
        "locality_level": _("locality level"),
        "locality_code": _("official code"),
        "program_name": _("program"),
        "period": _("period"),
    }

    class Meta:
        model = Indicator
        fields = (
            "id",
            "source",
            "article_title",
            "locality_full_name",
            "locality_level",
            "locality_code",
            "program_name",
            "metric",
            "value",
            "unit",
            "qualifier",
            "value_low",
            "value_high",
            "period",
            "period_text",
            "quantity_text",
            "evidence_text",
            "start_offset",
            "end_offset",
            "verified",
            "locked_fields",
            "origin",
        )
        export_order = fields

    def dehydrate_period(self, indicator: Indicator) -> str:
        return period_label(indicator) or ""

    def dehydrate_locked_fields(self, indicator: Indicator) -> str:
        return ",".join(indicator.locked_fields or [])

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("article__source", "locality", "program")


def value_html(indicator: Indicator) -> str:
    """`≥ 13000000 元` with `1,300万` beside it when that reads easier (ranges and qualifiers kept)."""
    if indicator.value is None:
        return ""
    plain = format(indicator.value.normalize(), "f")
    readable = readable_number(indicator.value)
    qualifier = indicator.get_qualifier_display() if indicator.qualifier != Qualifier.EXACT else ""
    big = abs(indicator.value) >= WAN
    extra = format_html(' <span class="quiet">{}</span>', readable + indicator.unit) if big else ""
    return format_html(
        '<span class="desk-number" title="{}">{}{} {}{}</span>',
        indicator.quantity_text,
        qualifier + " " if qualifier else "",
        plain,
        indicator.unit,
        extra,
    )


class LocalityLevelFilter(admin.SimpleListFilter):
    title = _("locality level")
    parameter_name = "locality_level"

    def lookups(self, request, model_admin):
        return Level.choices

    def queryset(self, request, queryset):
        return queryset.filter(locality__level=self.value()) if self.value() else queryset


@admin.register(Indicator)
class IndicatorAdmin(ExportMixin, EditorialAdmin):
    resource_classes = [IndicatorResource]
    formats = [ExcelCSV, XLSX]
    export_form_class = DeskExportForm
    # Eight columns that fit a 1366 px screen beside the filters; long names are clipped, whole on hover.
    list_display = (
        "metric_display",
        "value_display",
        "locality_display",
        "program_display",
        "article_link",
        "period",
        "verified",
        "locked_column",
    )
    list_display_links = ("metric_display",)
    list_select_related = ("article__source", "locality", "program__locality")
    list_filter = (
        ("locality", SearchableFilter),
        LocalityLevelFilter,
        "unit",
        ("program", SearchableFilter),
        "qualifier",
        "verified",
        LockedFilter,
        ("article__source", SearchableFilter),
    )
    search_fields = ("metric", "evidence_text", "quantity_text", "locality__full_name", "program__name", "unit")
    autocomplete_fields = ("article", "locality", "program")
    extra_readonly_fields = (
        "evidence",
        "quantity_text",
        "evidence_text",
        "start_offset",
        "end_offset",
        "evidence_start",
        "evidence_end",
    )
    fieldsets = (
        (_("Evidence"), {"fields": ("evidence",)}),
        (None, {"fields": ("metric", ("value", "unit", "qualifier"), ("value_low", "value_high"))}),
        (
            _("Where, when, of what"),
            {"fields": ("locality", "program", "article", ("period_start", "period_end"), "period_text")},
        ),
        CORRECTIONS_FIELDSET,
        (
            _("As printed"),
            {
                "classes": ("collapse",),
                "fields": (
                    "quantity_text",
                    "evidence_text",
                    ("start_offset", "end_offset"),
                    ("evidence_start", "evidence_end"),
                    "extractor_version",
                    "confidence",
                    "created_at",
                    "updated_at",
                ),
            },
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article__source", "locality", "program__locality")

    @admin.display(description=_("metric"), ordering="metric")
    def metric_display(self, indicator: Indicator) -> str:
        return clipped(indicator.metric, "14em")

    @admin.display(description=_("value"), ordering="value")
    def value_display(self, indicator: Indicator) -> str:
        return value_html(indicator)

    @admin.display(description=_("locality"), ordering="locality__full_name")
    def locality_display(self, indicator: Indicator) -> str:
        return clipped(indicator.locality, "12em") if indicator.locality_id else "—"

    @admin.display(description=_("program"), ordering="program__name")
    def program_display(self, indicator: Indicator) -> str:
        return clipped(indicator.program.name, "9em") if indicator.program_id else "—"

    @admin.display(description=_("article"), ordering="article__title")
    def article_link(self, indicator: Indicator) -> str:
        return clipped(indicator.article, "11em", change_url(indicator.article))

    @admin.display(description=_("source"), ordering="article__source__name")
    def source_name(self, indicator: Indicator) -> str:
        return indicator.article.source.name

    @admin.display(description=_("period"))
    def period(self, indicator: Indicator) -> str:
        return period_label(indicator) or ""

    @admin.display(description=_("source sentence"))
    def evidence(self, indicator: Indicator) -> str:
        return row_evidence_html(indicator, indicator.evidence_text)
