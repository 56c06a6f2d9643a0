"""One mechanism for writing extracted rows: upsert by natural key, respect locks and tombstones.

Every app's persistence service describes its rows as `(natural key, values)` pairs and hands them to `sync_rows`;
this module alone decides create / update / unchanged / delete, so the rules for editors' corrections live in one
place:
- a field an editor locked is never written (`core.corrections.apply_machine_values`);
- a row an editor deleted (tombstone) is never created again;
- a machine row the new extraction no longer produces is deleted, unless an editor locked, verified or created it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import models

from core.corrections import apply_machine_values, key_string, tombstoned_keys
from core.models import Origin


@dataclass
class Tally:
    """Created / updated / unchanged / deleted / failed counts per resource for one import."""

    counts: Counter = field(default_factory=Counter)

    def add(self, resource: str, outcome: str, n: int = 1) -> None:
        self.counts[(resource, outcome)] += n

    def merge(self, other: Tally) -> None:
        self.counts.update(other.counts)

    def get(self, resource: str, outcome: str) -> int:
        return self.counts[(resource, outcome)]

    def as_dict(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (resource, outcome), n in sorted(self.counts.items()):
            out.setdefault(resource, {})[outcome] = n
        return out

    def total(self, outcome: str) -> int:
        return sum(n for (_, o), n in self.counts.items() if o == outcome)


@dataclass(frozen=True)
class SyncContext:
    """What every write of one page shares: the tally, the history user, the extractor version, and look-ups that
    do not change while the page is written (the tombstones) or that it fills as it goes (places, programs)."""

    tally: Tally
    history_user: Any = None
    extractor_version: str = ""
    memo: dict = field(default_factory=dict)

    def tombstones(self, model: type[models.Model]) -> set[str]:
        key = ("tombstones", model)
        if key not in self.memo:
            self.memo[key] = tombstoned_keys(model)
        return self.memo[key]

    def cache(self, name: str) -> dict:
        """A per-page memo owned by one service (e.g. resolved places → rows)."""
        return self.memo.setdefault(("cache", name), {})


def save_with_history(instance: models.Model, ctx: SyncContext, reason: str = "import") -> None:
    """Save so that django-simple-history records the import as the author of the change."""
    instance._history_user = ctx.history_user
    instance._change_reason = reason
    instance.save()


def sync_rows(
    model: type[models.Model],
    resource: str,
    existing: Iterable[models.Model],
    rows: Iterable[tuple[Hashable, Mapping[str, Any]]],
    ctx: SyncContext,
    *,
    key_of: Callable[[models.Model], Hashable] = lambda instance: instance.natural_key(),
    delete_stale: bool = True,
) -> dict[Hashable, models.Model]:
    """Make the rows in the database match `rows` for one parent (a source, an article), editors winning.

    `existing` are the current rows of that parent; `rows` are the freshly extracted `(key, values)` pairs, keyed
    like `key_of(instance)` — by default the model's `natural_key()`, which is also what tombstones remember.
    Returns the saved instance for every key (created, updated or unchanged) so callers can link children to them.
    """
    current = {key_of(row): row for row in existing}
    deleted = ctx.tombstones(model)
    result: dict[Hashable, models.Model] = {}
    for key, values in rows:
        if key in result:
            continue  # the extraction produced the same row twice; the first wins
        instance = current.pop(key, None)
        if instance is None:
            if key_string(key) in deleted:
                ctx.tally.add(resource, "skipped_deleted")
                continue
            instance = model(**values, origin=Origin.IMPORT, extractor_version=ctx.extractor_version)
            save_with_history(instance, ctx)
            ctx.tally.add(resource, "created")
        else:
            changed = apply_machine_values(instance, values)
            if changed:
                instance.extractor_version = ctx.extractor_version
                save_with_history(instance, ctx)
                ctx.tally.add(resource, "updated")
            else:
                ctx.tally.add(resource, "unchanged")
        result[key] = instance
    if delete_stale:
        for instance in current.values():
            if instance.locked_fields or instance.verified or instance.origin == Origin.EDITOR:
                ctx.tally.add(resource, "kept_edited")
                continue
            instance._history_user = ctx.history_user
            instance._change_reason = "import: no longer extracted"
            instance.delete()
            ctx.tally.add(resource, "deleted")
    return result


def sync_mentions(
    model: type[models.Model],
    resource: str,
    article: models.Model,
    found: Iterable[tuple[str, models.Model, Any]],
    ctx: SyncContext,
) -> None:
    """Upsert an article's mentions of one kind (places, programs) by their offset in the page.

    `found` yields `(target field name, target row, fact)` where the fact has `span` (page offsets) and a
    `mention` with `text` and `confidence`; the printed text is cut to the column's length.
    """
    text_length = model._meta.get_field("text").max_length
    rows = [
        (
            (*article.natural_key(), fact.span.start),
            {
                "article": article,
                target_field: target,
                "text": fact.mention.text[:text_length],
                "start_offset": fact.span.start,
                "end_offset": fact.span.end,
                "confidence": fact.mention.confidence,
            },
        )
        for target_field, target, fact in found
    ]
    existing = model.objects.filter(article=article).select_related("article__source")
    sync_rows(model, resource, existing, rows, ctx)
