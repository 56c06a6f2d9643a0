"""A list filtered by unit and place only takes its `count` from the maintained per-place totals (PostgreSQL): the
same count as counting the figures, with no count over the figures run, and still capped at the pagination's
limit; any other filter is counted from the figures."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.api.pagination import BoundedPageNumberPagination

URL = "/api/indicators/"
pytestmark = pytest.mark.django_db


def counted(client, query: str) -> tuple[dict, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{URL}?{query}")
    assert response.status_code == 200, response.content
    return response.json(), [q["sql"] for q in queries.captured_queries]


def figure_count_ran(sql: list[str]) -> bool:
    return any(s.startswith("SELECT COUNT(*) FROM (") and "indicators_indicator" in s for s in sql)


QUERIES = [
    "",
    "locality={county}",
    "locality={county}&unit=元",
    "unit=户",
    "locality={prefecture}&descendants=false",
    "locality={province}&ordering=-value&page_size=1",
    "locality={village}&cursor=",
]


@pytest.mark.parametrize("query", QUERIES)
def test_unit_and_place_lists_count_what_they_list(anonymous, world, query):
    query = query.format(**{name: getattr(world, name).pk for name in ("county", "prefecture", "province", "village")})
    body, sql = counted(anonymous, query + "&page_size=500" if "page_size" not in query else query)
    if "page_size=1" not in query:
        assert body["count"] == len(body["results"]) and body["count_is_exact"]
    else:
        everything, _ = counted(anonymous, query.replace("page_size=1", "page_size=500"))
        assert body["count"] == len(everything["results"]) > 1 and body["next"]
    assert figure_count_ran(sql) is (connection.vendor != "postgresql")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the totals are kept by PostgreSQL triggers")
def test_a_kept_count_is_still_capped(anonymous, world, monkeypatch):
    monkeypatch.setattr(BoundedPageNumberPagination, "count_limit", 2)
    body, sql = counted(anonymous, f"locality={world.province.pk}&page_size=1")
    assert (body["count"], body["count_is_exact"]) == (2, False) and not figure_count_ran(sql)
    body, _ = counted(anonymous, f"locality={world.village.pk}&page_size=1")
    assert (body["count"], body["count_is_exact"]) == (1, True)


@pytest.mark.parametrize("query", ["metric=信贷", "unit=元&verified=true", "locality={county}&value_min=10"])
def test_other_filters_count_the_figures(anonymous, world, query):
    body, sql = counted(anonymous, query.format(county=world.county.pk) + "&page_size=500")
    assert body["count"] == len(body["results"]) >= 1
    assert figure_count_ran(sql)
