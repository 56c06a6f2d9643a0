"""Undo on the editing desk: bring back a row an editor deleted, or undo a merge, from the history.

A delete leaves a tombstone and simple-history's last version of the row (history type "-"). Restoring saves that
version again under its old id, so links and bookmarks to it work again, brings back the rows the delete cascaded to
(an article's indicators and mentions), and removes the tombstone — the import may then update the row as usual.

A merge is undone the same way, plus: every reference the merge re-pointed at the kept row (its history says
"editor: merged into <kept>", and the version before pointed at the restored row) points back, and the restored
name leaves the kept row's aliases. Each of these writes is recorded in the history as the editor's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.db import models, transaction

from core.corrections import tombstone_key
from core.models import Tombstone

MERGED = re.compile(r"^merged into (?P<label>.*?)(?: #(?P<pk>\d+))?$")
# The tombstone is written just before the delete; the history row of the delete follows within the same request.
DELETE_WINDOW = timedelta(minutes=2)


class RestoreError(ValueError):
    """The row cannot come back as it was (no history of it, or what it pointed at is gone)."""


@dataclass
class RestoreReport:
    restored: models.Model
    cascaded: int = 0
    repointed: int = 0
    notes: list[str] = field(default_factory=list)


def _user(user: Any) -> Any:
    return user if getattr(user, "pk", None) else None


def deleted_version(tombstone: Tombstone) -> Any:
    """The history row simple-history wrote when the tombstoned row was deleted (None if there is none)."""
    model = apps.get_model(tombstone.model_label)
    candidates = model.history.filter(
        history_type="-",
        history_date__gte=tombstone.deleted_at - DELETE_WINDOW,
        history_date__lte=tombstone.deleted_at + DELETE_WINDOW,
    ).order_by("-history_date", "-history_id")
    for record in candidates:
        try:
            if tombstone_key(record.instance) == tombstone.natural_key:
                return record
        except models.ObjectDoesNotExist:
            continue  # it named a row that is gone too: not the one we look for
    return None


def _save_restored(instance: models.Model, user: Any, reason: str) -> None:
    for fk in instance._meta.concrete_fields:
        if not fk.is_relation or getattr(instance, fk.attname) is None:
            continue
        if not fk.related_model._default_manager.filter(pk=getattr(instance, fk.attname)).exists():
            if not fk.null:
                raise RestoreError(
                    f"{fk.verbose_name}: {fk.related_model._meta.verbose_name} #{getattr(instance, fk.attname)}"
                )
            setattr(instance, fk.attname, None)
    instance._history_user = _user(user)
    instance._change_reason = reason
    instance.save(force_insert=True)


def _restore_cascaded(parent: models.Model, deleted_at: Any, user: Any, report: RestoreReport) -> None:
    """Bring back the rows the delete of `parent` took with it (foreign keys with on_delete=CASCADE)."""
    for relation in parent._meta.related_objects:
        if not relation.one_to_many or relation.on_delete is not models.CASCADE:
            continue
        model = relation.related_model
        if not hasattr(model, "history"):
            continue
        records = model.history.filter(
            history_type="-",
            history_date__gte=deleted_at - DELETE_WINDOW,
            history_date__lte=deleted_at + DELETE_WINDOW,
            **{relation.field.attname: parent.pk},
        ).order_by("history_id")
        for record in records:
            if model._default_manager.filter(pk=record.id).exists():
                continue
            child = record.instance
            _save_restored(child, user, "editor: restored")
            report.cascaded += 1
            _restore_cascaded(child, record.history_date, user, report)


def _unmerge(restored: models.Model, merged: re.Match, user: Any, report: RestoreReport) -> None:
    """Point back what the merge moved away from `restored`, and take its name out of the kept row's aliases."""
    target_label = merged["label"]
    reason = f"editor: merged into {target_label}"
    for model in apps.get_models():
        if not hasattr(model, "history") or model.__name__.startswith("Historical"):
            continue
        fks = [f for f in model._meta.concrete_fields if f.is_relation and f.related_model is type(restored)]
        if not fks:
            continue
        for record in model.history.filter(history_change_reason=reason).order_by("history_id"):
            before = record.prev_record
            row = model._default_manager.filter(pk=record.id).first()
            if before is None or row is None:
                continue
            for fk in fks:
                was, moved_to = getattr(before, fk.attname), getattr(record, fk.attname)
                if was == restored.pk and getattr(row, fk.attname) == moved_to:
                    setattr(row, fk.attname, restored.pk)
                    row._history_user = _user(user)
                    row._change_reason = f"editor: unmerged from {target_label}"
                    row.save()
                    report.repointed += 1
    kept = type(restored)._default_manager
    target = (
        kept.filter(pk=merged["pk"]).first()
        if merged["pk"]
        else kept.filter(**_target_lookup(restored, target_label)).first()
    )
    if target is not None and restored.name in (target.aliases or []):
        target.aliases = [a for a in target.aliases if a != restored.name]
        target._history_user = _user(user)
        target._change_reason = f"editor: unmerged {restored.name}"
        target.save()


def _target_lookup(restored: models.Model, target_label: str) -> dict[str, str]:
    """How to find the kept row from the label the merge wrote (its full name for places, its name otherwise)."""
    names = {f.name for f in restored._meta.concrete_fields}
    return {"full_name": target_label} if "full_name" in names else {"name": target_label.split("（")[0]}


@transaction.atomic
def restore_tombstone(tombstone: Tombstone, user: Any = None) -> RestoreReport:
    """Bring the row back under its old id (undoing a merge if it was merged away) and drop its tombstone."""
    record = deleted_version(tombstone)
    if record is None:
        raise RestoreError(tombstone.natural_key)
    instance = record.instance
    model = type(instance)
    if model._default_manager.filter(pk=instance.pk).exists():
        raise RestoreError(f"#{instance.pk}")
    merged_into = MERGED.match(tombstone.description)
    _save_restored(instance, user, "editor: unmerged" if merged_into else "editor: restored")
    report = RestoreReport(restored=instance)
    _restore_cascaded(instance, record.history_date, user, report)
    if merged_into:
        _unmerge(instance, merged_into, user, report)
    if hasattr(instance, "computed_full_name"):
        from localities.services import refresh_full_names

        refresh_full_names(instance)
    tombstone.delete()
    return report
