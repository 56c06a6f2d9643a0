"""A serializer's read shape, produced from `values_list()` tuples instead of model instances.

Serializing a page builds a model object per row and per related row, then walks DRF's field machinery; the CSV of a
county cost ~150 µs a row that way, against a tenth of that for the SQL. When every readable field of a serializer is
a plain model column (possibly across foreign keys: `locality.full_name`, `article.source_id`), a nested serializer
on the same row (`source="*"`), or a primary-key relation, the same output can be read as tuples and shaped here —
with each field's own `to_representation`, so formats (decimals, dates, choices) stay exactly the serializer's.

Anything else (a method field, a many-to-many, a property) makes `row_plan` answer None and the caller serializes
instances as before: the plan is an optimisation, never a second definition of a resource's shape.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import connections, models
from django.db.models import F, QuerySet
from rest_framework import serializers

from core.api.lookups import AnyOf

# (serializer field, model columns) pairs whose to_representation is the identity on what the driver returns.
_IDENTITY = (
    (serializers.CharField, ("CharField", "TextField", "SlugField", "EmailField", "URLField")),
    (serializers.IntegerField, ("IntegerField", "BigIntegerField", "PositiveIntegerField", "SmallIntegerField",
                                "PositiveSmallIntegerField", "PositiveBigIntegerField", "AutoField", "BigAutoField")),
    (serializers.BooleanField, ("BooleanField",)),
)  # fmt: skip


def _is_identity(field: serializers.Field, column: models.Field) -> bool:
    kind = column.get_internal_type()
    return any(isinstance(field, cls) and kind in kinds for cls, kinds in _IDENTITY)


def _column_path(model: type[models.Model], source: str) -> tuple[str, models.Field] | tuple[None, None]:
    """`locality.full_name` → `locality__full_name`, if every step is a concrete field (foreign keys between)."""
    parts = source.split(".")
    names: list[str] = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            by_attname = [f for f in model._meta.concrete_fields if f.attname == part]
            if not by_attname or not last:
                return None, None
            field = by_attname[0]
        if not getattr(field, "concrete", False) or field.many_to_many:
            return None, None
        names.append(field.name)
        if last:
            return "__".join(names), field
        if not field.is_relation or field.related_model is None:
            return None, None
        model = field.related_model
    return None, None


def column_at(model: type[models.Model], path: str) -> models.Field | None:
    """The model column a `values()` path ends on (`locality__full_name`), a foreign key's target column for a key."""
    field: Any = None
    for part in path.split("__"):
        if field is not None:
            model = field.related_model
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            return None
    while field is not None and field.is_relation:
        field = getattr(field, "target_field", None)
    return field


class RowPlan:
    """Columns to read with `values_list()` and how to shape each tuple into the serializer's dict."""

    def __init__(self) -> None:
        self.paths: list[str] = ["pk"]
        self._index: dict[str, int] = {"pk": 0}
        # (key, column index or nested steps, serializer field, whether its to_representation is the identity)
        self.steps: list[tuple[str, Any, serializers.Field | None, bool]] = []

    def column(self, path: str) -> int:
        if path not in self._index:
            self._index[path] = len(self.paths)
            self.paths.append(path)
        return self._index[path]

    def bound(self, steps: list | None = None) -> list[tuple[str, Any, Callable[[Any], Any] | None, str]]:
        """The steps with converters for this request, and each column's kind for CSV (`text`, `list` or `other`).
        A date-time field looks up the current time zone for every value (a third of an export's time); here it is
        looked up once, on a copy that keeps it."""
        out = []
        for key, where, field, identity in self.steps if steps is None else steps:
            if isinstance(where, list):
                out.append((key, self.bound(where), None, "nested"))
                continue
            kind = (
                "text"
                if isinstance(field, serializers.CharField | serializers.ChoiceField)
                else "list"
                if isinstance(field, serializers.JSONField | serializers.ListField)
                else "other"
            )
            if isinstance(field, serializers.DateTimeField) and not hasattr(field, "timezone"):
                fixed = copy.copy(field)
                fixed.timezone = field.default_timezone()
                field = fixed
            out.append((key, where, None if identity or field is None else field.to_representation, kind))
        return out

    @staticmethod
    def shape(row: tuple, steps: list) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, where, convert, _kind in steps:
            if isinstance(where, list):
                out[key] = RowPlan.shape(row, where)
                continue
            value = row[where]
            out[key] = value if value is None or convert is None else convert(value)
        return out

    @staticmethod
    def flat(steps: list) -> list[tuple[int, Callable[[Any], Any] | None, str]]:
        """Bound steps in column order, nested ones inlined (the CSV's dotted columns): (index, converter, kind)."""
        out: list = []
        for _key, where, convert, kind in steps:
            out.extend(RowPlan.flat(where) if isinstance(where, list) else [(where, convert, kind)])
        return out

    def read(self, queryset: QuerySet) -> Iterator[tuple[Any, dict[str, Any]]]:
        """(pk, shaped record) for each row of `queryset`, in its order."""
        steps = self.bound()
        for row in queryset.values_list(*self.paths):
            yield row[0], self.shape(row, steps)

    def stream(self, queryset: QuerySet, chunk_size: int = 2000) -> Iterator[dict[str, Any]]:
        """Every record of `queryset`, read through a server-side cursor (PostgreSQL) so memory stays flat."""
        steps = self.bound()
        for row in queryset.values_list(*self.paths).iterator(chunk_size=chunk_size):
            yield self.shape(row, steps)

    def stream_cells(self, queryset: QuerySet, chunk_size: int = 2000) -> Iterator[list[Any]]:
        """Every record as its list of cells in CSV column order (see `core.api.renderers.csv_header`)."""
        flat = self.flat(self.bound())
        for row in queryset.values_list(*self.paths).iterator(chunk_size=chunk_size):
            yield [
                row[where] if convert is None or row[where] is None else convert(row[where])
                for where, convert, _kind in flat
            ]

    def csv_columns(self, model: type[models.Model]) -> list[tuple[str, serializers.Field, models.Field]] | None:
        """(values path, serializer field, model column) for each CSV column, in order; a foreign key stands for
        the key it holds. None if a path does not resolve to a column."""
        out: list[tuple[str, serializers.Field, models.Field]] = []

        def walk(steps: list) -> bool:
            for _key, where, field, _identity in steps:
                if isinstance(where, list):
                    if not walk(where):
                        return False
                    continue
                path = self.paths[where]
                column = column_at(model, path)
                if column is None or field is None:
                    return False
                out.append((path, field, column))
            return True

        return out if walk(self.steps) else None

    def column_kinds(self) -> list[str]:
        """`text`, `list` or `other` for each CSV column, in order."""
        return [kind for _where, _convert, kind in self.flat(self.bound())]


def _steps(plan: RowPlan, serializer: serializers.Serializer, model: type[models.Model], prefix: str) -> list | None:
    steps: list = []
    for field in serializer.fields.values():
        if field.write_only:
            continue
        source = field.source
        if isinstance(field, serializers.Serializer) and not isinstance(field, serializers.ListSerializer):
            if source != "*":
                return None
            nested = _steps(plan, field, model, prefix)
            if nested is None:
                return None
            steps.append((field.field_name, nested, None, True))
            continue
        if isinstance(field, serializers.PrimaryKeyRelatedField):
            path, _ = _column_path(model, prefix + source)
            if path is None or field.pk_field is not None:
                return None
            steps.append((field.field_name, plan.column(path), field, True))
            continue
        if isinstance(field, serializers.RelatedField | serializers.ManyRelatedField | serializers.ListSerializer):
            return None
        if isinstance(field, serializers.SerializerMethodField | serializers.HiddenField) or source == "*":
            return None
        path, column = _column_path(model, prefix + source)
        if path is None:
            return None
        steps.append((field.field_name, plan.column(path), field, _is_identity(field, column)))
    return steps


def row_plan(serializer: serializers.Serializer) -> RowPlan | None:
    """The plan reproducing `serializer`'s output for its model's rows, or None when it cannot be read as columns."""
    meta = getattr(serializer, "Meta", None)
    model = getattr(meta, "model", None)
    if model is None:
        return None
    plan = RowPlan()
    steps = _steps(plan, serializer, model, "")
    if steps is None:
        return None
    plan.steps = steps
    return plan


# (plan, model, database alias, thread) -> the compiled statement reading rows by key, and its value converters.
_BY_KEYS: dict[tuple, tuple[str, list]] = {}


def _rows_by_keys(plan: RowPlan, model: type[models.Model], using: str, keys: list) -> list[tuple]:
    """`plan`'s columns of the rows `keys`. On PostgreSQL the statement (`pk = ANY(%s)`, one array parameter) is
    compiled once and reused: building a 34-column query with its joins cost more than running it."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return list(model._base_manager.using(using).filter(pk__in=keys).values_list(*plan.paths))
    cache_key = (id(plan), model, using, threading.get_ident())
    if cache_key not in _BY_KEYS:
        query = model._base_manager.using(using).filter(AnyOf(F("pk"), [0])).values_list(*plan.paths).query
        compiler = query.get_compiler(using)
        sql, _params = compiler.as_sql()
        converters = compiler.get_converters([column for column, _, _ in compiler.select])
        _BY_KEYS[cache_key] = (sql, list(converters.items()))
    sql, converters = _BY_KEYS[cache_key]
    with connection.cursor() as cursor:
        cursor.execute(sql, [keys])
        rows = cursor.fetchall()
    if not converters:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for position, (functions, expression) in converters:
            for function in functions:
                values[position] = function(values[position], expression, connection)
        converted.append(tuple(values))
    return converted


def read_page(plan: RowPlan, queryset: QuerySet, keys: Iterable[Any]) -> list[dict[str, Any]]:
    """The shaped records of rows `keys`, in the order of `keys`."""
    keys = list(keys)
    # The keys come from the filtered queryset: the rows are read by key alone (repeating a search's match and its
    # candidate list here once cost 250 ms for a 50-row page).
    steps = plan.bound()
    rows = _rows_by_keys(plan, queryset.model, queryset.db, keys)
    by_key = {row[0]: plan.shape(row, steps) for row in rows}
    return [by_key[key] for key in keys if key in by_key]
