"""Reads for localities."""

from __future__ import annotations

from articles.models import Source
from localities.models import Locality


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
