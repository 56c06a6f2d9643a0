"""Ranges, bounds, currencies and measures flow from the page to stored indicators, the API and the export."""

from __future__ import annotations

import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from indicators.models import Indicator

pytestmark = pytest.mark.django_db

PAGE = """\
清河县外贸企业稳步发展

本报讯 今年以来，清河县外贸企业出口额达到1200万美元，吸引港资3000万港元，县财政投入资金500万元。

清河县每户补助2—3万元，培训时间不少于20天，新修道路12km，服务半径5公里以内。
"""


@pytest.fixture
def imported(write_page, page_dir, run_import):
    write_page("qinghe.txt", PAGE)
    code, _, err = run_import(str(page_dir))
    assert code == 0, err


def rows() -> list[tuple[str, str, str, str | None, str | None]]:
    def text(value: Decimal | None) -> str | None:
        return None if value is None else format(value.normalize(), "f")

    return [
        (text(i.value), i.unit, i.qualifier, text(i.value_low), text(i.value_high))
        for i in Indicator.objects.order_by("start_offset")
    ]


def test_stored_rows_keep_unit_range_and_bounds(imported):
    assert rows() == [
        ("12000000", "美元", "exact", None, None),
        ("30000000", "港元", "exact", None, None),
        ("5000000", "元", "exact", None, None),
        # A printed range gives its low end and its high end, each row carrying both bounds.
        ("20000", "元", "at_least", "20000", "30000"),
        ("30000", "元", "at_most", "20000", "30000"),
        # A one-sided bound sets only the side the text gives.
        ("20", "天", "at_least", "20", None),
        ("12", "km", "exact", None, None),
        ("5", "公里", "at_most", None, "5"),
    ]
    assert Indicator.objects.get(unit="km", value=12).quantity_text == "12km"


def test_export_prints_the_units_as_printed(imported):
    out = StringIO()
    call_command("export_extraction", stdout=out)
    (document,) = json.loads(out.getvalue())
    units = sorted({indicator["unit"] for indicator in document["indicators"]})
    assert units == ["km", "元", "公里", "天", "港元", "美元"]


def test_summary_never_adds_dollars_to_yuan(imported):
    client = APIClient()
    mixed = client.get("/api/indicators/summary/", {"qualifier": "exact"})
    assert mixed.status_code == 400
    refusal = mixed.json()["errors"]["unit"][0]
    assert "美元" in refusal and "元" in refusal
    dollars = client.get("/api/indicators/summary/", {"unit": "美元"}).json()
    assert dollars["total"]["count"] == 1 and Decimal(dollars["total"]["sum"]) == 12000000
    yuan = client.get("/api/indicators/summary/", {"unit": "元", "qualifier": "exact"}).json()
    assert yuan["total"]["count"] == 1 and Decimal(yuan["total"]["sum"]) == 5000000
