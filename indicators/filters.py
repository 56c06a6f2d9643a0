"""Indicator filters: place (with everything inside it), program, source, what and how much, when, correction state."""

from __future__ import annotations

from datetime import date

import django_filters
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import F, Q, QuerySet

from core.api.filters import (
    CorrectionFilterSet,
    DateMethodFilter,
    IdFilter,
    LocalityReferenceFilter,
    StrictBooleanFilter,
    TextContainsFilter,
    ValueBoundFilter,
    YearFilter,
    contains_lookup,
)
from core.api.lookups import AnyOf
from indicators.models import Indicator, MetricName, Qualifier
from localities.models import Level

# Above this many matching names the figures are tested with LIKE directly (the names' list would cost more to plan
# than the probe saves, and a needle that common matches much of the table anyway).
MAX_METRIC_NAMES = 2_000


def metric_contains(queryset: QuerySet, value: str, field: str = "metric") -> QuerySet:
    """Indicators whose metric contains `value` (ignoring case where case exists). On PostgreSQL the matching metric
    names are read from `MetricName` first (a few thousand names, tested with LIKE), then the figures are filtered by
    those names through the metric index: a substring test on millions of rows costs seconds, and a two-character
    Chinese needle (信贷) is too short for any trigram index. The same rows as the LIKE on the figures (the
    dictionary holds every metric they have)."""
    plain = queryset.filter(**{f"{field}__{contains_lookup(value)}": value})
    if connection.vendor != "postgresql" or queryset.model is not Indicator:
        return plain
    names = MetricName.objects.filter(**{f"metric__{contains_lookup(value)}": value})
    found = list(names.order_by().values_list("metric", flat=True)[: MAX_METRIC_NAMES + 1])
    if len(found) > MAX_METRIC_NAMES:
        return plain
    return queryset.filter(AnyOf(F(field), found)) if found else queryset.none()


class MetricContainsFilter(TextContainsFilter):
    """Part of the metric, looked up by name first on PostgreSQL (see `metric_contains`)."""

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        return qs if value in (None, "") else metric_contains(qs, value, self.field_name)


class IndicatorFilter(CorrectionFilterSet):
    locality = LocalityReferenceFilter(
        help_text="Id or official code of a locality, e.g. 370406: its indicators and those of every place inside "
        "it (set descendants=false for the place itself only).",
    )
    descendants = StrictBooleanFilter(
        method="filter_nothing", help_text="With `locality`: include places inside it (default true)."
    )
    locality_level = django_filters.ChoiceFilter(
        field_name="locality__level", choices=Level.choices, help_text="Level of the indicator's locality."
    )
    program = IdFilter(field_name="program_id", help_text="Program id.")
    source = IdFilter(field_name="article__source_id", help_text="Source id.")
    article = IdFilter(field_name="article_id", help_text="Article id.")
    unit = django_filters.CharFilter(help_text="Exact unit, e.g. 元, 户, 公里, %.")
    metric = MetricContainsFilter(help_text="Part of the metric, e.g. 贫困户 (letters in any case).")
    metric_exact = django_filters.CharFilter(field_name="metric", help_text="The metric exactly.")
    qualifier = django_filters.ChoiceFilter(choices=Qualifier.choices, help_text="exact, approx, at_least, ...")
    value_min = ValueBoundFilter(field_name="value", lookup_expr="gte", help_text="Value at least, e.g. 1000.")
    value_max = ValueBoundFilter(field_name="value", lookup_expr="lte", help_text="Value at most.")
    period_from = DateMethodFilter(
        method="filter_period_from", help_text="Periods starting on or after this date (YYYY-MM-DD), e.g. 2020-01-01."
    )
    period_to = DateMethodFilter(
        method="filter_period_to", help_text="Periods ending on or before this date (YYYY-MM-DD), e.g. 2020-12-31."
    )

    year = YearFilter(
        method="filter_year",
        help_text="Figures whose period overlaps this calendar year, e.g. 2020 (a period with no end date is the day "
        "it starts; figures with no period are left out). For the page's own date use source filters.",
    )

    class Meta:
        model = Indicator
        fields = [
            "locality",
            "descendants",
            "locality_level",
            "program",
            "source",
            "article",
            "unit",
            "metric",
            "metric_exact",
            "qualifier",
            "value_min",
            "value_max",
            "period_from",
            "period_to",
            "year",
            "verified",
        ]

    def is_valid(self) -> bool:
        valid = super().is_valid()
        if not valid:
            return False
        data = self.form.cleaned_data
        for low, high in (("value_min", "value_max"), ("period_from", "period_to")):
            if data.get(low) is not None and data.get(high) is not None and data[high] < data[low]:
                self.form.add_error(high, ValidationError(f"{high} is below {low}.", code="inverted_range"))
                return False
        return True

    def filter_period_from(self, queryset: QuerySet, name: str, value: date) -> QuerySet:
        return queryset.filter(period_start__gte=value) if value else queryset

    def filter_period_to(self, queryset: QuerySet, name: str, value: date) -> QuerySet:
        # A period with no end date is a single day: its start stands for its end.
        if not value:
            return queryset
        return queryset.filter(Q(period_end__lte=value) | Q(period_end__isnull=True, period_start__lte=value))

    def filter_year(self, queryset: QuerySet, name: str, value: int | None) -> QuerySet:
        if value is None:
            return queryset
        first, last = date(value, 1, 1), date(value, 12, 31)
        ends_in_or_after = Q(period_end__gte=first) | Q(period_end__isnull=True, period_start__gte=first)
        return queryset.filter(ends_in_or_after, period_start__lte=last)

    def filter_nothing(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset  # read by the locality filter
