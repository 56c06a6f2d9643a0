"""`?metric=<part>` on PostgreSQL is read through the gram index (characters and character pairs of the metric),
and answers exactly what the plain substring test answers, for needles of one, two and more characters, with or
without letters. The plans are asserted, never timings (those are in bench/RESULTS.md)."""

from __future__ import annotations

import pytest
from django.db import connection

from indicators.api_selectors import indicator_list_queryset
from indicators.filters import IndicatorFilter
from indicators.metric_grams import lowers_alike, needle_grams
from indicators.models import Indicator

ROWS = 20_000
# Metrics made of characters from a range of CJK ideographs, plus a few with letters in both cases.
METRIC_SQL = (
    "chr(19968 + (g * 7) %% 400) || chr(19968 + (g * 13) %% 397) || chr(19968 + (g * 3) %% 389) || "
    "CASE WHEN g %% 50 = 0 THEN 'GDP增速' WHEN g %% 50 = 1 THEN 'gdp' ELSE '' END"
)


def test_a_needle_gives_a_gram_every_containing_metric_has():
    assert needle_grams("信贷") == ["信贷"]
    assert needle_grams("贷") == ["贷"]
    assert needle_grams("小额信贷") == ["信贷"]
    assert needle_grams("GDP") == ["dp"]
    assert lowers_alike("贫困户") and lowers_alike("GDP增速") and not lowers_alike("Ärzte")


@pytest.fixture
def many_metrics(world) -> None:
    template = world.road_km
    copied = [f.column for f in Indicator._meta.concrete_fields if f.column not in ("id", "metric", "start_offset")]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {Indicator._meta.db_table} ({', '.join(copied)}, metric, start_offset) "
            f"SELECT {', '.join(copied)}, {METRIC_SQL}, end_offset "
            f"FROM {Indicator._meta.db_table}, generate_series(1, %s) AS g WHERE id = %s",
            [ROWS, template.pk],
        )
        cursor.execute(f"ANALYZE {Indicator._meta.db_table}")


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def filtered(needle: str):
    return IndicatorFilter(data={"metric": needle}, queryset=indicator_list_queryset()).qs


def some_metric() -> str:
    return Indicator.objects.filter(metric__regex=r"^[一-龥]{3}$").order_by("pk").values_list("metric", flat=True)[7]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the gram index is PostgreSQL's")
@pytest.mark.django_db
@pytest.mark.parametrize("part", ["pair", "one", "three", "letters"])
def test_a_metric_part_is_read_through_the_gram_index(many_metrics, part):
    metric = some_metric()
    needle = {"pair": metric[1:], "one": metric[0], "three": metric, "letters": "gdp增"}[part]

    count = filtered(needle).order_by().values("pk")[:10_001]
    shown = plan(count)

    assert "indicator_metric_grams" in shown, shown
    assert "Seq Scan on indicators_indicator" not in shown, shown
    expected = {pk for pk, text in Indicator.objects.values_list("pk", "metric") if needle.lower() in text.lower()}
    assert expected  # the needle is in some metric
    assert set(filtered(needle).values_list("pk", flat=True)) == expected


@pytest.mark.django_db
def test_the_metric_filter_answers_what_a_substring_test_answers(world):
    """On every engine (SQLite has no gram index: the plain substring test alone)."""
    for needle in ("贫困", "困", "户", "GDP", "不存在的词"):
        expected = {pk for pk, text in Indicator.objects.values_list("pk", "metric") if needle.lower() in text.lower()}
        assert set(filtered(needle).values_list("pk", flat=True)) == expected
