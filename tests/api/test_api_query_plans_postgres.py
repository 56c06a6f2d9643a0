"""On PostgreSQL the subtree filter is planned from the places it really covers, so a county is read by index.

A recursive query inside the filter left the planner guessing 1,001 places (a county has about a hundred) and it
scanned the whole indicator table for the count and again for the page. The plans are asserted, never timings.
"""

from __future__ import annotations

import pytest
from django.db import connection

from core.api.ordering import sorted_by_the_database
from indicators.api_selectors import indicator_list_queryset
from indicators.filters import IndicatorFilter
from indicators.models import Indicator
from localities.models import Locality

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="plans are PostgreSQL's"),
]
ROWS = 60_000


@pytest.fixture
def big_table(world) -> list[Locality]:
    """20 counties of 10 villages each under the fixture's prefecture, and 60,000 indicators spread over them."""
    counties = Locality.objects.bulk_create(
        Locality(name=f"测{i}县", level="county", parent=world.prefecture, code=f"9901{i + 20:02d}000000")
        for i in range(20)
    )
    villages = Locality.objects.bulk_create(
        Locality(name=f"测{j}村", level="village", parent=county) for county in counties for j in range(10)
    )
    template = world.road_km
    copied = [
        f.column
        for f in Indicator._meta.concrete_fields
        if f.column not in ("id", "locality_id", "start_offset", "end_offset")
    ]
    places = [village.pk for village in villages]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {Indicator._meta.db_table} ({', '.join(copied)}, locality_id, start_offset, end_offset) "
            f"SELECT {', '.join(copied)}, (%s::bigint[])[1 + g %% %s], 100000 + g, 100001 + g "
            f"FROM {Indicator._meta.db_table}, generate_series(1, %s) AS g WHERE id = %s",
            [places, len(places), ROWS, template.pk],
        )
        cursor.execute(f"ANALYZE {Indicator._meta.db_table}")
        cursor.execute(f"ANALYZE {Locality._meta.db_table}")
    return counties


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize("reference", ["code", "prefix", "id"])
def test_a_county_alone_is_read_through_an_index(big_table, reference):
    county = big_table[3]
    value = {"code": county.code, "prefix": county.code[:6], "id": str(county.pk)}[reference]
    filtered = IndicatorFilter(data={"locality": value}, queryset=indicator_list_queryset()).qs

    # the pagination's bounded count, then the page's ids sorted after filtering (a small result)
    count = filtered.order_by().values("pk")[:10_001]
    page = sorted_by_the_database(filtered.order_by("article_id", "start_offset", "pk")).values_list("pk")[:51]
    for query in (count, page):
        shown = plan(query)
        assert "Seq Scan on indicators_indicator" not in shown, shown
        assert "Index" in shown, shown
    assert count.count() == ROWS // 20


def test_a_ranked_search_scores_only_the_newest_matches(anonymous, world, monkeypatch):
    from core.api import fulltext
    from core.api.pagination import BoundedPageNumberPagination

    monkeypatch.setattr(fulltext, "RANK_CANDIDATES", 2)
    monkeypatch.setattr(BoundedPageNumberPagination, "count_limit", 1)
    matching = sorted(row["id"] for row in anonymous.get("/api/articles/?q=扶贫&ordering=id").json()["results"])
    assert len(matching) == 3

    body = anonymous.get("/api/articles/?q=扶贫").json()

    assert sorted(row["id"] for row in body["results"]) == matching[-2:]
    assert body["count_is_exact"] is False  # more matched than were ranked


def test_a_ranked_search_page_is_the_order_the_query_gives(anonymous, world, monkeypatch):
    """One pass ranks the candidates (`ranked_candidates`); the pages are what ordering the same candidates in SQL
    gives (`bounded_relevance` with the relevance ordering), the count their number."""
    from articles.api_selectors import article_list_queryset, search_articles
    from core.api import fulltext
    from core.api.pagination import BoundedPageNumberPagination

    monkeypatch.setattr(fulltext, "RANK_CANDIDATES", 3)
    monkeypatch.setattr(BoundedPageNumberPagination, "count_limit", 2)
    searched = search_articles(article_list_queryset(), "扶贫")
    in_sql = list(
        fulltext.bounded_relevance(searched).order_by(*fulltext.RELEVANCE_ORDERING).values_list("pk", flat=True)
    )

    pages = [anonymous.get(f"/api/articles/?q=扶贫&page_size=1&page={page}").json() for page in (1, 2, 3)]

    assert [page["results"][0]["id"] for page in pages] == in_sql == fulltext.ranked_candidates(searched)
    assert [page["count"] for page in pages] == [2, 2, 2] and pages[0]["count_is_exact"] is False
    assert pages[2]["next"] is None


METRICS = ["新建农村公路", "改造危房", "发放小额信贷", "帮扶贫困户", "培训农民", "新增就业", "种植面积", "投入资金"]


@pytest.fixture
def varied_metrics(big_table) -> list[Locality]:
    """The big table's figures spread over eight metrics and a range of values."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Indicator._meta.db_table} SET metric = (%s::text[])[1 + id %% 8], value = (id * 7919) %% 100000 "
            "WHERE start_offset >= 100000",
            [METRICS],
        )
        cursor.execute(f"ANALYZE {Indicator._meta.db_table}")
    return big_table


def test_a_metric_in_a_county_is_read_from_the_metric_place_index(varied_metrics):
    """`metric=` (resolved to names), the subtree's ids and `value_min` are all conditions of one index (whose included
    columns sort the page without reading the table, once vacuumed), however common the metric."""
    where = varied_metrics[3].pk  # a twentieth of the figures
    data = {"locality": str(where), "metric": "信贷", "value_min": "50000"}
    filtered = IndicatorFilter(data=data, queryset=indicator_list_queryset()).qs
    count = filtered.order_by().values("pk")[:10_001]
    ordered = filtered.order_by("article_id", "start_offset", "pk")
    for query in (count, sorted_by_the_database(ordered).values_list("pk")[:51]):
        shown = plan(query)
        # (an index-only scan once the table is vacuumed; a test's rows are not, so a bitmap over the same index)
        conditions = [line for line in shown.splitlines() if "Index Cond" in line]
        assert "Scan using indicator_metric_place_value" in shown or "Scan on indicator_metric_place_value" in shown
        assert len(conditions) == 1 and all(c in conditions[0] for c in ("(metric)", "(locality_id =", "(value >=")), (
            shown
        )
        assert "Seq Scan" not in shown, shown
    parents = dict(Locality.objects.values_list("pk", "parent_id"))

    def inside(pk: int | None) -> bool:
        while pk is not None and pk != where:
            pk = parents[pk]
        return pk == where

    figures = Indicator.objects.values_list("locality_id", "metric", "value")
    expected = sum(1 for p, metric, value in figures if inside(p) and "信贷" in metric and value >= 50000)
    assert count.count() == expected > 0
