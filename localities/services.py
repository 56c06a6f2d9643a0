"""Writes for localities: the tree's denormalised full names, and (for the import) places and mentions."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import TYPE_CHECKING

from django.db import IntegrityError
from django.db.models import Q

from core.corrections import apply_machine_values
from core.models import Origin
from core.sync import SyncContext, insert_unless_taken, save_with_history, sync_mentions
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


def _find_existing(place: Place, parent: Locality | None, ctx: SyncContext) -> tuple[Locality | None, bool]:
    """The stored row for a place: by official code, else by name under the parent, else by an alias there
    (a name an editor merged into another row). Returns (row, found_by_alias)."""
    same_name = Q(parent=parent) if parent else Q(parent__isnull=True)
    wanted = Q(name=place.name) & same_name
    if place.code:
        wanted |= Q(code=place.code)
    found = list(Locality.objects.filter(wanted))  # one query for both: most places looked up are new ones
    by_code = [row for row in found if place.code and row.code == place.code]
    if by_code or found:
        return (by_code or found)[0], False
    # A name an editor merged away lives on as an alias: first among the siblings, then anywhere at the same level
    # (the merged row may have hung under another parent). JSON containment is not portable to SQLite, so the
    # candidates are filtered in Python, read once per page and level.
    key = ("aliased places", place.level)
    if key not in ctx.memo:
        ctx.memo[key] = list(Locality.objects.exclude(aliases=[]).filter(level=place.level))
    candidates = sorted(ctx.memo[key], key=lambda row: row.parent_id != (parent.pk if parent else None))
    for candidate in candidates:
        if place.name in (candidate.aliases or []):
            return candidate, True
    return None, False


def ensure_locality(place: Place, ctx: SyncContext, cache: MutableMapping[str, Locality | None]) -> Locality | None:
    """The Locality row for a resolved place, creating it and its ancestors as needed; editors' changes win.

    Returns None when an editor deleted the place (tombstone): mentions of it are then not recorded either. Safe
    beside other importers writing at the same time: the unique constraints on code and on name under a parent
    make a concurrent creation of the same place fail in its savepoint, and the row the other import committed is
    used instead.
    """
    key = place.code or place.full_name
    if key in cache:
        return cache[key]
    parent = ensure_locality(place.parent, ctx, cache) if place.parent is not None else None
    locality, by_alias = _find_existing(place, parent, ctx)
    if locality is None:
        if key in ctx.tombstones(Locality):
            ctx.count_shared("localities", "skipped_deleted", key)
            cache[key] = None
            return None
        locality = _create(place, parent, ctx)
        if locality is not None:
            ctx.count_shared("localities", "created", locality.pk)
            cache[key] = locality
            return locality
        locality, by_alias = _find_existing(place, parent, ctx)  # another import created it just now
        if locality is None:
            raise IntegrityError(f"place {place.full_name} could neither be created nor found")
    if by_alias:
        ctx.count_shared("localities", "unchanged", locality.pk)
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
            ctx.count_shared("localities", "updated", locality.pk)
        else:
            ctx.count_shared("localities", "unchanged", locality.pk)
    cache[key] = locality
    return locality


def _create(place: Place, parent: Locality | None, ctx: SyncContext) -> Locality | None:
    """INSERT the place in a savepoint; None when another import committed the same place first."""
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
    if not insert_unless_taken(locality, ctx):
        return None
    if locality.aliases and ("aliased places", place.level) in ctx.memo:
        ctx.memo[("aliased places", place.level)].append(locality)
    return locality


def sync_locality_mentions(
    source: Source,
    found: list[tuple[Article, list[PlaceFact]]],
    ctx: SyncContext,
    cache: MutableMapping[str, Locality | None],
) -> None:
    """Upsert the page's place mentions by identity, each pointing at its (ensured) Locality row."""
    rows = []
    for article, facts in found:
        for fact in facts:
            locality = ensure_locality(fact.mention.place, ctx, cache)
            if locality is not None:
                rows.append((article, "locality", locality, fact))
    sync_mentions(LocalityMention, "locality_mentions", source, rows, ctx)
