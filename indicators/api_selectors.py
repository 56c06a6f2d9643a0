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


# What a row shows of its article, page, place and program; nothing else of them is read (the article body, the page
# text and the JSON alias lists would be fetched, decoded and thrown away for every row).
RELATED_FIELDS = (
    "article__title",
    "article__source_id",
    "article__source__name",
    "locality__full_name",
    "locality__level",
    "locality__code",
    "program__name",
)


def indicator_list_queryset() -> QuerySet:
    """Indicators with what their evidence needs (article title, source name, place, program) in the same query."""
    own = [field.name for field in Indicator._meta.concrete_fields]
    return Indicator.objects.select_related("article__source", "locality", "program").only(*own, *RELATED_FIELDS)


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
