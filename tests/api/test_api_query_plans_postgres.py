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
