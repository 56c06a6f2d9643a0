"""One mechanism for writing extracted rows: upsert by identity, respect locks and tombstones.

Every app's persistence service describes its rows as `(natural key, values)` pairs and hands them to `sync_rows`;
this module alone decides create / update / unchanged / delete, so the rules for editors' corrections live in one
place (the model of openstates-core's importer: one base decides, each resource only says how to key its rows):
- rows are keyed by their shift-tolerant identity (`core.identity`), never by offsets, so a re-OCR that moves the
  text re-anchors rows (offsets recomputed on the new text) instead of deleting and re-creating them;
- a field an editor locked is never written (`core.corrections.apply_machine_values`);
- a row an editor deleted (tombstone) is never created again;
- a machine row the new extraction no longer produces is deleted, unless an editor locked, verified or created it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any

from django.db import models

from core.corrections import anchored_placement, apply_machine_values, key_string, placement_fields
from core.identity import MIN_SIMILARITY, NormalisedPage, fact_key, fact_similarity, number, pair_similar
from core.models import Origin
from core.sync_context import RunMemo, SyncContext, Tally
from core.sync_writes import create_with_history, insert_unless_taken, save_with_history, update_with_history

# The context (`core.sync_context`) and the write primitives (`core.sync_writes`) live in modules of their own;
# they are importable from here too, where the services and the pipeline have always found them.
__all__ = [
    "RunMemo",
    "SyncContext",
    "Tally",
    "create_with_history",
    "insert_unless_taken",
    "normalised_page",
    "remove_stale",
    "save_with_history",
    "sync_facts",
    "sync_mentions",
    "sync_rows",
    "update_with_history",
]

Score = Callable[..., float | None]


def sync_rows(
    model: type[models.Model],
    resource: str,
    existing: Iterable[models.Model],
    rows: Iterable[tuple[Hashable, Mapping[str, Any]]],
    ctx: SyncContext,
    *,
    key_of: Callable[[models.Model], Hashable] = lambda instance: instance.natural_key(),
    delete_stale: bool = True,
    page: NormalisedPage | None = None,
    similar: Score | None = None,
    similar_deleted: Score | None = None,
    stale: list[models.Model] | None = None,
) -> dict[Hashable, models.Model]:
    """Make the rows in the database match `rows` for one parent (a source), editors winning.

    `existing` are the current rows of that parent; `rows` are the freshly extracted `(key, values)` pairs, keyed
    like `key_of(instance)` — by default the model's `natural_key()`, which is also what tombstones remember. A
    row whose key ends in None (one an editor created) is never matched to an extracted row.

    Matching, in order: equal keys; then, for what is left on both sides, `similar(instance, key, values)` pairs
    an old row with a new one when a small edit changed the key (a character fixed in the sentence); a new row
    equal to a tombstone, or `similar_deleted(tombstone key, key)` to one, is not created. Rows matched either way
    are updated in place — identity, parent and offsets re-anchored on the new `page`, locked fields kept.
    Rows no longer extracted are deleted (`remove_stale`) — or, when a `stale` list is given, put in it for the
    caller to remove once their children have moved to the rows that now hold them.
    Returns the saved instance for every key (created, updated or unchanged) so callers can link children to them.
    """
    current: dict[Hashable, models.Model] = {}
    unkeyed: list[models.Model] = []
    for row in existing:
        key = key_of(row)
        if key is None or (isinstance(key, tuple) and key[-1] is None) or key in current:
            unkeyed.append(row)
        else:
            current[key] = row
    deleted = ctx.tombstones(model)
    result: dict[Hashable, models.Model] = {}
    fresh: dict[Hashable, Mapping[str, Any]] = {}
    changes: list[tuple[models.Model, list[str]]] = []
    for key, values in rows:
        if key in result or key in fresh:
            continue  # the extraction produced the same row twice; the first wins
        instance = current.pop(key, None)
        if instance is None and key_string(key) in deleted:
            ctx.tally.add(resource, "skipped_deleted")
        elif instance is None:
            fresh[key] = values
        else:
            result[key] = _update(instance, values, resource, ctx, page, changes)
    if similar is not None and fresh and current:
        for instance, key in pair_similar(
            list(current.values()), list(fresh), lambda row, key: similar(row, key, fresh[key])
        ):
            current.pop(key_of(instance))
            result[key] = _update(instance, fresh.pop(key), resource, ctx, page, changes)
            ctx.tally.add(resource, "reanchored")
    update_with_history(model, changes, ctx)
    near: dict[str, list[str]] = {}
    created: list[models.Model] = []
    for key, values in fresh.items():
        if _is_deleted(key, deleted, similar_deleted, near):
            ctx.tally.add(resource, "skipped_deleted")
            continue
        instance = model(**values, origin=Origin.IMPORT, extractor_version=ctx.extractor_version)
        if page is not None:
            for name, value in anchored_placement(instance, values, page).items():
                setattr(instance, name, value)
        created.append(instance)
        result[key] = instance
    create_with_history(model, created, ctx)
    if created:
        ctx.tally.add(resource, "created", len(created))
    if stale is not None:
        stale.extend([*current.values(), *unkeyed])
    elif delete_stale:
        remove_stale([*current.values(), *unkeyed], resource, ctx, page)
    return result


def remove_stale(
    rows: Iterable[models.Model], resource: str, ctx: SyncContext, page: NormalisedPage | None = None
) -> None:
    """Delete the machine rows a page no longer yields; keep (and re-anchor) those an editor touched, and those
    still holding rows that deleting them would cascade to (an editor's figure in an article no longer found)."""
    for instance in rows:
        if instance.locked_fields or instance.verified or instance.origin == Origin.EDITOR:
            _keep_edited(instance, resource, ctx, page)
            continue
        if _holds_rows(instance):
            ctx.tally.add(resource, "kept_edited")
            continue
        instance._history_user = ctx.history_user
        instance._change_reason = "import: no longer extracted"
        instance.delete()
        ctx.tally.add(resource, "deleted")


def _update(
    instance: models.Model,
    values: Mapping[str, Any],
    resource: str,
    ctx: SyncContext,
    page: NormalisedPage | None,
    changes: list[tuple[models.Model, list[str]]],
) -> models.Model:
    """Set the machine values the editor left alone; a changed row joins `changes`, written in bulk by the caller."""
    changed = apply_machine_values(instance, values, page)
    if changed:
        instance.extractor_version = ctx.extractor_version
        changes.append((instance, [*changed, "extractor_version"]))
        ctx.tally.add(resource, "updated")
    else:
        ctx.tally.add(resource, "unchanged")
    return instance


def _is_deleted(key: Hashable, deleted: set[str], similar_deleted: Score | None, near: dict[str, list[str]]) -> bool:
    """Whether an editor deleted this row: its key is tombstoned, or (a small edit later) one very like it.
    `near` memoises the tombstoned identities under each parent key (a source)."""
    text = key_string(key)
    if text in deleted:
        return True
    if similar_deleted is None or not isinstance(key, tuple) or len(key) < 2:
        return False
    prefix = key_string(key[:-1]) + "|"
    if prefix not in near:
        near[prefix] = [tomb[len(prefix) :] for tomb in deleted if tomb.startswith(prefix)]
    return any(
        (score := similar_deleted(identity, key[-1])) is not None and score >= MIN_SIMILARITY
        for identity in near[prefix]
    )


def _holds_rows(instance: models.Model) -> bool:
    return any(
        relation.related_model._default_manager.filter(**{relation.field.name: instance}).exists()
        for relation in instance._meta.related_objects
        if relation.one_to_many and relation.on_delete is models.CASCADE
    )


def _keep_edited(instance: models.Model, resource: str, ctx: SyncContext, page: NormalisedPage | None) -> None:
    """An edited row the page no longer yields stays; its offsets follow its text into the new page where it is
    still printed, and never point past the page's end."""
    ctx.tally.add(resource, "kept_edited")
    if page is None:
        return
    values = anchored_placement(instance, {}, page)
    for name in placement_fields(instance):
        if name.endswith("_offset") or name.endswith(("_start", "_end")):
            value = values.get(name, getattr(instance, name))
            values[name] = min(value, len(page.page))
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        save_with_history(instance, ctx, reason="import: re-anchored")


def sync_mentions(
    model: type[models.Model],
    resource: str,
    source: models.Model,
    found: Iterable[tuple[models.Model, str, models.Model, Any]],
    ctx: SyncContext,
) -> None:
    """Upsert a source's mentions of one kind (places, programs) by their shift-tolerant identity.

    `found` yields `(article, target field name, target row, fact)` where the fact has `span` (page offsets) and a
    `mention` with `text` and `confidence`; the printed text is cut to the column's length. One mention per page
    offset (the first found wins).
    """
    page = normalised_page(source, ctx)
    text_length = model._meta.get_field("text").max_length
    facts = {}
    for article, target_field, target, fact in found:
        facts.setdefault(fact.span.start, (article, target_field, target, fact))
    ordered = [facts[start] for start in sorted(facts)]
    identities = number(fact_key(page, f.span.start, f.span.end, f.mention.text) for _, _, _, f in ordered)
    rows = [
        (
            (*source.natural_key(), identity),
            {
                "identity": identity,
                "article": article,
                target_field: target,
                "text": fact.mention.text[:text_length],
                "start_offset": fact.span.start,
                "end_offset": fact.span.end,
                "confidence": fact.mention.confidence,
            },
        )
        for identity, (article, target_field, target, fact) in zip(identities, ordered, strict=True)
    ]
    existing = model.objects.filter(article__source=source).select_related("article__source")
    sync_facts(model, resource, existing, rows, ctx, page)


def sync_facts(
    model: type[models.Model],
    resource: str,
    existing: Iterable[models.Model],
    rows: list[tuple[Hashable, Mapping[str, Any]]],
    ctx: SyncContext,
    page: NormalisedPage,
) -> None:
    """`sync_rows` for figures and mentions: a row whose sentence changed a little is still the same row."""
    sync_rows(
        model,
        resource,
        existing,
        rows,
        ctx,
        page=page,
        similar=lambda row, key, values: fact_similarity(row.identity, key[-1]) if row.identity else None,
        similar_deleted=fact_similarity,
    )


def normalised_page(source: models.Model, ctx: SyncContext) -> NormalisedPage:
    """The source's current text, squashed once per page write."""
    key = ("page", source.pk)
    if key not in ctx.memo or ctx.memo[key].page != source.text:
        ctx.memo[key] = NormalisedPage(source.text)
    return ctx.memo[key]
