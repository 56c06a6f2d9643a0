"""Spans of time that frame or date other figures, 各 giving a figure to every item of a list, and the topic a
generic measure (产量, 年产值) takes from its sentence (made-up sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from indicators.extraction import extract_indicators


def rows(text: str) -> list[tuple[Decimal, str, str]]:
    return [(c.quantity.value, c.quantity.unit, c.metric) for c in extract_indicators(text)]


@pytest.mark.parametrize(
    "text",
    [
        "三年苗木长成进入挂果期后,租给农户经营",
    ],
)
def test_spans_that_date_are_dropped(text: str) -> None:
    assert all(unit not in ("天", "年") for _, unit, _ in rows(text))


@pytest.mark.parametrize(("text", "unit"), [("仅仅两天3万株幼苗顺利下地", "天"), ("基地前期三年由公司出资管理", "年")])
def test_spans_before_a_figure_are_figures(text: str, unit: str) -> None:
    assert any(found == unit for _, found, _ in rows(text))


def test_a_span_that_measures_stays() -> None:
    assert [(v, u) for v, u, _ in rows("此次比赛历时15天")] == [(Decimal(15), "天")]


def test_each_gives_the_figure_to_every_listed_item() -> None:
    found = rows("建成省级先进镇、省级示范镇各1个")
    assert [(v, u) for v, u, _ in found] == [(Decimal(1), "个"), (Decimal(1), "个")]
    assert [m for _, _, m in found] == ["省级先进镇数", "省级示范镇数"]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("完成粮食播种面积23.93万亩,产量10.9万吨,增长1.87%", ["粮食播种面积", "粮食产量", "粮食产量增长"]),
        ("全村脐橙总面积达2800亩,年产量820万斤,年产值2184万元", ["脐橙总面积", "脐橙年产量", "脐橙年产值"]),
        ("农村居民人均可支配收入达23184元", ["农村居民人均可支配收入"]),
    ],
)
def test_generic_measures_take_the_topic_of_their_sentence(text: str, metrics: list[str]) -> None:
    assert [m for _, _, m in rows(text)] == metrics


def test_a_span_after_every_is_a_rate_period_and_stays() -> None:
    assert (Decimal(2), "周") in [(v, u) for v, u, _ in rows("结对帮扶干部每两周至少开展1次结对帮扶工作")]


def test_people_are_no_topic_of_a_generic_measure() -> None:
    assert [m for _, _, m in rows("全县有近4万农民从事食用菌产业,年产量4.75万吨")][1] == "年产量"


def test_a_comparison_with_the_average_keeps_its_long_subject() -> None:
    found = rows("全县农村居民人均可支配收入增速比全省平均水平高出1.8个百分点")
    assert [m for _, _, m in found] == ["农村居民人均可支配收入增速高于全省"]
