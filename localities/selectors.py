"""Reads for localities."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from articles.models import Source
from localities.models import Level, Locality


def locality_record(locality: Locality) -> dict:
    """A locality as the export and the gold files describe it."""
    parent = locality.parent
    return {
        "name": locality.name,
        "full_name": locality.full_name,
        "level": locality.level,
        "parent_full_name": parent.full_name if parent else None,
        "code": locality.code,
    }


def export_localities(source: Source) -> list[dict]:
    """Each place mentioned in the source, once, in order of first mention."""
    localities = (
        Locality.objects.filter(mentions__article__source=source)
        .select_related("parent")
        .distinct()
        .order_by("full_name", "id")
    )
    return [locality_record(loc) for loc in localities]


# Ranks where every administrative division has an official code; zones are reported apart because NBS codes only
# some of them (a zone it does not code has no official code to give, however well it is resolved).
CODED_LEVELS = ("province", "prefecture", "county")


def code_coverage() -> list[dict]:
    """Per level, top down: how many places there are and how many carry an official division code."""
    rows = Locality.objects.order_by().values("level").annotate(total=Count("id"), coded=Count("code"))
    by_level = {row["level"]: row for row in rows}
    return [
        {"level": level, "total": by_level[level]["total"], "coded": by_level[level]["coded"]}
        for level in Level.values
        if level in by_level
    ]


def uncoded_places(levels: tuple[str, ...] = (*CODED_LEVELS, "zone")) -> QuerySet:
    """Places at these levels without a code, most mentioned first: what an editor should look at after an import."""
    return (
        Locality.objects.filter(level__in=levels, code__isnull=True)
        .annotate(mention_count=Count("mentions", distinct=True))
        .order_by("-mention_count", "full_name", "id")
    )
