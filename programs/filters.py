"""Program filters: by name or alias, by the locality that runs it, national or local."""

from __future__ import annotations

import django_filters
from django.db.models import QuerySet

from core.api.filters import CorrectionFilterSet, LocalityReferenceFilter, StrictBooleanFilter, name_or_alias_contains
from programs.models import Program


class ProgramFilter(CorrectionFilterSet):
    name = django_filters.CharFilter(
        method="filter_name", help_text="Part of the canonical name or of an alias, e.g. 乡村振兴."
    )
    locality = LocalityReferenceFilter(
        help_text="Id or official code of a locality: programs run by it or by places inside it "
        "(descendants=false for the place itself only).",
    )
    descendants = StrictBooleanFilter(method="filter_nothing", help_text="With `locality`: include places inside it.")
    national = StrictBooleanFilter(help_text="true: national programs; false: local ones.")

    class Meta:
        model = Program
        fields = ["name", "locality", "descendants", "national", "verified"]

    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return name_or_alias_contains(queryset, value) if value else queryset

    def filter_nothing(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset  # read by the locality filter
