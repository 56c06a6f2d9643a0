"""A list's JSON Lines written by PostgreSQL: `COPY (SELECT <one JSON object per row>) TO STDOUT`.

Like `core.api.copy_export` for CSV: each record is built in SQL with exactly the text Python's
`json.dumps(record, ensure_ascii=False, separators=(",", ":"))` writes for the serializer's output — keys in the
serializer's order, nested objects nested, strings escaped by `to_json` (the same escapes as Python's: `\\"`, `\\\\`,
`\\n`, `\\r`, `\\t`, `\\b`, `\\f`, other control characters as lower-case `\\u00xx`, everything else as it is),
decimals and times as the strings DRF makes of them, floats as Python's `repr`. A field SQL cannot write exactly
makes `copy_json_lines` answer None and the caller uses the Python export.

The statement is written out in CSV format with two control characters as delimiter and quote: a JSON text never
holds a raw control character (they are escaped), so no line is ever quoted and each row is the line as it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.db import connections, models
from django.db.models import Expression, F, QuerySet
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from core.api.copy_export import (
    BOOLEAN_TEMPLATE,
    DATE_TEMPLATE,
    DATETIME_TEMPLATE,
    INTEGER_COLUMNS,
    TEXT_COLUMNS,
    Cell,
    copy_rows,
    session_settings,
    statement_of,
)
from core.api.rows import RowPlan, column_at

# json.dumps of a float: repr, with Python's own spelling of the values JSON has no number for.
JSON_FLOAT_TEMPLATE = (
    "CASE WHEN {x} = 'NaN' THEN 'NaN' WHEN {x} = 'Infinity' THEN 'Infinity' WHEN {x} = '-Infinity' THEN '-Infinity' "
    "WHEN abs({x}) >= 1e15 AND abs({x}) < 1e16 THEN "
    "regexp_replace(({x} :: text) :: numeric :: text, '^(-?[0-9]+)$', '\\1.0') "
    "ELSE regexp_replace({x} :: text, '^(-?[0-9]+)$', '\\1.0') END"
)
# A ListField of strings: each item as str() makes it (null stays null), in order.
JSON_STRING_LIST_TEMPLATE = (
    "CASE WHEN {x} = '[]' :: jsonb THEN '[]' WHEN jsonb_typeof({x}) = 'array' THEN '[' || ("
    "SELECT string_agg(CASE jsonb_typeof(element) WHEN 'null' THEN 'null' "
    "WHEN 'string' THEN to_json(element #>> '{{}}') :: text WHEN 'boolean' THEN "
    "CASE WHEN element = 'true' :: jsonb THEN '\"True\"' ELSE '\"False\"' END "
    "ELSE to_json(element :: text) :: text END, ',' ORDER BY position) "
    "FROM jsonb_array_elements({x}) WITH ORDINALITY AS items(element, position)) || ']' END"
)


def _quoted(template: str) -> str:
    return "'\"' || " + template + " || '\"'"


def _json_template(field: serializers.Field, column: models.Field) -> str | None:
    """SQL writing `column` as JSON text of what `field` makes of it (NULL for null), or None if it cannot."""
    kind = column.get_internal_type()
    if isinstance(field, serializers.ChoiceField | serializers.CharField):
        return "to_json({x} :: text) :: text" if kind in TEXT_COLUMNS else None
    if isinstance(field, serializers.PrimaryKeyRelatedField | serializers.IntegerField):
        as_string = isinstance(field, serializers.BigIntegerField) and getattr(
            field, "coerce_to_string", api_settings.COERCE_BIGINT_TO_STRING
        )  # DRF may write big integers as strings
        return "{x} :: text" if kind in INTEGER_COLUMNS and not as_string else None
    if isinstance(field, serializers.DecimalField):
        as_string = getattr(field, "coerce_to_string", api_settings.COERCE_DECIMAL_TO_STRING)
        same_scale = kind == "DecimalField" and field.decimal_places == column.decimal_places
        return _quoted("{x} :: text") if as_string and same_scale and not field.localize else None
    if isinstance(field, serializers.DateTimeField):
        iso = getattr(field, "format", api_settings.DATETIME_FORMAT)
        return _quoted(DATETIME_TEMPLATE) if kind == "DateTimeField" and str(iso).lower() == ISO_8601 else None
    if isinstance(field, serializers.DateField):
        iso = getattr(field, "format", api_settings.DATE_FORMAT)
        return _quoted(DATE_TEMPLATE) if kind == "DateField" and str(iso).lower() == ISO_8601 else None
    if isinstance(field, serializers.BooleanField):
        json_boolean = BOOLEAN_TEMPLATE.replace("'True'", "'true'").replace("'False'", "'false'")
        return json_boolean if kind == "BooleanField" else None
    if isinstance(field, serializers.FloatField):
        return JSON_FLOAT_TEMPLATE if kind == "FloatField" else None
    if isinstance(field, serializers.ListField) and isinstance(field.child, serializers.CharField):
        return JSON_STRING_LIST_TEMPLATE if kind == "JSONField" else None
    return None  # a JSONField's own JSON would need Python's spacing and key order: not attempted


class JSONObject(Expression):
    """`{"key":value,…}` from (key, Cell or nested JSONObject) pairs; a NULL value is written as `null`."""

    output_field = models.TextField()

    def __init__(self, members: list[tuple[str, Expression]]) -> None:
        super().__init__()
        self.keys = [key for key, _ in members]
        self.values = [value for _, value in members]

    def get_source_expressions(self) -> list[Expression]:
        return list(self.values)

    def set_source_expressions(self, expressions: list[Expression]) -> None:
        self.values = list(expressions)

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list]:
        parts = []
        for index, (key, value) in enumerate(zip(self.keys, self.values, strict=True)):
            sql, params = compiler.compile(value)
            if params:
                raise ValueError("A JSON line is built from plain columns.")
            opening = ("{" if index == 0 else ",") + json.dumps(key, ensure_ascii=False) + ":"
            literal = "'" + opening.replace("'", "''").replace("%", "%%") + "'"
            parts.append(f"{literal} || COALESCE({sql}, 'null')")
        return "(" + " || ".join(parts or ["'{'"]) + " || '}')", []


def _object(plan: RowPlan, steps: list, model: type[models.Model]) -> JSONObject | None:
    members: list[tuple[str, Expression]] = []
    for key, where, field, _identity in steps:
        if isinstance(where, list):
            nested = _object(plan, where, model)
            if nested is None:
                return None
            members.append((key, nested))
            continue
        path = plan.paths[where]
        column = column_at(model, path)
        template = None if column is None or field is None else _json_template(field, column)
        if template is None:
            return None
        members.append((key, Cell(F(path), template)))
    return JSONObject(members)


def copy_json_lines(plan: RowPlan, queryset: QuerySet) -> Iterator[bytes] | None:
    """The JSON Lines of `queryset` streamed from PostgreSQL's COPY, or None when a field cannot be written in SQL
    exactly as the Python export writes it (or the database is not PostgreSQL)."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql" or queryset.query.distinct:
        return None
    line = _object(plan, plan.steps, queryset.model)
    if line is None:
        return None
    sql, params = statement_of(queryset.annotate(json_line=line).values_list("json_line"))
    statement = f"COPY ({sql}) TO STDOUT (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')"
    return copy_rows(connection, statement, params, session_settings(), b"\n")
