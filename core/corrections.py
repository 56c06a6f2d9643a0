"""Editors' corrections win: locks on changed fields, tombstones for deleted rows.

These are the only functions that decide whether the import may write a value. The admin and the API lock what an
editor changes through `lock_fields`; the import writes through `apply_machine_values`, which skips locked fields.

What a row *is* — its identity, which locks and tombstones are attached to — is `natural_key()`: for rows the
import extracts, the source plus a shift-tolerant identity (`core.identity`), never an offset. Where a row *is*
on the page (its `placement_fields`: offsets, position) is never an editor's to lock: it describes the current
page text, so the import re-anchors it on every changed page — for a text the editor corrected (an `anchors`
text field that is locked), by finding that text again in the new page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models

from core.identity import NormalisedPage
from core.models import Tombstone

# Bookkeeping fields an edit touches without being a correction of the data.
UNLOCKABLE_FIELDS = frozenset(
    {
        "id",
        "identity",
        "locked_fields",
        "verified",
        "origin",
        "created_at",
        "updated_at",
        "confidence",
        "extractor_version",
    }
)


def model_label(model: type[models.Model] | models.Model) -> str:
    return model._meta.label_lower


def key_string(natural_key: Iterable[Any]) -> str:
    return "|".join(str(part) for part in natural_key)


def placement_fields(model: type[models.Model] | models.Model) -> frozenset[str]:
    """Fields that say where a row is on its page (offsets, position): the import keeps them true, nobody locks them."""
    return frozenset(getattr(model, "placement_fields", ()))


def lock_fields(instance: models.Model, field_names: Iterable[str]) -> list[str]:
    """Add `field_names` to the instance's locks (not saved); returns the new lock list."""
    locked = set(instance.locked_fields or [])
    never = UNLOCKABLE_FIELDS | placement_fields(instance)
    locked.update(name for name in field_names if name not in never)
    instance.locked_fields = sorted(locked)
    return instance.locked_fields


def unlock_fields(instance: models.Model, field_names: Iterable[str] | None = None) -> list[str]:
    """Give fields back to the machine (all of them when `field_names` is None); not saved."""
    if field_names is None:
        instance.locked_fields = []
    else:
        drop = set(field_names)
        instance.locked_fields = [name for name in instance.locked_fields or [] if name not in drop]
    return instance.locked_fields


def apply_machine_values(
    instance: models.Model, values: Mapping[str, Any], page: NormalisedPage | None = None
) -> list[str]:
    """Set the extracted values the editor has not locked; returns the names of the fields that changed.

    With the new `page`, placement fields are re-anchored: a text field the editor locked keeps its text and gets
    the offsets of that text in the new page (the occurrence nearest the machine's), so evidence keeps pointing at
    its words."""
    if page is not None:
        values = {**values, **anchored_placement(instance, values, page)}
    locked = set(instance.locked_fields or []) - placement_fields(instance)
    changed = []
    for name, value in values.items():
        if name in locked:
            continue
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed.append(name)
    return changed


def anchored_placement(instance: models.Model, values: Mapping[str, Any], page: NormalisedPage) -> dict[str, int]:
    """Offsets that make each of the instance's texts point at its words in `page`.

    A text the editor locked keeps its words, so they are looked for near the machine's offsets in `values` (near
    the row's own offsets when `values` is empty: a row the import keeps but no longer extracts); so is a machine
    text whose offsets do not cover it (a headline the layout broke over two lines)."""
    out: dict[str, int] = {}
    locked = set(instance.locked_fields or [])
    for text_field, start_field, end_field in getattr(instance, "anchors", ()):
        start = values.get(start_field, getattr(instance, start_field))
        end = values.get(end_field, getattr(instance, end_field))
        if values and text_field not in locked:
            text = values.get(text_field, getattr(instance, text_field)) or ""
            if page.covers(start, end, text):
                continue
        else:
            text = getattr(instance, text_field) or ""
        found = page.find(text, start)
        if found is not None:
            out[start_field], out[end_field] = found
    return out


def tombstone_key(instance: models.Model) -> str:
    """What a tombstone remembers: the row's natural key. A row without identity (an editor created it; no import
    yields it again) is remembered by its id, so every deleted row keeps its own entry for auditors."""
    key = tuple(instance.natural_key())
    if key and key[-1] is None:
        key = (*key[:-1], f"id={instance.pk}")
    return key_string(key)


def record_tombstone(instance: models.Model, user: Any = None) -> Tombstone:
    """Remember that an editor deleted this row, so no later import brings it back."""
    tombstone, _ = Tombstone.objects.get_or_create(
        model_label=model_label(instance),
        natural_key=tombstone_key(instance),
        defaults={"description": str(instance)[:255], "deleted_by": user if getattr(user, "pk", None) else None},
    )
    return tombstone


def tombstoned_keys(model: type[models.Model]) -> set[str]:
    """All natural keys of `model` an editor deleted (one query; the import checks each row against it)."""
    return set(Tombstone.objects.filter(model_label=model_label(model)).values_list("natural_key", flat=True))


def delete_by_editor(instance: models.Model, user: Any = None) -> None:
    """Delete a row on an editor's behalf and leave a tombstone (use for admin and API deletes)."""
    record_tombstone(instance, user)
    instance.delete()
