"""Filters for sources and articles, including Chinese full-text search (`?q=`)."""

from __future__ import annotations

import django_filters
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet

from articles.api_selectors import search_articles
from articles.models import Article, Source
from core.api.filters import (
    CorrectionFilterSet,
    IdFilter,
    IsoDateFilter,
    LocalityReferenceFilter,
    SearchQueryFilter,
    StrictBooleanFilter,
    TextContainsFilter,
    WholeNumberFilter,
    YearFilter,
)
from localities.api_selectors import ids_condition, place_ids
from localities.models import LocalityMention
from programs.models import ProgramMention


class DateRangeValidation:
    """A range whose end is before its start is a mistake in the request, not an empty answer."""

    date_range: tuple[str, str] = ("date_from", "date_to")

    def is_valid(self) -> bool:
        valid = super().is_valid()
        if valid:
            start, end = (self.form.cleaned_data.get(name) for name in self.date_range)
            if start and end and end < start:
                message = f"{self.date_range[1]} is before {self.date_range[0]}."
                self.form.add_error(self.date_range[1], ValidationError(message, code="inverted_range"))
                return False
        return valid


class SourceFilter(DateRangeValidation, CorrectionFilterSet):
    publication = django_filters.CharFilter(help_text="Exact publication name, e.g. 枣庄日报.")
    year = YearFilter(help_text="Publication year, e.g. 2020.")
    date_from = IsoDateFilter(
        field_name="published_on", lookup_expr="gte", help_text="Published on or after (YYYY-MM-DD)."
    )
    date_to = IsoDateFilter(
        field_name="published_on", lookup_expr="lte", help_text="Published on or before (YYYY-MM-DD)."
    )
    # `page` is the pagination parameter, so the printed page number filters as `page_number`.
    page_number = WholeNumberFilter(
        field_name="page", min_value=1, max_value=999, help_text="Printed page number (第N版), e.g. 3."
    )
    status = django_filters.ChoiceFilter(choices=Source.Status.choices, help_text="Import status.")
    name = TextContainsFilter(help_text="Part of the name (paper, date and page, or the file path; any case).")

    class Meta:
        model = Source
        fields = ["publication", "year", "date_from", "date_to", "page_number", "status", "name", "verified"]


class ArticleFilter(DateRangeValidation, CorrectionFilterSet):
    q = SearchQueryFilter(
        method="filter_search",
        max_length=200,
        help_text="Full-text search in Chinese, e.g. 扶贫 or 小额信贷. Words are cut with jieba; an article must "
        "contain every word. Results are ranked (title hits first) unless `ordering` is given.",
    )
    source = IdFilter(field_name="source_id", help_text="Source id.")
    publication = django_filters.CharFilter(field_name="source__publication", help_text="Exact publication name.")
    kind = django_filters.ChoiceFilter(choices=Article.Kind.choices, help_text="Kind of article.")
    locality = LocalityReferenceFilter(
        method="filter_locality",
        help_text="Id or official code of a locality: articles whose main locality or any mentioned place is it or "
        "inside it (set descendants=false for the place itself only).",
    )
    descendants = StrictBooleanFilter(
        method="filter_nothing", help_text="With `locality`: include places inside it (default true)."
    )
    program = IdFilter(method="filter_program", help_text="Articles naming this program id.")
    date_from = IsoDateFilter(
        field_name="source__published_on", lookup_expr="gte", help_text="Published on or after (YYYY-MM-DD)."
    )
    date_to = IsoDateFilter(
        field_name="source__published_on", lookup_expr="lte", help_text="Published on or before (YYYY-MM-DD)."
    )
    year = YearFilter(field_name="source__year", help_text="Publication year, e.g. 2020.")
    page_number = WholeNumberFilter(
        field_name="source__page", min_value=1, max_value=999, help_text="Printed page number (第N版) of the source."
    )

    class Meta:
        model = Article
        fields = [
            "q",
            "source",
            "publication",
            "kind",
            "locality",
            "descendants",
            "program",
            "date_from",
            "date_to",
            "year",
            "page_number",
            "verified",
        ]

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.replace("\x00", "").strip()
        return search_articles(queryset, value) if value else queryset

    def filter_locality(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        descendants = self.form.cleaned_data.get("descendants") is not False
        ids = place_ids(value, descendants)
        mentioned = LocalityMention.objects.filter(ids_condition("locality", ids), article=OuterRef("pk"))
        return queryset.filter(Q(ids_condition("main_locality", ids)) | Q(Exists(mentioned)))

    def filter_program(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.filter(Exists(ProgramMention.objects.filter(program_id=value, article=OuterRef("pk"))))

    def filter_nothing(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset  # read by filter_locality
