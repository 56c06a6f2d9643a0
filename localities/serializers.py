"""Locality representations: a flat row for lists and CSV, a detail with breadcrumbs and counts."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api.serializers import (
    ID_INPUT,
    READ_ONLY_PROVENANCE,
    CorrectionSerializer,
    StrictPrimaryKeyRelatedField,
    StrictRegexField,
    string_list,
)
from localities.api_selectors import ancestors_of
from localities.models import Locality

OFFICIAL_CODE = r"^[0-9]{12}$"


class LocalityBriefSerializer(serializers.ModelSerializer):
    """A place as a reference inside other resources."""

    class Meta:
        model = Locality
        fields = ["id", "name", "full_name", "level", "code"]
        read_only_fields = fields


class LocalitySerializer(CorrectionSerializer):
    """A place, from province down to village."""

    parent = StrictPrimaryKeyRelatedField(
        queryset=Locality.objects.all(),
        allow_null=True,
        style=ID_INPUT,
        help_text="Id of the enclosing locality; null for a province (required: a PUT never nulls it by omission).",
    )
    code = StrictRegexField(
        OFFICIAL_CODE,
        allow_null=True,
        allow_blank=True,
        required=False,
        error_messages={"invalid": "An official division code is exactly 12 digits (e.g. 370402000000)."},
        help_text="Official division code (统计用区划代码, 12 digits) when known; keep it as text.",
    )
    aliases = string_list("Other names of the place (a list of strings).")

    class Meta:
        model = Locality
        fields = [
            "id",
            "name",
            "level",
            "parent",
            "full_name",
            "code",
            "aliases",
            "in_gazetteer",
            "verified",
            "origin",
            "locked_fields",
            "confidence",
            "extractor_version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["full_name", *READ_ONLY_PROVENANCE]

    def validate_code(self, value: str | None) -> str | None:
        # An empty code means "unknown"; storing "" would collide with the next unknown under the unique constraint.
        return value or None


class LocalityDetailSerializer(LocalitySerializer):
    """A place with its breadcrumbs and counts."""

    ancestors = serializers.SerializerMethodField(help_text="Breadcrumbs from the province down to the parent.")
    children_count = serializers.IntegerField(read_only=True, help_text="Localities directly inside this one.")
    article_count = serializers.IntegerField(read_only=True, help_text="Articles that mention this locality.")
    indicator_count = serializers.IntegerField(read_only=True, help_text="Indicators attributed to this locality.")

    class Meta(LocalitySerializer.Meta):
        fields = [*LocalitySerializer.Meta.fields, "ancestors", "children_count", "article_count", "indicator_count"]

    @extend_schema_field(LocalityBriefSerializer(many=True))
    def get_ancestors(self, locality: Locality) -> list[dict[str, Any]]:
        return LocalityBriefSerializer(ancestors_of(locality), many=True).data

    def to_representation(self, instance: Locality) -> dict[str, Any]:
        data = super().to_representation(instance)
        for name in ("children_count", "article_count", "indicator_count"):
            data[name] = getattr(instance, name, None) or 0  # a just-written row has no annotations yet
        return data
