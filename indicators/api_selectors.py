"""Indicator reads for the API: the list with its evidence in one query, and grouped aggregates."""

from __future__ import annotations

from django.db.models import CharField, Count, F, Max, Min, QuerySet, Sum
from django.db.models.functions import Cast, Coalesce, ExtractYear

from indicators.models import Indicator

# group_by value -> (key expression, label expression)
GROUPINGS = {
    "locality": (F("locality_id"), F("locality__full_name")),
    "level": (F("locality__level"), F("locality__level")),
    "period": (ExtractYear(Coalesce("period_end", "period_start")), None),
    "program": (F("program_id"), F("program__name")),
}


def indicator_list_queryset() -> QuerySet:
    """Indicators with what their evidence needs (article title, source name, place, program) in the same query;
    the article body and the page text stay in the database."""
    return Indicator.objects.select_related("article__source", "locality", "program").defer(
        "article__body", "article__search_text", "article__keywords", "article__source__text"
    )


def summarise(queryset: QuerySet, group_by: str | None) -> list[dict]:
    """count/sum/min/max of `value` per group and unit, in one query; rows come back ordered by group key."""
    key, label = GROUPINGS[group_by] if group_by else (None, None)
    grouped = queryset.order_by()
    names = ["unit"]
    if key is not None:
        grouped = grouped.annotate(group_key=Cast(key, CharField()))
        names.append("group_key")
        if label is not None:
            grouped = grouped.annotate(group_label=label)
            names.append("group_label")
    rows = (
        grouped.values(*names)
        .annotate(count=Count("id"), sum=Sum("value"), min=Min("value"), max=Max("value"))
        .order_by(*names[1:], "unit")
    )
    return list(rows)
