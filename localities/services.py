"""Writes for localities: the tree's denormalised full names, and (for the import) places and mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.corrections import apply_machine_values
from core.models import Origin
from core.sync import SyncContext, save_with_history, sync_mentions
from localities.models import Locality, LocalityMention

if TYPE_CHECKING:
    from articles.models import Article, Source
    from core.extraction import PlaceFact
    from localities.resolver import Place


def refresh_full_names(locality: Locality) -> int:
    """Recompute `full_name` for `locality` and its whole subtree (after a rename or a move); returns rows changed.

    `full_name` is stored so that lists, filters and exports need no recursive query; this is the one place that
    keeps it true. Call it after any edit of `name` or `parent`.
    """
    changed = 0
    stack = [locality]
    while stack:
        node = stack.pop()
        full_name = node.computed_full_name()
        if node.full_name != full_name:
            Locality.objects.filter(pk=node.pk).update(full_name=full_name)
            node.full_name = full_name
            changed += 1
        stack.extend(node.children.all())
    return changed


def _find_existing(place: Place, parent: Locality | None) -> tuple[Locality | None, bool]:
    """The stored row for a place: by official code, else by name under the parent, else by an alias there
    (a name an editor merged into another row). Returns (row, found_by_alias)."""
    if place.code:
        by_code = Locality.objects.filter(code=place.code).first()
        if by_code is not None:
            return by_code, False
    siblings = Locality.objects.filter(parent=parent) if parent else Locality.objects.filter(parent__isnull=True)
    by_name = siblings.filter(name=place.name).first()
    if by_name is not None:
        return by_name, False
    # A name an editor merged away lives on as an alias: first among the siblings, then anywhere at the same level
    # (the merged row may have hung under another parent). JSON containment is not portable to SQLite, so the
    # candidates are filtered in Python; rows with aliases are few.
    with_aliases = Locality.objects.exclude(aliases=[]).filter(level=place.level)
    candidates = sorted(with_aliases, key=lambda row: row.parent_id != (parent.pk if parent else None))
    for candidate in candidates:
        if place.name in (candidate.aliases or []):
            return candidate, True
    return None, False


def ensure_locality(place: Place, ctx: SyncContext, cache: dict[str, Locality | None]) -> Locality | None:
    """The Locality row for a resolved place, creating it and its ancestors as needed; editors' changes win.

    Returns None when an editor deleted the place (tombstone): mentions of it are then not recorded either.
    """
    key = place.code or place.full_name
    if key in cache:
        return cache[key]
    parent = ensure_locality(place.parent, ctx, cache) if place.parent is not None else None
    locality, by_alias = _find_existing(place, parent)
    if by_alias:
        ctx.tally.add("localities", "unchanged")
    elif locality is None:
        if key in ctx.tombstones(Locality):
            ctx.tally.add("localities", "skipped_deleted")
            cache[key] = None
            return None
        locality = Locality(
            name=place.name,
            level=place.level,
            parent=parent,
            code=place.code,
            in_gazetteer=place.verified,
            aliases=sorted(set(place.aliases)),
            full_name=(parent.full_name if parent else "") + place.name,
            origin=Origin.IMPORT,
            extractor_version=ctx.extractor_version,
        )
        save_with_history(locality, ctx)
        ctx.tally.add("localities", "created")
    else:
        values = {
            "name": place.name,
            "level": place.level,
            "parent": parent,
            "code": place.code or locality.code,
            "in_gazetteer": place.verified or locality.in_gazetteer,
            "aliases": sorted(set(locality.aliases or []) | set(place.aliases)),
        }
        changed = apply_machine_values(locality, values)
        if changed:
            save_with_history(locality, ctx)
            if {"name", "parent"} & set(changed):
                refresh_full_names(locality)
            ctx.tally.add("localities", "updated")
        else:
            ctx.tally.add("localities", "unchanged")
    cache[key] = locality
    return locality


def sync_locality_mentions(
    source: Source,
    found: list[tuple[Article, list[PlaceFact]]],
    ctx: SyncContext,
    cache: dict[str, Locality | None],
) -> None:
    """Upsert the page's place mentions by identity, each pointing at its (ensured) Locality row."""
    rows = []
    for article, facts in found:
        for fact in facts:
            locality = ensure_locality(fact.mention.place, ctx, cache)
            if locality is not None:
                rows.append((article, "locality", locality, fact))
    sync_mentions(LocalityMention, "locality_mentions", source, rows, ctx)
