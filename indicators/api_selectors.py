"""Indicator reads for the API: the list with its evidence in one query, and grouped aggregates."""

from __future__ import annotations

from decimal import Decimal

from django.db import connection
from django.db.models import CharField, Count, F, Max, Min, QuerySet, Sum
from django.db.models.functions import Cast, Coalesce, ExtractYear

from indicators.models import Indicator, UnitPlaceTotal
from localities.models import Locality

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


# group_by value -> the levels a place is rolled up to (a zone sits at county rank under its prefecture)
ROLLUPS = {
    "province": ("province",),
    "prefecture": ("prefecture",),
    "county": ("county", "zone"),
}
SUMMARY_GROUPINGS = (*GROUPINGS, *ROLLUPS)


def _group_order(row: dict) -> tuple:
    """Groups in numeric order of their key (ids and years are numbers: 2 before 14), the no-group row last."""
    key = row.get("group_key")
    if key is None:
        return (2, 0, "")
    return (0, int(key), "") if str(key).isdigit() else (1, 0, str(key))


# What a group's figures add up to, read from the indicators themselves or from their maintained per-place totals.
MEASURES = {"count": Count("id"), "sum": Sum("value"), "min": Min("value"), "max": Max("value")}
TOTALS_MEASURES = {"count": Sum("count"), "sum": Sum("total"), "min": Min("low"), "max": Max("high")}
# Groupings the per-place totals can answer (a place, its level, or the place it lies in); not period or program.
TOTALS_GROUPINGS = (None, "locality", "level", *ROLLUPS)


def summarise(queryset: QuerySet, group_by: str | None) -> list[dict]:
    """count/sum/min/max of `value` per group and unit, exact (decimal sums); rows ordered by unit, then group key
    numerically. `group_by` is one of SUMMARY_GROUPINGS; `queryset` holds indicators or, for TOTALS_GROUPINGS,
    their `UnitPlaceTotal` rows (the same answer from a few thousand rows instead of millions)."""
    totals = queryset.model is UnitPlaceTotal
    measures = TOTALS_MEASURES if totals else MEASURES
    if group_by in ROLLUPS:
        if totals:  # already one row per unit and place
            per_place = queryset.order_by().values("unit", "locality_id", "total", "low", "high", n=F("count"))
        else:
            per_place = queryset.order_by().values("unit", "locality_id")
            per_place = per_place.annotate(n=Count("id"), total=Sum("value"), low=Min("value"), high=Max("value"))
        return sorted(_rolled_up(per_place, ROLLUPS[group_by]), key=lambda row: (row["unit"], _group_order(row)))
    key, label = GROUPINGS[group_by] if group_by else (None, None)
    grouped = queryset.order_by()
    names = ["unit"]
    if key is not None:
        grouped = grouped.annotate(group_key=Cast(key, CharField()))
        names.append("group_key")
        if label is not None:
            grouped = grouped.annotate(group_label=label)
            names.append("group_label")
    rows = grouped.values(*names).annotate(**measures)
    return sorted(
        ({**row, "count": int(row["count"])} for row in rows), key=lambda row: (row["unit"], _group_order(row))
    )


# How many steps up the tree a figure's place may be from the place it is rolled up to (village → township →
# county is two; a natural village inside a village, under a community-level place, stays well inside this).
ROLLUP_DEPTH = 6


def _rolled_up(per_place: QuerySet, levels: tuple[str, ...]) -> list[dict]:
    """Per place first (`per_place`: unit, locality_id, n, total, low, high — one grouped query over the (unit,
    place, value) index or the maintained totals), then each place's totals added to
    itself or its nearest ancestor at `levels`, found by joining up the tree, all in the same statement — exact
    decimal sums, a row per group back. Figures with no place at or below those levels (a province-wide
    figure when grouping by county, or no place at all) form one group with a null key."""
    inner, params = per_place.query.sql_with_params()
    table = Locality._meta.db_table
    joins = [f'LEFT JOIN {table} l0 ON l0.id = g."locality_id"'] + [
        f"LEFT JOIN {table} l{step} ON l{step}.id = l{step - 1}.parent_id" for step in range(1, ROLLUP_DEPTH + 1)
    ]
    wanted = ", ".join("%s" for _ in levels)
    owner = (
        "COALESCE("
        + ", ".join(f"CASE WHEN l{step}.level IN ({wanted}) THEN l{step}.id END" for step in range(ROLLUP_DEPTH + 1))
        + ")"
    )
    rolled = (
        f"SELECT g.unit, {owner} AS owner, SUM(g.n) AS n, SUM(g.total) AS total, MIN(g.low) AS low, "
        f"MAX(g.high) AS high FROM ({inner}) g {' '.join(joins)} GROUP BY g.unit, {owner}"
    )
    # each group's name in the same statement (a second query for a hundred names cost as much as a join)
    sql = (
        f"SELECT r.unit, r.owner, r.n, r.total, r.low, r.high, named.full_name FROM ({rolled}) r "
        f"LEFT JOIN {table} named ON named.id = r.owner"
    )
    owner_params = [*levels] * (ROLLUP_DEPTH + 1)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*owner_params, *params, *owner_params])
        rows = cursor.fetchall()
    return [
        {
            "unit": unit,
            "group_key": None if place is None else str(place),
            "group_label": name,
            "count": int(count),
            "sum": _decimal(total),
            "min": _decimal(low),
            "max": _decimal(high),
        }
        for unit, place, count, total, low, high, name in rows
    ]


def _decimal(value: object) -> Decimal | None:
    """A database number as an exact Decimal (SQLite hands back floats or strings for numeric expressions)."""
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value))
