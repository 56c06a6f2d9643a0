"""`?metric=<part>` answers exactly the figures whose metric contains the part, on both databases; on PostgreSQL it
reads the matching names from the `MetricName` dictionary its triggers keep, then filters the figures by name."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from indicators import filters as indicator_filters
from indicators.models import Indicator, MetricName
from tests.api.conftest import make_indicator

URL = "/api/indicators/"
on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="the dictionary is kept by triggers")


def listed(client, query: str) -> list[int]:
    response = client.get(f"{URL}?{query}&page_size=500")
    assert response.status_code == 200, response.content
    return sorted(row["id"] for row in response.json()["results"])


def substring(needle: str) -> list[int]:
    """The figures whose metric contains `needle`, tested in Python (ignoring case, as the filter does)."""
    return sorted(
        pk for pk, metric in Indicator.objects.values_list("pk", "metric") if needle.lower() in metric.lower()
    )


@pytest.fixture
def more_metrics(world) -> None:
    for offset, metric in enumerate(["发放小额信贷", "小额信贷户数", "GDP增长", "新建农村公路", "信"], start=600):
        make_indicator(world.poverty_article, offset, metric, "1", "个", locality=world.village)


@pytest.mark.django_db
@pytest.mark.parametrize("needle", ["信贷", "小额", "公路", "贫困户", "信", "gdp", "GDP增", "没有这个", "%", "_"])
def test_the_metric_filter_answers_the_substring_test(anonymous, world, more_metrics, needle):
    expected = substring(needle)
    assert listed(anonymous, f"metric={needle}") == expected
    if needle in ("信贷", "gdp"):
        assert expected  # the needles are real: the comparison cannot pass on two empty lists only


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["metric=没有这个", "metric=没有这个&unit=元"])
def test_a_filter_matching_nothing_lists_and_exports_nothing(anonymous, world, query):
    body = anonymous.get(f"{URL}?{query}").json()
    assert (body["count"], body["results"]) == (0, [])
    response = anonymous.get(f"{URL}?{query}&format=csv")  # was a 500 through COPY on PostgreSQL
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert len(lines) == 1 and "metric" in lines[0]  # the header only
    response = anonymous.get(f"{URL}?{query}&format=jsonl")
    assert response.status_code == 200 and b"".join(response.streaming_content).strip() == b""


@pytest.mark.django_db
@on_postgresql
def test_the_dictionary_follows_inserts_updates_and_a_truncate(world):
    def names() -> set[str]:
        return set(MetricName.objects.values_list("metric", flat=True))

    assert names() == set(Indicator.objects.values_list("metric", flat=True))
    make_indicator(world.poverty_article, 700, "新增光伏电站", "3", "个", locality=world.village)
    Indicator.objects.bulk_create(
        [
            Indicator(
                **{**_fields(world.road_km), "metric": f"批量指标{i}", "start_offset": 800 + i, "end_offset": 805 + i}
            )
            for i in range(3)
        ]
    )
    Indicator.objects.filter(metric="惠及贫困户").update(metric="惠及脱贫户")
    assert {"新增光伏电站", "批量指标0", "批量指标2", "惠及脱贫户"} <= names()
    assert set(Indicator.objects.values_list("metric", flat=True)) <= names()

    Indicator.objects.filter(metric="新增光伏电站").delete()  # kept: a superset never loses a figure
    assert "新增光伏电站" in names()
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred key check may be pending at a TRUNCATE
        cursor.execute(f"TRUNCATE {Indicator._meta.db_table} CASCADE")
    assert names() == set()


def _fields(indicator: Indicator) -> dict:
    own = [f.attname for f in Indicator._meta.concrete_fields if f.attname not in ("id", "identity")]
    return {name: getattr(indicator, name) for name in own}


@pytest.mark.django_db
@on_postgresql
def test_the_figures_are_filtered_by_name_not_by_substring(anonymous, world, more_metrics):
    with CaptureQueriesContext(connection) as queries:
        assert listed(anonymous, "metric=信贷") == substring("信贷")
    figure_queries = [q["sql"] for q in queries.captured_queries if 'FROM "indicators_indicator"' in q["sql"]]
    assert figure_queries and all("LIKE" not in sql for sql in figure_queries)
    assert any('"indicators_indicator"."metric" = ANY' in sql for sql in figure_queries)
    assert any('FROM "indicators_metricname"' in q["sql"] for q in queries.captured_queries)


@pytest.mark.django_db
@on_postgresql
def test_too_many_matching_names_fall_back_to_the_substring_test(anonymous, world, more_metrics, monkeypatch):
    monkeypatch.setattr(indicator_filters, "MAX_METRIC_NAMES", 1)
    with CaptureQueriesContext(connection) as queries:
        assert listed(anonymous, "metric=信贷") == substring("信贷")
    assert any("LIKE" in q["sql"] and 'FROM "indicators_indicator"' in q["sql"] for q in queries.captured_queries)


@pytest.mark.django_db
def test_the_metric_filter_still_combines_with_place_and_value(anonymous, world, more_metrics):
    query = f"metric=信贷&locality={world.county.pk}&value_min=100"
    expected = sorted(
        Indicator.objects.filter(metric__contains="信贷", value__gte=Decimal(100))
        .filter(locality__in=[world.county.pk, world.township.pk, world.village.pk])
        .values_list("pk", flat=True)
    )
    assert listed(anonymous, query) == expected == [world.loan_yuan.pk]
