"""Lists read as columns (core.api.rows) are exactly what the serializers give; exports stream the same records."""

from __future__ import annotations

import codecs
import csv
import io
import json

import pytest

from core.api.renderers import flatten_record
from core.api.viewsets import CorrectionViewSet
from indicators.models import Indicator

RESOURCES = ["sources", "articles", "localities", "programs", "indicators"]


def body_of(response) -> bytes:
    assert response.status_code == 200, response.content
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
@pytest.mark.parametrize("resource", RESOURCES)
def test_a_page_read_as_columns_is_what_the_serializer_gives(anonymous, world, resource, monkeypatch):
    url = f"/api/{resource}/?page_size=500"
    fast = anonymous.get(url).json()
    monkeypatch.setattr(CorrectionViewSet, "read_page_rows", lambda self, queryset, keys: None)
    serialized = anonymous.get(url).json()

    assert fast == serialized and fast["results"]


@pytest.mark.django_db
@pytest.mark.parametrize("resource", RESOURCES)
def test_json_lines_and_csv_hold_the_records_of_the_json_list(anonymous, world, resource):
    records = anonymous.get(f"/api/{resource}/?page_size=500").json()["results"]

    response = anonymous.get(f"/api/{resource}/?format=jsonl")
    assert response.streaming and response["Content-Type"].startswith("application/jsonl")
    assert f'{resource}.jsonl"' in response["Content-Disposition"]
    assert [json.loads(line) for line in body_of(response).decode("utf-8").splitlines()] == records

    body = body_of(anonymous.get(f"/api/{resource}/?format=csv"))
    assert body.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [int(row["id"]) for row in rows] == [record["id"] for record in records]
    assert list(rows[0]) == list(flatten_record(records[0]))
    for row, record in zip(rows, records, strict=True):  # text cells as they are; numbers and dates as printed
        flat = flatten_record(record)
        assert all(row[key] == value for key, value in flat.items() if isinstance(value, str)), row


@pytest.mark.django_db
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(anonymous, world):
    Indicator.objects.filter(pk=world.road_km.pk).update(metric='=HYPERLINK("http://x")', quantity_text="-3.5")
    Indicator.objects.filter(pk=world.loan_yuan.pk).update(metric="@SUM(A1)", period_text="+1")

    rows = {
        int(row["id"]): row
        for row in csv.DictReader(
            io.StringIO(body_of(anonymous.get("/api/indicators/?format=csv")).decode("utf-8-sig"))
        )
    }

    assert rows[world.road_km.pk]["metric"] == '\'=HYPERLINK("http://x")'
    assert rows[world.road_km.pk]["quantity_text"] == "-3.5"  # a number stays a number
    assert rows[world.loan_yuan.pk]["metric"] == "'@SUM(A1)"
    assert rows[world.loan_yuan.pk]["period_text"] == "+1"


@pytest.mark.django_db
def test_an_export_takes_the_list_filters_and_order(anonymous, world):
    body = body_of(anonymous.get("/api/indicators/?unit=元&ordering=-value&format=jsonl")).decode()

    assert [json.loads(line)["metric"] for line in body.splitlines()] == ["扶贫小额信贷发放额", "社区公益资金"]
