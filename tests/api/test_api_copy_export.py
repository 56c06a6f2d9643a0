"""CSV and JSON Lines written by PostgreSQL's COPY (core.api.copy_export, core.api.copy_json_lines) are byte for
byte what Python writes.

On SQLite there is no COPY: `copy_csv` and `copy_json_lines` answer None and the Python export runs, so the same
tests check that the Python export keeps the rules the SQL reproduces (formula-safe text, ISO times, joined lists).
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import json

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone

import core.api.viewsets
from core.api.renderers import spreadsheet_safe
from indicators.models import Indicator
from localities.models import Locality

RESOURCES = ["sources", "articles", "localities", "programs", "indicators"]
ON_POSTGRESQL = connection.vendor == "postgresql"


def export(client, url: str, monkeypatch, *, through_copy: bool) -> bytes:
    """The export at `url`, through COPY when the database has it (`through_copy`) or through Python."""
    name = "copy_json_lines" if "format=jsonl" in url else "copy_csv"
    with monkeypatch.context() as patch:
        used: list[bool] = []
        real = getattr(core.api.viewsets, name)

        def spy(*args):
            body = real(*args) if through_copy else None
            used.append(body is not None)
            return body

        patch.setattr(core.api.viewsets, name, spy)
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = b"".join(response.streaming_content)
    if through_copy and ON_POSTGRESQL:
        assert used == [True], "the export did not go through COPY"
    return body


def both(client, url: str, monkeypatch) -> bytes:
    fast = export(client, url, monkeypatch, through_copy=True)
    slow = export(client, url, monkeypatch, through_copy=False)
    assert fast == slow
    return fast


@pytest.mark.django_db
@pytest.mark.parametrize("resource", RESOURCES)
def test_every_list_exports_the_same_bytes_through_copy(anonymous, world, resource, monkeypatch):
    body = both(anonymous, f"/api/{resource}/?format=csv", monkeypatch)
    lines = both(anonymous, f"/api/{resource}/?format=jsonl", monkeypatch)

    assert body.startswith(codecs.BOM_UTF8) and body.count(b"\r\n") > 1
    assert [json.loads(line) for line in lines.splitlines()]


@pytest.mark.django_db
def test_filtered_and_ordered_exports_are_the_same_bytes(anonymous, world, monkeypatch):
    code = world.county.code[:6]
    queries = [f"locality={code}", "unit=元&ordering=-value", "metric=扶贫&ordering=period"]
    queries.append("value_min=1&ordering=-locality")
    for query in queries:
        both(anonymous, f"/api/indicators/?{query}&format=csv", monkeypatch)
        both(anonymous, f"/api/indicators/?{query}&format=jsonl", monkeypatch)
    for query in ("q=扶贫", "q=扶贫&ordering=-id", f"locality={code}"):  # ranked search keeps its order
        assert both(anonymous, f"/api/articles/?{query}&format=csv", monkeypatch).count(b"\r\n") > 1
        both(anonymous, f"/api/articles/?{query}&format=jsonl", monkeypatch)


AWKWARD_TEXT = [
    '=HYPERLINK("http://x")',  # a formula: apostrophe
    "-12",  # a number: as it is
    "-１２",  # full-width digits are not a number to a spreadsheet's parser: apostrophe
    "-12\n",  # nor is a number followed by a line break
    "+1.5e3",
    "\tindented",
    "",  # empty: nothing between the commas, never ""
    'a "quoted", word',
    "two\nlines\r\nand a CR\r",
    "@SUM(A1)",
]


@pytest.mark.django_db
@pytest.mark.parametrize("zone", ["Asia/Shanghai", "UTC", "America/St_Johns"])
def test_awkward_cells_are_the_same_bytes(anonymous, world, monkeypatch, zone):
    rows = list(Indicator.objects.order_by("pk"))
    floats = [1.0, 0.1, 1e-05, 1e16, 1234567890123456.5, 2e15, -0.5, None]
    stamps = [
        datetime.datetime(2020, 5, 1, 0, 0, 0, tzinfo=datetime.UTC),
        datetime.datetime(2020, 5, 1, 23, 59, 59, 120000, tzinfo=datetime.UTC),
        datetime.datetime(1999, 12, 31, 16, 0, 0, 1, tzinfo=datetime.UTC),
        datetime.datetime(1900, 6, 1, 0, 0, 0, tzinfo=datetime.UTC),  # local mean time: an offset with seconds
    ]
    for index, row in enumerate(rows):
        Indicator.objects.filter(pk=row.pk).update(
            metric=AWKWARD_TEXT[index % len(AWKWARD_TEXT)] or "x",
            period_text=AWKWARD_TEXT[(index + 3) % len(AWKWARD_TEXT)],
            evidence_text=AWKWARD_TEXT[(index + 5) % len(AWKWARD_TEXT)],
            confidence=floats[index % len(floats)],
            locked_fields=[["value", "unit"], [], ["metric", None, True, 3]][index % 3],
            created_at=stamps[index % len(stamps)],
            updated_at=stamps[(index + 1) % len(stamps)],
        )
    Locality.objects.filter(pk=world.county.pk).update(full_name="=cmd|' /C calc'!A0")

    with override_settings(TIME_ZONE=zone), timezone.override(zone):
        body = both(anonymous, "/api/indicators/?format=csv", monkeypatch)
        lines = both(anonymous, "/api/indicators/?format=jsonl", monkeypatch)

    records = [json.loads(line) for line in lines.decode("utf-8").split("\n") if line]
    texts = {text for r in records for text in (r["metric"], r["period_text"], r["evidence"]["text"])}
    assert {"-１２", "two\nlines\r\nand a CR\r", 'a "quoted", word'} <= texts
    assert ["metric", None, "True", "3"] in [record["locked_fields"] for record in records]

    cells = [cell for row in csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")) for cell in row]
    assert '\'=HYPERLINK("http://x")' in cells and "-12" in cells and "'-１２" in cells
    assert 'a "quoted", word' in cells and "two\nlines\r\nand a CR\r" in cells
    assert "value; unit" in cells and "metric; ; True; 3" in cells
    if zone == "UTC":
        assert "2020-05-01T00:00:00Z" in cells and "2020-05-01T23:59:59.120000Z" in cells
    if zone == "America/St_Johns":  # an offset with minutes
        assert "2020-04-30T21:30:00-02:30" in cells
    if zone == "Asia/Shanghai":  # before 1901 the zone's offset has seconds (local mean time)
        assert "1900-06-01T08:05:43+08:05:43" in cells


def test_a_plain_number_is_ascii_and_the_whole_cell():
    assert spreadsheet_safe("-12") == "-12" and spreadsheet_safe("+.5E-3") == "+.5E-3"
    assert spreadsheet_safe("-１２") == "'-１２"
    assert spreadsheet_safe("-12\n") == "'-12\n"
