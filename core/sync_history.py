"""History rows for rows written in bulk, as django-simple-history would write them, without its ORM round.

`HistoryManager.bulk_history_create` builds one history model instance per row and hands them to `bulk_create`,
whose SQL compiler then prepares every field of every row again: on an import that is most of the cost of
writing a page. The history rows only need their values, so this writes the same values — each field prepared
for the database as the field itself prepares it (`core.plain_insert.value_preparer`) — in multi-row INSERTs of
one statement per batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import connections, models, router
from django.utils import timezone
from simple_history.utils import get_change_reason_from_object

from core.plain_insert import PreparedRows, insert_values, value_preparer


def write_history(
    model: type[models.Model],
    instances: Sequence[models.Model],
    *,
    update: bool,
    default_user: Any = None,
    default_change_reason: str = "",
    prepared: PreparedRows | None = None,
) -> None:
    """INSERT one history row per instance ('+' created, '~' updated), with the values
    `HistoryManager.bulk_history_create` gives them; nothing when the model keeps no history or history is off.
    `prepared`: the values the instances' own INSERT just wrote (`insert_instances`), used as they are for the
    history fields that copy those fields, instead of preparing them again."""
    history = getattr(model, "history", None)
    if history is None or not instances or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    historical = history.model
    date = timezone.now()
    tracked = [field.attname for field in historical.tracked_fields]
    fields = [f for f in historical._meta.concrete_fields if not isinstance(f, models.AutoField)]
    relation = hasattr(historical, "history_relation")
    rows = []
    for instance in instances:
        user = getattr(instance, "_history_user", default_user or historical.get_default_history_user(instance))
        values = {name: getattr(instance, name) for name in tracked}
        values["history_date"] = getattr(instance, "_history_date", date)
        values["history_user_id"] = user.pk if user is not None else None
        values["history_change_reason"] = get_change_reason_from_object(instance) or default_change_reason
        values["history_type"] = "~" if update else "+"
        if relation:
            values["history_relation_id"] = instance.pk
        rows.append(values)
    _insert(historical, fields, rows, prepared if prepared is not None and len(prepared.rows) == len(rows) else None)


def _insert(
    model: type[models.Model], fields: list[models.Field], rows: list[dict[str, Any]], written: PreparedRows | None
) -> None:
    connection = connections[router.db_for_write(model)]
    columns = [(field.attname, field, value_preparer(field, connection)) for field in fields]
    # Only a field holding the instance's own value (not the history's date, user, type) is taken as written.
    tracked = set(rows[0]) if rows else set()
    reused = [written.column(field) if written is not None and field.attname in tracked else None for field in fields]
    prepared = [
        [
            prepare(row[name] if name in row else field.get_default()) if at is None else own[at]
            for (name, field, prepare), at in zip(columns, reused, strict=True)
        ]
        for row, own in zip(rows, written.rows if written is not None else [None] * len(rows), strict=True)
    ]
    insert_values(model, fields, prepared)
