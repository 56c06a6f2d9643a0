"""Writes for localities: the tree's denormalised full names, and (for the import) places and mentions."""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.db.models import Q

from core.corrections import apply_machine_values
from core.models import Origin
from core.sync import SyncContext, create_with_history, insert_unless_taken, save_with_history, sync_mentions
from localities.alias_lookup import AliasedPlaces
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
    return _find_by_alias(place, parent, ctx)


def _find_by_alias(place: Place, parent: Locality | None, ctx: SyncContext) -> tuple[Locality | None, bool]:
    # A name an editor merged away lives on as an alias: first among the siblings, then anywhere at the same level
    # (the merged row may have hung under another parent): the first sibling bearing the name, else the first.
    candidates = _aliased_places(ctx, place.level).bearing(place.name)
    parent_pk = parent.pk if parent else None
    for candidate in candidates:
        if candidate.parent_id == parent_pk:
            return candidate, True
    return (candidates[0], True) if candidates else (None, False)


def _aliased_places(ctx: SyncContext, level: str) -> AliasedPlaces:
    key = ("aliased places", level)
    if key not in ctx.memo:
        ctx.memo[key] = AliasedPlaces(level)
    return ctx.memo[key]


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
    _reconcile(place, parent, locality, by_alias, ctx)
    cache[key] = locality
    return locality


def _reconcile(place: Place, parent: Locality | None, locality: Locality, by_alias: bool, ctx: SyncContext) -> None:
    """Bring a stored row up to what the import read (editors' changes win) and count it."""
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


def ensure_localities(
    places: Iterable[Place | None], ctx: SyncContext, cache: MutableMapping[str, Locality | None]
) -> None:
    """Ensure every place of a page and its ancestors at once, one level of the tree at a time: one SELECT for
    the level's stored rows and one INSERT (and one for their history) for its new ones, instead of a look-up and
    a savepointed INSERT per place. `ensure_locality` then finds each in `cache`.

    The result is what `ensure_locality` gives place by place. When the level's INSERT meets a unique key — another
    importer committed one of the places just now, or two of the page's places turn out to be one row — it is
    rolled back alone and the level is ensured place by place, which handles both."""
    wanted: dict[str, Place] = {}

    def visit(place: Place) -> None:
        key = place.code or place.full_name
        if key not in cache and key not in wanted:
            if place.parent is not None:
                visit(place.parent)
            wanted[key] = place

    for place in places:
        if place is not None:
            visit(place)
    levels: dict[int, list[tuple[str, Place]]] = {}
    for key, place in wanted.items():
        levels.setdefault(len(place.chain), []).append((key, place))
    for depth in sorted(levels):
        _ensure_level(levels[depth], ctx, cache)


def _ensure_level(
    batch: list[tuple[str, Place]], ctx: SyncContext, cache: MutableMapping[str, Locality | None]
) -> None:
    parents = {key: _cached_parent(place, cache) for key, place in batch}
    stored = _stored_rows(batch, parents)
    found: dict[str, Locality | None] = {}
    for key, place in batch:
        parent_pk = parents[key].pk if parents[key] else None
        matches = [row for row in stored if place.code and row.code == place.code]
        matches += [row for row in stored if row.name == place.name and row.parent_id == parent_pk]
        found[key] = matches[0] if matches else None
    unmatched: dict[str, set[str]] = {}
    for key, place in batch:
        if found[key] is None:
            unmatched.setdefault(place.level, set()).add(place.name)
    for level, names in unmatched.items():  # the level's aliases asked at once, not place by place
        _aliased_places(ctx, level).fetch(names)
    new: list[tuple[str, Place, Locality]] = []
    for key, place in batch:
        parent = parents[key]
        stored_row = found[key]
        locality, by_alias = (stored_row, False) if stored_row is not None else _find_by_alias(place, parent, ctx)
        if locality is not None:
            _reconcile(place, parent, locality, by_alias, ctx)
            cache[key] = locality
        elif key in ctx.tombstones(Locality):
            ctx.count_shared("localities", "skipped_deleted", key)
            cache[key] = None
        else:
            new.append((key, place, _new_row(place, parent, ctx)))
    if not new:
        return
    try:
        with transaction.atomic():
            create_with_history(Locality, [row for _, _, row in new], ctx)
    except IntegrityError:  # a place another import just committed, or two of ours that are one row
        for _key, place, _row in new:
            ensure_locality(place, ctx, cache)
        return
    for key, place, locality in new:
        _remember_aliased(locality, place, ctx)
        ctx.count_shared("localities", "created", locality.pk)
        cache[key] = locality


def _cached_parent(place: Place, cache: MutableMapping[str, Locality | None]) -> Locality | None:
    parent = place.parent
    return cache[parent.code or parent.full_name] if parent is not None else None


def _stored_rows(batch: list[tuple[str, Place]], parents: dict[str, Locality | None]) -> list[Locality]:
    """The stored rows any place of one level may be (by code, or by name under its parent), in one query.

    It asks for every name of the level under every parent of the level (a few rows more than the exact pairs,
    which the caller matches pair by pair) instead of one OR-ed condition per place, whose compilation cost more
    than the query."""
    codes = {place.code for _, place in batch if place.code}
    names = {place.name for _, place in batch}
    parent_pks = {parent.pk for parent in parents.values() if parent is not None}
    wanted = Q(code__in=codes) if codes else Q(pk__in=[])
    if parent_pks:
        wanted |= Q(name__in=names, parent__in=parent_pks)
    if any(parent is None for parent in parents.values()):
        wanted |= Q(name__in=names, parent__isnull=True)
    return list(Locality.objects.filter(wanted).order_by("pk"))


def _new_row(place: Place, parent: Locality | None, ctx: SyncContext) -> Locality:
    return Locality(
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


def _create(place: Place, parent: Locality | None, ctx: SyncContext) -> Locality | None:
    """INSERT the place in a savepoint; None when another import committed the same place first."""
    locality = _new_row(place, parent, ctx)
    if not insert_unless_taken(locality, ctx):
        return None
    _remember_aliased(locality, place, ctx)
    return locality


def _remember_aliased(locality: Locality, place: Place, ctx: SyncContext) -> None:
    # Only once the page has looked up this level's aliases: a later look-up reads the row from the database.
    if locality.aliases and ("aliased places", place.level) in ctx.memo:
        ctx.memo[("aliased places", place.level)].add_created(locality)


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
