"""The desk's spreadsheet export: CSV that Excel on Chinese Windows opens correctly, and a form in the reader's words.

- Excel reads a CSV without a byte-order mark in the system code page (GBK on Chinese Windows): Chinese turns to
  garbage. The CSV starts with a UTF-8 BOM.
- Excel turns a long digit string (a 12-digit administrative code) into a number, 3.70400E+11, and drops leading
  zeros. In the CSV such a cell is written as the formula ="370400000000", which Excel shows as that text. XLSX
  needs nothing: its cells are typed, and codes are written as text.
"""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from import_export.formats.base_formats import CSV
from import_export.forms import SelectableFieldsExportForm

# Digit strings Excel would mangle: 11+ digits (shown in scientific notation / rounded) or a leading zero.
DIGITS_EXCEL_MANGLES = re.compile(r"^(?:\d{11,}|0\d+)$")


def excel_text(value: Any) -> Any:
    if isinstance(value, str) and DIGITS_EXCEL_MANGLES.match(value):
        return f'="{value}"'
    return value


class ExcelCSV(CSV):
    """CSV for spreadsheets: UTF-8 with a BOM, long digit codes kept as text."""

    def export_data(self, dataset, **kwargs) -> str:
        for index, row in enumerate(list(dataset)):
            dataset[index] = tuple(excel_text(value) for value in row)
        return "\ufeff" + super().export_data(dataset, **kwargs)


class DeskExportForm(SelectableFieldsExportForm):
    """Column choices labelled with the model's verbose names (or the resource's `labels`), not attribute names."""

    def _get_field_label(self, resource, field_name: str) -> str:
        labels = getattr(resource, "labels", {})
        if field_name in labels:
            return str(labels[field_name])
        model = resource._meta.model
        try:
            return str(model._meta.get_field(field_name).verbose_name)
        except FieldDoesNotExist:
            return field_name
