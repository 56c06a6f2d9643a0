"""Source and article representations. Lists leave out what is large (the page text, nested collections)."""

from __future__ import annotations

import hashlib
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import Article, Source
from core.api.serializers import (
    ID_INPUT,
    READ_ONLY_PROVENANCE,
    CorrectionSerializer,
    RelatedValueField,
    StrictPrimaryKeyRelatedField,
    StrictStringField,
    string_list,
)
from core.text.search import article_search_text
from indicators.models import Indicator
from localities.models import Locality
from localities.serializers import LocalityBriefSerializer
from programs.models import Program

PROVENANCE = ["verified", "origin", "locked_fields", "confidence", "extractor_version", "created_at", "updated_at"]


class SourceSerializer(CorrectionSerializer):
    """An imported page file (without its text)."""

    class Meta:
        model = Source
        fields = [
            "id",
            "name",
            "path",
            "content_hash",
            "size_bytes",
            "encoding",
            "publication",
            "publication_inferred",
            "published_on",
            "page",
            "year",
            "year_inferred",
            "imported_at",
            "status",
            "import_errors",
            *PROVENANCE,
        ]
        read_only_fields = ["path", "content_hash", "size_bytes", "imported_at", *READ_ONLY_PROVENANCE]


class SourceDetailSerializer(SourceSerializer):
    """An imported page file with its decoded text."""

    text = StrictStringField(
        trim_whitespace=False, help_text="The decoded page as read; every offset in the database points into it."
    )

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text"]

    def before_save(self, instance: Source, validated_data: dict[str, Any]) -> None:
        # The hash identifies the content; a page typed in through the API is hashed as UTF-8, like a UTF-8 file.
        encoded = instance.text.encode("utf-8")
        instance.content_hash = hashlib.sha256(encoded).hexdigest()
        instance.size_bytes = len(encoded)


class ArticleSerializer(CorrectionSerializer):
    """An article segmented from a page."""

    source = StrictPrimaryKeyRelatedField(queryset=Source.objects.all(), style=ID_INPUT)
    source_name = serializers.CharField(source="source.name", read_only=True)
    publication = serializers.CharField(source="source.publication", read_only=True)
    published_on = serializers.DateField(source="source.published_on", read_only=True, allow_null=True)
    page = serializers.IntegerField(source="source.page", read_only=True, allow_null=True)
    main_locality = StrictPrimaryKeyRelatedField(
        queryset=Locality.objects.all(), allow_null=True, required=False, style=ID_INPUT
    )
    main_locality_name = RelatedValueField(source="main_locality.full_name")
    keywords = string_list("Keywords of the article (a list of strings).", max_length=100)

    ordered_pairs = (("start_offset", "end_offset"),)
    span_fields = ("source", "start_offset", "end_offset")

    def span_errors(self, candidate: Article, attrs: dict[str, Any]) -> dict[str, list[str]]:
        page_length = len(candidate.source.text)
        if self.changes_span(attrs) and candidate.end_offset is not None and candidate.end_offset > page_length:
            return {"end_offset": [f"end_offset {candidate.end_offset} is past the end of the page ({page_length})."]}
        return {}

    class Meta:
        model = Article
        fields = [
            "id",
            "source",
            "source_name",
            "publication",
            "published_on",
            "page",
            "position",
            "title",
            "subtitle",
            "kind",
            "byline",
            "dateline",
            "body",
            "start_offset",
            "end_offset",
            "main_locality",
            "main_locality_name",
            "keywords",
            *PROVENANCE,
        ]
        read_only_fields = READ_ONLY_PROVENANCE

    def before_save(self, instance: Article, validated_data: dict[str, Any]) -> None:
        instance.search_text = article_search_text(instance.title, instance.subtitle, instance.body)


class ArticleProgramSerializer(serializers.ModelSerializer):
    """A program an article names."""

    class Meta:
        model = Program
        fields = ["id", "name", "national"]
        read_only_fields = fields


class ArticleIndicatorSerializer(serializers.ModelSerializer):
    """A figure stated in an article."""

    value = serializers.DecimalField(max_digits=24, decimal_places=6, read_only=True)

    class Meta:
        model = Indicator
        fields = [
            "id",
            "metric",
            "value",
            "unit",
            "qualifier",
            "locality",
            "program",
            "period_start",
            "period_end",
            "quantity_text",
        ]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    """An article with the places, programs and figures in it."""

    localities = serializers.SerializerMethodField(help_text="Places the article mentions, each once.")
    programs = ArticleProgramSerializer(many=True, read_only=True)
    indicators = ArticleIndicatorSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "localities", "programs", "indicators"]

    @extend_schema_field(LocalityBriefSerializer(many=True))
    def get_localities(self, article: Article) -> list[dict[str, Any]]:
        places = {mention.locality_id: mention.locality for mention in article.locality_mentions.all()}
        return LocalityBriefSerializer(places.values(), many=True).data
