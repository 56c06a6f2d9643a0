"""Editors' corrections win: locks on changed fields, tombstones for deleted rows.

These are the only functions that decide whether the import may write a value. The admin and the API lock what an
editor changes through `lock_fields`; the import writes through `apply_machine_values`, which skips locked fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models

from core.models import Tombstone

# Bookkeeping fields an edit touches without being a correction of the data.
UNLOCKABLE_FIELDS = frozenset(
    {"id", "locked_fields", "verified", "origin", "created_at", "updated_at", "confidence", "extractor_version"}
)


def model_label(model: type[models.Model] | models.Model) -> str:
    return model._meta.label_lower


def key_string(natural_key: Iterable[Any]) -> str:
    return "|".join(str(part) for part in natural_key)


def lock_fields(instance: models.Model, field_names: Iterable[str]) -> list[str]:
    """Add `field_names` to the instance's locks (not saved); returns the new lock list."""
    locked = set(instance.locked_fields or [])
    locked.update(name for name in field_names if name not in UNLOCKABLE_FIELDS)
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


def apply_machine_values(instance: models.Model, values: Mapping[str, Any]) -> list[str]:
    """Set the extracted values the editor has not locked; returns the names of the fields that changed."""
    locked = set(instance.locked_fields or [])
    changed = []
    for name, value in values.items():
        if name in locked:
            continue
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed.append(name)
    return changed


def record_tombstone(instance: models.Model, user: Any = None) -> Tombstone:
    """Remember that an editor deleted this row, so no later import brings it back."""
    tombstone, _ = Tombstone.objects.get_or_create(
        model_label=model_label(instance),
        natural_key=key_string(instance.natural_key()),
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
