"""Multi-row INSERTs of values Django's own fields prepare, without the ORM's per-row compilation.

Why: an import writes thousands of new rows a page set (figures, mentions, articles and their history rows).
`QuerySet.bulk_create` compiles every field of every row through the SQL compiler (`pre_save`, `prepare_value`,
`field_as_sql`, `get_db_prep_save`), which was most of the cost of persisting a page. The values themselves are
what the fields make of them, so this module asks each field the same questions — `pre_save(instance, add=True)`
then `get_db_prep_save(value, connection)` — and only skips asking when the answer is known to be the value
itself: a `str` in a stock text field, an `int` in a stock integer field or a foreign key to a stock auto id, a
`float`, a `bool`, a None where the stock field gives None (`value_preparer`, tested against `get_db_prep_save`).
Anything else (dates, JSON, decimals, expressions, custom fields) goes through the field as before.

`insert_instances` is `bulk_create` for new rows on a backend that returns ids from a multi-row INSERT (SQLite
≥ 3.35, PostgreSQL): the same statement shape, the same batches, ids set on the instances, `_state` updated. A
case it does not cover (a model with database defaults, a parent table, rows with ids, an older backend) is handed
to `bulk_create` itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.db import connections, models, router, transaction
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.models.fields import AutoFieldMixin, Field
from django.db.models.fields.related import ForeignKey

# Rows per INSERT at most (what the import gives `bulk_create`); the backend may ask for fewer.
BATCH_ROWS = 500

Prepare = Callable[[Any], Any]


class NeedsCompiler(Exception):
    """A value is an expression (F(), a function): only the SQL compiler can write it."""


def _slow(field: Field, connection) -> Prepare:
    def prepare(value: Any) -> Any:
        if hasattr(value, "resolve_expression"):
            raise NeedsCompiler(field.name)
        return field.get_db_prep_save(value, connection)

    return prepare


def _stock(field: Field, name: str, owner: type) -> bool:
    return getattr(type(field), name) is getattr(owner, name)


def _identity_types(field: Field, connection) -> tuple[type, ...]:
    """The value types for which `field.get_db_prep_save(value, connection)` is the value itself, by reading
    which of Django's own methods the field and the backend use (a subclass overriding one gets none)."""
    ops = type(connection.ops)
    if isinstance(field, ForeignKey):
        return ()
    if not _stock(field, "get_db_prep_save", Field):
        return ()
    if isinstance(field, AutoFieldMixin):
        if (
            _stock(field, "get_db_prep_value", AutoFieldMixin)
            and _stock(field, "get_prep_value", models.IntegerField)
            and ops.validate_autopk_value is BaseDatabaseOperations.validate_autopk_value
        ):
            return (int,)
        return ()
    if isinstance(field, models.IntegerField):
        if (
            _stock(field, "get_prep_value", models.IntegerField)
            and _stock(field, "get_db_prep_value", models.IntegerField)
            and ops.adapt_integerfield_value is BaseDatabaseOperations.adapt_integerfield_value
        ):
            return (int, type(None))
        return ()
    if not _stock(field, "get_db_prep_value", Field):
        return ()
    for owner, types in (
        (models.CharField, (str, type(None))),
        (models.TextField, (str, type(None))),
        (models.FloatField, (float, type(None))),
        (models.BooleanField, (bool,)),
    ):
        if isinstance(field, owner) and _stock(field, "get_prep_value", owner):
            return types
    return ()


def value_preparer(field: Field, connection) -> Prepare:
    """A function giving what `field.get_db_prep_save(value, connection)` gives, faster for the plain cases."""
    slow = _slow(field, connection)
    if isinstance(field, ForeignKey) and _stock(field, "get_db_prep_save", ForeignKey):
        target_types = _identity_types(field.target_field, connection)
        if int in target_types:

            def prepare_key(value: Any) -> Any:
                if value is None or type(value) is int:
                    return value
                return slow(value)

            return prepare_key
        return slow
    types = _identity_types(field, connection)
    if not types:
        return slow

    def prepare(value: Any) -> Any:
        return value if type(value) in types else slow(value)

    return prepare


def insert_values(model: type[models.Model], fields: Sequence[Field], rows: list[list[Any]], returning=()) -> list:
    """INSERT rows of already prepared values into `model`'s table, one multi-row statement per batch; returns the
    `returning` fields' values of each row (when asked for), in the rows' order."""
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholder = "(" + ", ".join(["%s"] * len(fields)) + ")"
    batch = max(1, min(BATCH_ROWS, connection.ops.bulk_batch_size(list(fields), rows)))
    table = quote(model._meta.db_table)
    suffix, suffix_params = connection.ops.return_insert_columns(list(returning)) if returning else ("", ())
    returned: list = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), batch):
            chunk = rows[start : start + batch]
            sql = f"INSERT INTO {table} ({columns}) VALUES {', '.join([placeholder] * len(chunk))}"
            if suffix:
                sql = f"{sql} {suffix}"
            cursor.execute(sql, [value for row in chunk for value in row] + list(suffix_params))
            if returning:
                returned.extend(connection.ops.fetch_returned_insert_rows(cursor))
    return returned


class PreparedRows:
    """The values an INSERT wrote, as the fields prepared them, by column name: `insert_instances` hands them on so
    the history rows of the same instances need not prepare the same values again (`core.sync_history`).

    Only the columns whose value is the instance's attribute after `pre_save` are kept (a stock `pre_save`, or the
    date fields' own, which store what they return), so a history row reading the attribute reads that value."""

    def __init__(self, fields: list[Field], rows: list[list[Any]], kept: list[bool]) -> None:
        pairs = enumerate(zip(fields, kept, strict=True))
        self.fields = {field.attname: (i, field) for i, (field, keep) in pairs if keep}
        self.rows = rows

    def column(self, field: Field) -> int | None:
        """Where `field`'s prepared values are, when they are what `field` itself would prepare: the same kind of
        field under the same name (a history model's copy of it)."""
        known = self.fields.get(field.attname)
        return known[0] if known is not None and type(known[1]) is type(field) else None


def _attribute_after_pre_save(field: Field) -> bool:
    """Does `field.pre_save(instance, add=True)` return what the instance's attribute then holds?"""
    return any(_stock(field, "pre_save", owner) for owner in (Field, models.DateField, models.DateTimeField))


def insert_instances(model: type[models.Model], instances: list[models.Model]) -> PreparedRows | None:
    """`model._default_manager.bulk_create(instances, batch_size=500)` for new rows, without the ORM's compiler;
    returns the values written (None when `bulk_create` wrote them)."""
    connection = connections[router.db_for_write(model)]
    opts = model._meta
    returning = opts.db_returning_fields
    if (
        not connection.features.can_return_rows_from_bulk_insert
        or opts.parents
        or any(not isinstance(field, AutoFieldMixin) for field in returning)
        or any(field.db_default is not models.NOT_PROVIDED for field in opts.concrete_fields)
        or any(instance._is_pk_set() for instance in instances)
    ):
        model._default_manager.bulk_create(instances, batch_size=BATCH_ROWS)
        return None
    for instance in instances:
        instance._prepare_related_fields_for_save(operation_name="bulk_create")
    fields = [f for f in opts.concrete_fields if not f.generated and not isinstance(f, AutoFieldMixin)]
    plain = [_stock(field, "pre_save", Field) for field in fields]
    prepare = [value_preparer(field, connection) for field in fields]
    columns = list(zip(fields, plain, prepare, strict=True))
    try:
        rows = [
            [
                prep(getattr(instance, field.attname) if is_plain else field.pre_save(instance, True))
                for field, is_plain, prep in columns
            ]
            for instance in instances
        ]
    except NeedsCompiler:
        model._default_manager.bulk_create(instances, batch_size=BATCH_ROWS)
        return None
    with transaction.atomic(using=connection.alias, savepoint=False):
        returned = insert_values(model, fields, rows, returning)
    for instance, values in zip(instances, returned, strict=True):
        for field, value in zip(returning, values, strict=True):
            setattr(instance, field.attname, value)
        instance._state.adding = False
        instance._state.db = connection.alias
    return PreparedRows(fields, rows, [_attribute_after_pre_save(field) for field in fields])
