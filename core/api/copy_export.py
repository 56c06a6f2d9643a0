"""A list's CSV written by PostgreSQL itself: `COPY (SELECT …) TO STDOUT`, every cell formatted in SQL.

The Python export (`RowPlan.stream_cells` and `core.api.renderers.stream_csv_cells`) spends most of its time parsing
what the driver sends (timestamps, decimals) and formatting it again as DRF does. Here each CSV column is one SQL
expression that yields exactly the text DRF and the csv module would write — decimals at the column's scale, dates
and times in ISO 8601 in the current time zone (`Z` for UTC, as DRF writes), booleans as `True`/`False`, floats as
Python's `repr`, lists of plain values joined by `; `, text made formula-safe with a leading apostrophe — and the
database's CSV writer does the quoting. Python only changes each line's `\\n` to the csv module's `\\r\\n`. The
result is byte for byte the Python export's (a test compares them); a serializer field whose text cannot be
reproduced in SQL makes `copy_csv` answer None and the caller uses the Python export.

Empty text is written as NULL: PostgreSQL quotes an empty string (`""`) to tell it from NULL, the csv module writes
nothing for both. JSON list cells are exact for lists of strings, whole numbers, booleans and nulls (what lock lists
and alias lists hold); a nested object inside such a list is written as its JSON text.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections, models
from django.db.models import Expression, F, QuerySet
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from core.api.renderers import FORMULA_START, PLAIN_NUMBER_SQL, csv_line
from core.api.rows import RowPlan

# The first characters that make a spreadsheet evaluate a cell (see `core.api.renderers.FORMULA_START`), as code
# points: `ascii()` of the first character is the cheapest test there is (0 for an empty text).
FORMULA_START_CODES = ", ".join(str(ord(character)) for character in sorted(FORMULA_START))
APOSTROPHE = "''''"  # the SQL literal of one apostrophe

TEXT_TEMPLATE = (
    f"CASE WHEN ascii({{x}}) IN ({FORMULA_START_CODES}) THEN CASE WHEN {{x}} ~ '{PLAIN_NUMBER_SQL}' THEN {{x}} "
    f"ELSE {APOSTROPHE} || {{x}} END ELSE NULLIF({{x}}, '') END"
)
BOOLEAN_TEMPLATE = "CASE WHEN {x} THEN 'True' WHEN NOT {x} THEN 'False' END"
DATE_TEMPLATE = "to_char({x}, 'YYYY-MM-DD')"
# Python's isoformat in the session's time zone (set to the current one for the export): seconds always,
# microseconds when any, the offset as +HH:MM (with :SS when it has seconds), and DRF's `Z` for a zero offset.
# In this format '.000000' and '+00:00' can only be those two parts.
DATETIME_TEMPLATE = (
    "replace(replace(to_char({x}, 'YYYY-MM-DD\"T\"HH24:MI:SS.USTZH:TZM'), '.000000', ''), '+00:00', 'Z') "
    "|| CASE WHEN date_part('timezone', {x}) :: integer % 60 <> 0 "
    "THEN ':' || lpad((abs(date_part('timezone', {x}) :: integer) % 60) :: text, 2, '0') ELSE '' END"
)
# repr(float): PostgreSQL's shortest text except that Python keeps `.0` on whole numbers, writes 1e15..1e16
# positionally, and spells infinities and NaN its own way.
FLOAT_TEMPLATE = (
    "CASE WHEN {x} = 'NaN' THEN 'nan' WHEN {x} = 'Infinity' THEN 'inf' WHEN {x} = '-Infinity' THEN '-inf' "
    "WHEN abs({x}) >= 1e15 AND abs({x}) < 1e16 THEN "
    "regexp_replace(({x} :: text) :: numeric :: text, '^(-?[0-9]+)$', '\\1.0') "
    "ELSE regexp_replace({x} :: text, '^(-?[0-9]+)$', '\\1.0') END"
)
# `; `-joined elements: strings as they are, null as nothing, booleans as Python writes them, numbers as JSON text.
JSON_LIST_TEMPLATE = (
    "CASE WHEN {x} = '[]' :: jsonb THEN NULL WHEN jsonb_typeof({x}) = 'array' THEN NULLIF(("
    "SELECT string_agg(CASE jsonb_typeof(element) "
    "WHEN 'string' THEN element #>> '{{}}' WHEN 'null' THEN '' WHEN 'boolean' THEN "
    "CASE WHEN element = 'true' :: jsonb THEN 'True' ELSE 'False' END ELSE element :: text END, '; ' "
    "ORDER BY position) FROM jsonb_array_elements({x}) WITH ORDINALITY AS items(element, position)), '') "
    "ELSE NULLIF({x} #>> '{{}}', '') END"
)

TEXT_COLUMNS = ("CharField", "TextField", "SlugField", "EmailField", "URLField")
INTEGER_COLUMNS = ("IntegerField", "BigIntegerField", "PositiveIntegerField", "SmallIntegerField",
                    "PositiveSmallIntegerField", "PositiveBigIntegerField", "AutoField", "BigAutoField")  # fmt: skip


class Cell(Expression):
    """One CSV cell of a column: `template` with `{x}` standing for the column."""

    output_field = models.TextField()

    def __init__(self, column: Expression, template: str) -> None:
        super().__init__()
        self.column, self.template = column, template

    def get_source_expressions(self) -> list[Expression]:
        return [self.column]

    def set_source_expressions(self, expressions: list[Expression]) -> None:
        (self.column,) = expressions

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list]:
        column_sql, column_params = compiler.compile(self.column)
        if column_params:  # the template repeats the column; a parameter in it would need repeating in order
            raise ValueError("A CSV cell is built from a plain column.")
        return "(" + self.template.format(x=f"({column_sql})").replace("%", "%%") + ")", []


def _template(field: serializers.Field, column: models.Field) -> str | None:
    """The SQL template writing `column` as `field` renders it in CSV, or None if SQL cannot do it exactly."""
    kind = column.get_internal_type()
    if isinstance(field, serializers.ChoiceField | serializers.CharField):
        return TEXT_TEMPLATE if kind in TEXT_COLUMNS else None
    if isinstance(field, serializers.PrimaryKeyRelatedField | serializers.IntegerField):
        return "{x} :: text" if kind in INTEGER_COLUMNS else None
    if isinstance(field, serializers.DecimalField):
        as_string = getattr(field, "coerce_to_string", api_settings.COERCE_DECIMAL_TO_STRING)
        same_scale = kind == "DecimalField" and field.decimal_places == column.decimal_places
        return "{x} :: text" if as_string and same_scale and not field.localize else None
    if isinstance(field, serializers.DateTimeField):
        iso = getattr(field, "format", api_settings.DATETIME_FORMAT)
        return DATETIME_TEMPLATE if kind == "DateTimeField" and str(iso).lower() == ISO_8601 else None
    if isinstance(field, serializers.DateField):
        iso = getattr(field, "format", api_settings.DATE_FORMAT)
        return DATE_TEMPLATE if kind == "DateField" and str(iso).lower() == ISO_8601 else None
    if isinstance(field, serializers.BooleanField):
        return BOOLEAN_TEMPLATE if kind == "BooleanField" else None
    if isinstance(field, serializers.FloatField):
        return FLOAT_TEMPLATE if kind == "FloatField" else None
    if isinstance(field, serializers.ListField) and not isinstance(field.child, serializers.CharField):
        return None  # a list of dates or decimals would be formatted item by item
    if isinstance(field, serializers.JSONField | serializers.ListField):
        return JSON_LIST_TEMPLATE if kind == "JSONField" else None
    return None


def copy_csv(plan: RowPlan, header: list[str], queryset: QuerySet) -> Iterator[bytes] | None:
    """The CSV of `queryset` (BOM, header, rows) streamed from PostgreSQL's COPY, or None when a column cannot be
    formatted in SQL exactly as the Python export writes it (or the database is not PostgreSQL)."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql" or queryset.query.distinct:
        return None
    columns = plan.csv_columns(queryset.model)
    if columns is None or len(columns) != len(header):
        return None
    cells: dict[str, Cell] = {}
    for index, (path, field, column) in enumerate(columns):
        template = _template(field, column)
        if template is None:
            return None
        cells[f"csv_{index}"] = Cell(F(path), template)
    sql, params = statement_of(queryset.annotate(**cells).values_list(*cells))
    return _stream(connection, f"COPY ({sql}) TO STDOUT (FORMAT csv)", params, header, session_settings())


def _stream(
    connection: Any, statement: str, params: tuple, header: list[str], settings: dict[str, str]
) -> Iterator[bytes]:
    """The BOM, the header, then COPY's rows, each line ended as the csv module ends it."""
    yield codecs.BOM_UTF8
    yield csv_line(header).encode("utf-8")
    yield from copy_rows(connection, statement, params, settings, b"\r\n")


def copy_rows(
    connection: Any, statement: str, params: tuple, settings: dict[str, str], line_end: bytes
) -> Iterator[bytes]:
    """COPY's rows in blocks, each row's final "\n" replaced by `line_end`, with the session `settings` in force
    (and restored after): the time zone the times are written in, and no JIT (compiling the cell expressions to
    machine code takes seconds, more than the statement's own work)."""
    connection.ensure_connection()
    with connection.cursor() as wrapper:
        cursor = wrapper.cursor
        before = {}
        for name, value in settings.items():
            cursor.execute("SELECT current_setting(%s), set_config(%s, %s, false)", [name, name, value])
            before[name] = cursor.fetchone()[0]
        try:
            with cursor.copy(statement, params) as copy:
                block: list[Any] = []
                # One row per message from the server, each ending in "\n" (a newline inside a quoted cell is
                # inside the row).
                for row in copy:
                    block.append(row[:-1])
                    if len(block) == 2000:
                        yield line_end.join(block) + line_end
                        block = []
                if block:
                    yield line_end.join(block) + line_end
        finally:
            for name, value in before.items():
                cursor.execute("SELECT set_config(%s, %s, false)", [name, value])


def statement_of(queryset: QuerySet) -> tuple[str, tuple]:
    """`queryset`'s SQL and parameters, ready for psycopg's COPY (a statement of no rows when a filter can match
    nothing — an unknown place, a metric no figure has — which Django refuses to compile)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return "SELECT 1 WHERE false", ()
    if not params:  # psycopg reads `%%` as `%` only when it merges parameters
        sql = sql.replace("%%", "%")
    return sql, params


def session_settings() -> dict[str, str]:
    return {"TimeZone": timezone.get_current_timezone_name(), "jit": "off"}
