"""Locality filters: by level, parent, code, name, and everything inside a place."""

from __future__ import annotations

import django_filters
from django.db.models import QuerySet

from core.api.filters import (
    CorrectionFilterSet,
    DivisionCodeFilter,
    IdFilter,
    LocalityReferenceFilter,
    StrictBooleanFilter,
    name_or_alias_contains,
)
from localities.models import Level, Locality


class LocalityFilter(CorrectionFilterSet):
    level = django_filters.ChoiceFilter(choices=Level.choices, help_text="Administrative level, e.g. county.")
    parent = IdFilter(field_name="parent_id", help_text="Only the direct children of this locality id.")
    root = StrictBooleanFilter(field_name="parent", lookup_expr="isnull", help_text="true: only top-level places.")
    code = DivisionCodeFilter(
        help_text="Official division code of 2, 4, 6, 9 or 12 digits, e.g. 370406 (the place whose 12-digit code "
        "it is, padded with zeros)."
    )
    name = django_filters.CharFilter(
        method="filter_name", help_text="Part of the name or of an alias, e.g. 山亭 (case-insensitive)."
    )
    full_name = django_filters.CharFilter(
        lookup_expr="startswith", help_text="Start of the full name, e.g. 山东省枣庄市."
    )
    within = LocalityReferenceFilter(
        field_name="pk",
        descendants_param=None,
        help_text="Id or official code of a locality: it and every place inside it.",
    )
    in_gazetteer = StrictBooleanFilter(help_text="false: places known only from the text.")

    class Meta:
        model = Locality
        fields = ["level", "parent", "root", "code", "name", "full_name", "within", "in_gazetteer", "verified"]

    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return name_or_alias_contains(queryset, value) if value else queryset
