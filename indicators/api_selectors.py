"""Indicator reads for the API: the list with its evidence in one query, and grouped aggregates."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import CharField, Count, F, Max, Min, QuerySet, Sum
from django.db.models.functions import Cast, Coalesce, ExtractYear

from indicators.models import Indicator
from localities.api_selectors import ids_condition
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


def summarise(queryset: QuerySet, group_by: str | None) -> list[dict]:
    """count/sum/min/max of `value` per group and unit, exact (decimal sums); rows ordered by unit, then group key
    numerically. `group_by` is one of SUMMARY_GROUPINGS."""
    if group_by in ROLLUPS:
        return sorted(_rolled_up(queryset, ROLLUPS[group_by]), key=lambda row: (row["unit"], _group_order(row)))
    key, label = GROUPINGS[group_by] if group_by else (None, None)
    grouped = queryset.order_by()
    names = ["unit"]
    if key is not None:
        grouped = grouped.annotate(group_key=Cast(key, CharField()))
        names.append("group_key")
        if label is not None:
            grouped = grouped.annotate(group_label=label)
            names.append("group_label")
    rows = grouped.values(*names).annotate(count=Count("id"), sum=Sum("value"), min=Min("value"), max=Max("value"))
    return sorted(rows, key=lambda row: (row["unit"], _group_order(row)))


def _rolled_up(queryset: QuerySet, levels: tuple[str, ...]) -> list[dict]:
    """Per place first (one grouped query over the (place, unit, value) index), then each place's figures added to
    its ancestor at `levels` — sums of decimals, so exact. Figures with no place at or below those levels (a
    province-wide figure when grouping by county, or no place at all) form one group with a null key."""
    per_place = (
        queryset.order_by()
        .values("unit", "locality_id")
        .annotate(count=Count("*"), sum=Sum("value"), min=Min("value"), max=Max("value"))
    )
    per_place = list(per_place)
    owner = _ancestor_at({row["locality_id"] for row in per_place if row["locality_id"]}, levels)
    groups: dict[tuple[str, int | None], dict] = {}
    for row in per_place:
        target = owner.get(row["locality_id"])
        group_id, label = target if target else (None, None)
        group = groups.get((row["unit"], group_id))
        if group is None:
            group = groups[(row["unit"], group_id)] = {
                "unit": row["unit"],
                "group_key": None if group_id is None else str(group_id),
                "group_label": label,
                "count": 0,
                "sum": Decimal(0),
                "min": row["min"],
                "max": row["max"],
            }
        group["count"] += row["count"]
        group["sum"] += row["sum"]
        group["min"] = min(group["min"], row["min"])
        group["max"] = max(group["max"], row["max"])
    return list(groups.values())


def _ancestor_at(place_ids: set[int], levels: tuple[str, ...]) -> dict[int, tuple[int, str]]:
    """For each place, (id, full name) of itself or its nearest ancestor at one of `levels`, where there is one.
    Reads the tree upwards one level per query, climbing only from places not yet at those levels (a handful of
    queries, however many places), then the names of the places found."""
    parent: dict[int, int | None] = {}
    level: dict[int, str] = {}
    wanted = set(place_ids)
    while wanted:
        rows = Locality.objects.filter(ids_condition("pk", sorted(wanted))).values_list("id", "parent_id", "level")
        wanted = set()
        for place_id, parent_id, place_level in rows:
            parent[place_id], level[place_id] = parent_id, place_level
            if place_level not in levels and parent_id is not None and parent_id not in parent:
                wanted.add(parent_id)
    found: dict[int, int] = {}
    for place_id in place_ids:
        node, seen = place_id, set()
        while node is not None and node in level and level[node] not in levels and node not in seen:
            seen.add(node)
            node = parent.get(node)
        if node is not None and level.get(node) in levels:
            found[place_id] = node
    names = dict(
        Locality.objects.filter(ids_condition("pk", sorted(set(found.values())))).values_list("id", "full_name")
    )
    return {place_id: (owner, names.get(owner, "")) for place_id, owner in found.items()}
