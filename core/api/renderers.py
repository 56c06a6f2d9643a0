"""CSV for spreadsheets and JSON Lines for notebooks; lists stream (see `CorrectionViewSet.stream_export`).

CSV: UTF-8 with a byte-order mark (so Excel reads Chinese), one flat row per record. Nested objects become dotted
columns (`evidence.text`), lists of plain values become one `; `-joined cell, so every row of a list has the same
columns whatever its content. A text cell that a spreadsheet would run as a formula (it starts with = + - @, a tab
or a carriage return, and is not a plain number) is written with a leading apostrophe, as OWASP advises: a page's
text is untrusted input. JSON Lines: one JSON object per line, the same records as the JSON list's `results`.
Other responses (a detail, an error) are rendered whole.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from rest_framework import serializers
from rest_framework.renderers import BaseRenderer
from rest_framework.utils.encoders import JSONEncoder

LIST_JOINER = "; "


def flatten_record(record: Any, prefix: str = "") -> dict[str, Any]:
    """One level of keys: nested dicts become `outer.inner`, lists of scalars one joined string."""
    if isinstance(record, dict):
        flat: dict[str, Any] = {}
        for key, value in record.items():
            flat.update(flatten_record(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(record, list | tuple):
        if all(not isinstance(item, dict | list | tuple) for item in record):
            return {prefix: LIST_JOINER.join("" if item is None else str(item) for item in record)}
        return {prefix: LIST_JOINER.join(str(flatten_record(item)) for item in record)}
    return {prefix or "value": record}


def csv_header(serializer: serializers.BaseSerializer) -> list[str]:
    """Column names from the serializer's fields, so the header is right even for an empty result."""
    columns: list[str] = []
    for name, field in serializer.fields.items():
        if getattr(field, "write_only", False):
            continue
        if isinstance(field, serializers.Serializer):
            columns.extend(f"{name}.{child}" for child in csv_header(field))
        else:
            columns.append(name)
    return columns


FORMULA_START = frozenset("=+-@\t\r")
# ASCII digits, the whole cell (`$` would also match before a final newline): the same test in SQL below.
PLAIN_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
PLAIN_NUMBER_SQL = r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"


def spreadsheet_safe(cell: Any) -> Any:
    """A text cell a spreadsheet would evaluate (`=HYPERLINK(…)`, `@SUM(…)`) gets a leading apostrophe; numbers,
    negative ones included, are left as they are."""
    if cell.__class__ is str and cell and cell[0] in FORMULA_START and not PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def csv_cell(cell: Any) -> Any:
    """One cell: None empty, a list of plain values joined, text made spreadsheet-safe."""
    if cell is None:
        return ""
    if isinstance(cell, list | tuple):
        return flatten_record(cell, "cell")["cell"]
    return spreadsheet_safe(cell)


class _Line:
    def write(self, value: str) -> str:
        return value


_WRITER = csv.writer(_Line())


def csv_line(row: list[Any]) -> str:
    return _WRITER.writerow(["" if cell is None else spreadsheet_safe(cell) for cell in row])


def stream_csv_cells(header: list[str], kinds: list[str], rows: Iterable[list[Any]]) -> Iterator[bytes]:
    """The BOM, the header, then the rows (cells in header order; `kinds` says which columns hold text or lists,
    the only ones that need more than the csv module's own writing), lazily, in blocks of lines."""
    text = [index for index, kind in enumerate(kinds) if kind == "text"]
    lists = [index for index, kind in enumerate(kinds) if kind == "list"]
    yield codecs.BOM_UTF8
    yield csv_line(header).encode("utf-8")
    block: list[str] = []
    for row in rows:
        for index in text:
            cell = row[index]
            if cell and cell[0] in FORMULA_START:
                row[index] = spreadsheet_safe(cell)
        for index in lists:
            row[index] = csv_cell(row[index])
        block.append(_WRITER.writerow(row))  # None is written as an empty cell
        if len(block) == 500:
            yield "".join(block).encode("utf-8")
            block = []
    if block:
        yield "".join(block).encode("utf-8")


def stream_csv(header: list[str], records: Iterable[dict]) -> Iterator[bytes]:
    """The BOM, the header, then one encoded line per record — lazily, so memory stays flat on any size."""
    yield codecs.BOM_UTF8
    yield csv_line(header).encode("utf-8")
    for record in records:
        flat = flatten_record(record)
        yield csv_line([flat.get(column) for column in header]).encode("utf-8")


def records_of(data: Any) -> list[Any]:
    """The records a body holds: a paginated body's `results`, a list as it is, one object as a list of one."""
    if isinstance(data, dict) and "results" in data and isinstance(data["results"], list):
        data = data["results"]
    return data if isinstance(data, list) else [data]


class CSVRenderer(BaseRenderer):
    """`?format=csv` or `Accept: text/csv`. A paginated body is rendered as its `results`."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> bytes:
        if data is None:
            return b""
        records = records_of(data)
        flat_records = [flatten_record(record) for record in records]
        header: list[str] = []
        for flat in flat_records:
            header.extend(column for column in flat if column not in header)
        return b"".join(stream_csv(header, records))


def json_line(record: Any) -> bytes:
    return (json.dumps(record, cls=JSONEncoder, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def stream_json_lines(records: Iterable[Any]) -> Iterator[bytes]:
    """One JSON object per line, lazily (`pandas.read_json(url, lines=True)` reads it)."""
    for record in records:
        yield json_line(record)


class JSONLinesRenderer(BaseRenderer):
    """`?format=jsonl` or `Accept: application/jsonl`. A paginated body is rendered as its `results`."""

    media_type = "application/jsonl"
    format = "jsonl"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> bytes:
        if data is None:
            return b""
        return b"".join(stream_json_lines(records_of(data)))
