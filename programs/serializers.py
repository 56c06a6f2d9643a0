"""Program representations: a flat row for lists, a detail with mentioning articles and linked indicators."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import Article
from core.api.serializers import (
    ID_INPUT,
    READ_ONLY_PROVENANCE,
    CorrectionSerializer,
    RelatedValueField,
    StrictPrimaryKeyRelatedField,
    string_list,
)
from indicators.models import Indicator
from localities.models import Locality
from programs.api_selectors import DETAIL_SAMPLE, linked_indicators, recent_articles
from programs.models import Program


class ProgramSerializer(CorrectionSerializer):
    """A named initiative (national strategy or local campaign)."""

    locality = StrictPrimaryKeyRelatedField(
        queryset=Locality.objects.all(),
        allow_null=True,
        style=ID_INPUT,
        help_text="Id of the locality that runs the program; null for a national program (required: a PUT never "
        "nulls it by omission).",
    )
    locality_name = RelatedValueField(source="locality.full_name")
    aliases = string_list("Other names of the program (a list of strings).")

    class Meta:
        model = Program
        fields = [
            "id",
            "name",
            "aliases",
            "locality",
            "locality_name",
            "national",
            "verified",
            "origin",
            "locked_fields",
            "confidence",
            "extractor_version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = READ_ONLY_PROVENANCE


class ProgramArticleSerializer(serializers.ModelSerializer):
    """An article naming the program."""

    source_name = serializers.CharField(source="source.name", read_only=True)
    published_on = serializers.DateField(source="source.published_on", read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "title", "kind", "source", "source_name", "published_on"]
        read_only_fields = fields


class ProgramIndicatorSerializer(serializers.ModelSerializer):
    """A figure tied to the program."""

    value = serializers.DecimalField(max_digits=24, decimal_places=6, read_only=True)
    locality_name = RelatedValueField(source="locality.full_name")

    class Meta:
        model = Indicator
        fields = [
            "id",
            "article",
            "metric",
            "value",
            "unit",
            "qualifier",
            "locality",
            "locality_name",
            "period_start",
            "period_end",
        ]
        read_only_fields = fields


class ProgramDetailSerializer(ProgramSerializer):
    """A program with its articles and figures."""

    article_count = serializers.SerializerMethodField(help_text="Articles naming the program.")
    indicator_count = serializers.SerializerMethodField(help_text="Indicators tied to the program.")
    articles = serializers.SerializerMethodField(
        help_text=f"The {DETAIL_SAMPLE} most recent articles naming it; all of them: /api/articles/?program=<id>."
    )
    indicators = serializers.SerializerMethodField(
        help_text=f"Its first {DETAIL_SAMPLE} indicators; all of them: /api/indicators/?program=<id>."
    )

    class Meta(ProgramSerializer.Meta):
        fields = [*ProgramSerializer.Meta.fields, "article_count", "indicator_count", "articles", "indicators"]

    def get_article_count(self, program: Program) -> int:
        return getattr(program, "article_count", 0) or 0

    def get_indicator_count(self, program: Program) -> int:
        return getattr(program, "indicator_count", 0) or 0

    @extend_schema_field(ProgramArticleSerializer(many=True))
    def get_articles(self, program: Program) -> list[dict[str, Any]]:
        return ProgramArticleSerializer(recent_articles(program), many=True).data

    @extend_schema_field(ProgramIndicatorSerializer(many=True))
    def get_indicators(self, program: Program) -> list[dict[str, Any]]:
        return ProgramIndicatorSerializer(linked_indicators(program), many=True).data
