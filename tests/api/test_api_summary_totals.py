"""The per-place totals PostgreSQL's triggers keep (indicators.unit_place_totals_sql) stay exactly what the indicator
table adds up to after every kind of write, and a summary read from them is the summary read from the figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import Count, Max, Min, Sum
from rest_framework.test import APIClient

from indicators.models import Indicator, UnitPlaceTotal
from indicators.views import IndicatorViewSet
from localities.models import Locality
from tests.api.conftest import make_indicator

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the totals are kept by PostgreSQL triggers"),
]


def from_figures() -> dict:
    rows = Indicator.objects.values("unit", "locality_id").annotate(
        n=Count("id"), total=Sum("value"), low=Min("value"), high=Max("value")
    )
    return {(r["unit"], r["locality_id"]): (r["n"], r["total"], r["low"], r["high"]) for r in rows}


def kept() -> dict:
    rows = UnitPlaceTotal.objects.values_list("unit", "locality_id", "count", "total", "low", "high")
    return {(unit, place): (n, total, low, high) for unit, place, n, total, low, high in rows}


def test_totals_follow_inserts_updates_deletes_and_a_deleted_place(world):
    assert kept() == from_figures() and kept()

    extra = make_indicator(world.poverty_article, 300, "新增就业", "7", "人", locality=world.village)
    copies = [
        {**_fields(extra), "value": Decimal(v), "start_offset": 400 + i, "end_offset": 402 + i}
        for i, v in enumerate("123")
    ]
    Indicator.objects.bulk_create([Indicator(**fields) for fields in copies])
    assert kept() == from_figures()

    Indicator.objects.filter(pk=extra.pk).update(value=Decimal("-5.5"))  # the new minimum
    Indicator.objects.filter(unit="元").update(locality=world.township)  # rows move between places
    assert kept() == from_figures()

    highest = Indicator.objects.filter(unit="人").order_by("-value").first()
    highest.delete()  # the maximum goes: recomputed, not guessed
    Indicator.objects.filter(unit="公里").update(unit="千米")  # a unit renamed
    assert kept() == from_figures()

    Locality.objects.filter(pk=world.village.pk).delete()  # its figures lose their place (SET NULL)
    assert kept() == from_figures()
    assert any(place is None for _unit, place in kept())

    Indicator.objects.all().delete()
    assert kept() == {}


def _fields(indicator: Indicator) -> dict:
    own = [f.attname for f in Indicator._meta.concrete_fields if f.attname not in ("id", "identity")]
    return {name: getattr(indicator, name) for name in own}


@pytest.mark.parametrize(
    "query",
    [
        "unit=元",
        "unit=元&group_by=county",
        "unit=元&group_by=prefecture",
        "unit=元&group_by=province",
        "unit=元&group_by=level",
        "unit=元&group_by=locality",
        "unit=户&locality={county}&group_by=county",
        "unit=户&locality={county}&descendants=false",
        "locality={county}",  # mixed units: the same 400 either way
        "format=csv&unit=元&group_by=county",
    ],
)
def test_a_summary_from_the_totals_is_the_summary_from_the_figures(world, query, monkeypatch):
    make_indicator(world.poverty_article, 500, "投入资金", "12.5", "元", locality=world.village)
    make_indicator(world.poverty_article, 520, "投入资金", "0.25", "元", locality=None)
    url = "/api/indicators/summary/?" + query.format(county=world.county.code[:6])
    client = APIClient()
    used: list[bool] = []
    real = IndicatorViewSet.totals_answer

    def spy(self, group_by):
        used.append(real(self, group_by))
        return used[-1]

    monkeypatch.setattr(IndicatorViewSet, "totals_answer", spy)
    from_totals = client.get(url)
    monkeypatch.setattr(IndicatorViewSet, "totals_answer", lambda self, group_by: False)
    from_rows = client.get(url)

    assert used in ([True], [])  # a refused request never reaches the choice
    assert (from_totals.status_code, from_totals.content) == (from_rows.status_code, from_rows.content)


def test_other_filters_and_groupings_read_the_figures(world):
    client = APIClient()
    for query in ("unit=元&qualifier=exact", "unit=元&group_by=period", "unit=元&group_by=program"):
        view = IndicatorViewSet()
        view.request = type("R", (), {"query_params": dict(p.split("=") for p in query.split("&"))})()
        assert not view.totals_answer(view.request.query_params.get("group_by"))
        assert client.get("/api/indicators/summary/?" + query).status_code == 200


def test_the_totals_have_an_index_carrying_the_measures(world):
    """A summary reads a unit's totals from the index alone (`indicators/0009`; the plan is in bench/RESULTS.md:
    rows a test has just written are not all-visible, so an index-only scan is not asserted here)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'unit_place_total_measures'")
        found = cursor.fetchone()
    assert found is not None and "(unit, locality_id) INCLUDE (count, total, low, high)" in found[0]
