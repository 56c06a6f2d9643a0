"""Indicator representations: every row carries its evidence; writes validate numbers, choices and ranges."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from articles.models import Article
from core.api.serializers import (
    ID_INPUT,
    READ_ONLY_PROVENANCE,
    CorrectionSerializer,
    ReadableFieldsOnce,
    RelatedValueField,
    StrictDecimalField,
    StrictPrimaryKeyRelatedField,
    StrictStringField,
)
from indicators.evidence import evidence_errors
from indicators.models import Indicator
from localities.models import Locality
from programs.models import Program

# Exact decimals as strings ("120000000.000000", schema `format: decimal`); numbers and strings are both accepted.
VALUE = {"max_digits": 24, "decimal_places": 6}


class EvidenceSerializer(ReadableFieldsOnce, serializers.Serializer):
    """The clause that states the figure, where it is, and which article and page it comes from."""

    text = serializers.CharField(source="evidence_text", help_text="The sentence or clause stating the figure.")
    start = serializers.IntegerField(source="evidence_start", help_text="Offset of the clause in the source text.")
    end = serializers.IntegerField(source="evidence_end")
    quantity_start = serializers.IntegerField(source="start_offset", help_text="Offset of the figure itself.")
    quantity_end = serializers.IntegerField(source="end_offset")
    article_id = serializers.IntegerField(source="article.id")
    article_title = serializers.CharField(source="article.title")
    source_id = serializers.IntegerField(source="article.source_id")
    source_name = serializers.CharField(source="article.source.name")


class IndicatorSerializer(CorrectionSerializer):
    """A figure: value and unit of a metric in a place over a period, with its evidence."""

    article = StrictPrimaryKeyRelatedField(queryset=Article.objects.all(), style=ID_INPUT)
    locality = StrictPrimaryKeyRelatedField(
        queryset=Locality.objects.all(), allow_null=True, required=False, style=ID_INPUT
    )
    locality_name = RelatedValueField(source="locality.full_name")
    locality_level = RelatedValueField(source="locality.level")
    locality_code = RelatedValueField(source="locality.code", help_text="Official division code: keep it as text.")
    program = StrictPrimaryKeyRelatedField(
        queryset=Program.objects.all(), allow_null=True, required=False, style=ID_INPUT
    )
    program_name = RelatedValueField(source="program.name")
    value = StrictDecimalField(**VALUE, help_text="Normalised value: 5.2万场次 is 52000 with unit 场次.")
    value_low = StrictDecimalField(**VALUE, allow_null=True, required=False)
    value_high = StrictDecimalField(**VALUE, allow_null=True, required=False)
    evidence = EvidenceSerializer(source="*", read_only=True)
    evidence_text = StrictStringField(write_only=True, help_text="The clause stating the figure.")
    evidence_start = serializers.IntegerField(write_only=True, min_value=0)
    evidence_end = serializers.IntegerField(write_only=True, min_value=0)
    start_offset = serializers.IntegerField(write_only=True, min_value=0, help_text="Offset of the figure.")
    end_offset = serializers.IntegerField(write_only=True, min_value=0)

    span_fields = (
        "article",
        "evidence_text",
        "evidence_start",
        "evidence_end",
        "start_offset",
        "end_offset",
        "quantity_text",
    )

    def span_errors(self, candidate: Indicator, attrs: dict[str, Any]) -> dict[str, list[str]]:
        if not self.changes_span(attrs):
            return {}
        fields = {name: getattr(candidate, name) for name in self.span_fields if name != "article"}
        return evidence_errors(candidate.article.source.text, fields)

    ordered_pairs = (
        ("period_start", "period_end"),
        ("value_low", "value_high"),
        ("start_offset", "end_offset"),
        ("evidence_start", "evidence_end"),
    )

    class Meta:
        model = Indicator
        fields = [
            "id",
            "metric",
            "value",
            "unit",
            "qualifier",
            "value_low",
            "value_high",
            "period_start",
            "period_end",
            "period_text",
            "quantity_text",
            "locality",
            "locality_name",
            "locality_level",
            "locality_code",
            "program",
            "program_name",
            "article",
            "evidence",
            "evidence_text",
            "evidence_start",
            "evidence_end",
            "start_offset",
            "end_offset",
            "verified",
            "origin",
            "locked_fields",
            "confidence",
            "extractor_version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = READ_ONLY_PROVENANCE


class SummaryRowSerializer(serializers.Serializer):
    """Count, sum, min and max of one group (decimals as exact strings)."""

    key = serializers.CharField(allow_null=True, help_text="Locality id, level, year or program id of the group.")
    label = serializers.CharField(allow_null=True, help_text="Full name of the locality, or the program name.")
    count = serializers.IntegerField()
    sum = serializers.DecimalField(max_digits=None, decimal_places=None, allow_null=True)
    min = serializers.DecimalField(max_digits=None, decimal_places=None, allow_null=True)
    max = serializers.DecimalField(max_digits=None, decimal_places=None, allow_null=True)


class SummarySerializer(serializers.Serializer):
    """Totals of the filtered indicators, in one unit, optionally per group."""

    unit = serializers.CharField(allow_null=True, help_text="The one unit summed (null when nothing matched).")
    group_by = serializers.CharField(allow_null=True)
    total = SummaryRowSerializer(help_text="All matching rows together.")
    groups = SummaryRowSerializer(many=True)


def summary_payload(rows: list[dict[str, Any]], group_by: str | None) -> dict[str, Any]:
    """Groups plus a grand total; `rows` are the one-unit output of `indicators.api_selectors.summarise`."""
    groups = [
        {
            "key": row.get("group_key"),
            "label": row.get("group_label", row.get("group_key")),
            "count": row["count"],
            "sum": row["sum"],
            "min": row["min"],
            "max": row["max"],
        }
        for row in rows
    ]
    total = {
        "key": None,
        "label": None,
        "count": sum(row["count"] for row in rows),
        "sum": sum((row["sum"] for row in rows), start=0) if rows else None,
        "min": min((row["min"] for row in rows), default=None),
        "max": max((row["max"] for row in rows), default=None),
    }
    return {
        "unit": rows[0]["unit"] if rows else None,
        "group_by": group_by,
        "total": total,
        "groups": groups if group_by else [],
    }
