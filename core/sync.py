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

from collections import ChainMap, Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, models, transaction
from django.utils import timezone

from core.corrections import (
    anchored_placement,
    apply_machine_values,
    key_string,
    placement_fields,
    tombstoned_keys,
)
from core.identity import MIN_SIMILARITY, NormalisedPage, fact_key, fact_similarity, number, pair_similar
from core.models import Origin
from core.sync_history import write_history

# A shared row (a place, a program) met on many pages counts once per run, with the strongest of its outcomes.
_SHARED_RANK = {"created": 3, "updated": 2, "skipped_deleted": 1, "unchanged": 0}


@dataclass
class Tally:
    """Created / updated / unchanged / deleted / failed counts per resource for one import.

    Rows of one page are counted as they are written (`add`). Rows many pages share are recorded by key
    (`add_shared`) and merged by key, so a run counts each once — a place the run created stays "created" however
    many later pages, in this process or a worker's, met it again."""

    counts: Counter = field(default_factory=Counter)
    shared: dict[tuple[str, Hashable], str] = field(default_factory=dict)

    def add(self, resource: str, outcome: str, n: int = 1) -> None:
        self.counts[(resource, outcome)] += n

    def add_shared(self, resource: str, key: Hashable, outcome: str) -> None:
        known = self.shared.get((resource, key))
        if known is None or _SHARED_RANK.get(outcome, 0) > _SHARED_RANK.get(known, 0):
            self.shared[(resource, key)] = outcome

    def merge(self, other: Tally) -> None:
        self.counts.update(other.counts)
        for (resource, key), outcome in other.shared.items():
            self.add_shared(resource, key, outcome)

    def _all(self) -> Counter:
        return self.counts + Counter((resource, outcome) for (resource, _), outcome in self.shared.items())

    def get(self, resource: str, outcome: str) -> int:
        return self._all()[(resource, outcome)]

    def as_dict(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (resource, outcome), n in sorted(self._all().items()):
            out.setdefault(resource, {})[outcome] = n
        return out

    def total(self, outcome: str) -> int:
        return sum(n for (_, o), n in self._all().items() if o == outcome)


@dataclass
class RunMemo:
    """The rows many pages share (places, programs) as this run has already found or written them, so that each
    is looked up once per run and process, not once per page.

    Pages add to it only when they commit (`SyncContext.commit_to_run`): a page rolled back (a failure, a retry,
    a dry run) leaves nothing behind that would point at rows that do not exist."""

    rows: dict[str, dict] = field(default_factory=dict)

    def forget(self) -> None:
        """Drop everything (after a failure that may mean a remembered row is gone)."""
        self.rows.clear()


@dataclass(frozen=True)
class SyncContext:
    """What every write of one page shares: the tally, the history user, the extractor version, and look-ups that
    do not change while the page is written (the tombstones) or that it fills as it goes (places, programs); with
    a `run`, the shared rows earlier pages of the same run committed."""

    tally: Tally
    history_user: Any = None
    extractor_version: str = ""
    memo: dict = field(default_factory=dict)
    run: RunMemo | None = None

    def tombstones(self, model: type[models.Model]) -> set[str]:
        key = ("tombstones", model)
        if key not in self.memo:
            self.memo[key] = tombstoned_keys(model)
        return self.memo[key]

    def cache(self, name: str) -> MutableMapping:
        """A memo owned by one service (e.g. resolved places → rows): this page's entries over the run's."""
        page = self.memo.setdefault(("cache", name), {})
        if self.run is None:
            return page
        return ChainMap(page, self.run.rows.setdefault(name, {}))

    def count_shared(self, resource: str, outcome: str, key: Hashable) -> None:
        """Tally a row many pages share once per run, with its strongest outcome (see `Tally`)."""
        self.tally.add_shared(resource, key, outcome)

    def commit_to_run(self) -> None:
        """The page committed: the shared rows it found or wrote now hold for the rest of the run."""
        if self.run is None:
            return
        for (kind, *name), value in self.memo.items():
            if kind == "cache":
                self.run.rows.setdefault(name[0], {}).update(value)


def save_with_history(instance: models.Model, ctx: SyncContext, reason: str = "import") -> None:
    """Save so that django-simple-history records the import as the author of the change."""
    instance._history_user = ctx.history_user
    instance._change_reason = reason
    instance.save()


def insert_unless_taken(instance: models.Model, ctx: SyncContext) -> bool:
    """INSERT a shared row (a place, a program) in a savepoint; False when another import committed the same
    natural key first — parallel writers meet on unique constraints, not on a global lock."""
    try:
        with transaction.atomic():
            save_with_history(instance, ctx)
    except IntegrityError:
        return False
    return True


def create_with_history(
    model: type[models.Model], instances: list[models.Model], ctx: SyncContext, reason: str = "import"
) -> None:
    """INSERT many new rows and their history rows in two statements (primary keys come back on PostgreSQL and
    SQLite ≥ 3.35), instead of two per row."""
    if not instances:
        return
    model._default_manager.bulk_create(instances, batch_size=500)
    _history_rows(model, instances, ctx, reason, update=False)


def update_with_history(
    model: type[models.Model], changes: list[tuple[models.Model, list[str]]], ctx: SyncContext, reason: str = "import"
) -> None:
    """UPDATE the changed fields of many rows in one statement per batch, and add their history rows in bulk."""
    if not changes:
        return
    fields = {name for _, changed in changes for name in changed}
    instances = [instance for instance, _ in changes]
    stamped = [f for f in model._meta.concrete_fields if getattr(f, "auto_now", False)]
    for stamp in stamped:  # bulk_update does not run auto_now; the row did change now
        now = timezone.now()
        for instance in instances:
            setattr(instance, stamp.attname, now)
        fields.add(stamp.name)
    model._default_manager.bulk_update(instances, sorted(fields), batch_size=500)
    _history_rows(model, instances, ctx, reason, update=True)


def _history_rows(
    model: type[models.Model], instances: list[models.Model], ctx: SyncContext, reason: str, *, update: bool
) -> None:
    write_history(model, instances, update=update, default_user=ctx.history_user, default_change_reason=reason)


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
