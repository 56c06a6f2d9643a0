"""The write primitives `core.sync` and the services use: one row saved with its history, many rows INSERTed or
UPDATEd in bulk with their history rows, a shared row INSERTed unless another writer took its key first.

Split from `core.sync` (which decides what to write) so that how rows reach the database is one concern.
"""

from __future__ import annotations

from django.db import IntegrityError, models, transaction
from django.utils import timezone

from core.plain_insert import PreparedRows, insert_instances
from core.sync_context import SyncContext
from core.sync_history import write_history


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
    SQLite ≥ 3.35), instead of two per row; both as plain multi-row INSERTs (`core.plain_insert`)."""
    if not instances:
        return
    written = insert_instances(model, instances)
    _history_rows(model, instances, ctx, reason, update=False, prepared=written)


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
    model: type[models.Model],
    instances: list[models.Model],
    ctx: SyncContext,
    reason: str,
    *,
    update: bool,
    prepared: PreparedRows | None = None,
) -> None:
    write_history(
        model,
        instances,
        update=update,
        default_user=ctx.history_user,
        default_change_reason=reason,
        prepared=prepared,
    )
