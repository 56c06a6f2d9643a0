"""Metric phrases of real-page shapes: a level reached after a change verb, a sum earned by selling or work,
a span's head, and the low end of a range named by what follows its high end (made-up sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from indicators.extraction import extract_indicators


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县贫困发生率降至0.3%", ["贫困发生率"]),
        ("城镇化率稳步提升至70.2%", ["城镇化率"]),
        ("贫困人口已减至3.5万人", ["贫困人口"]),
        ("农民人均收入增加到了9800元", ["农民人均收入"]),
        # A bound's 不得 (不得低于) belongs to the qualifier, not to the name.
        ("贫困户比例不得低于40%", ["贫困户比例"]),
        # A modal before the dropped verb of reaching (可达到, 将超过) names nothing.
        ("今年预计产量可达到3万株", ["预计产量"]),
    ],
)
def test_a_level_reached_is_named_by_what_reached_it(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


def test_a_change_verb_alone_still_borrows_the_sentences_subject() -> None:
    assert metrics("贫困发生率由2016年的5.1%降至0.8%") == ["贫困发生率", "贫困发生率"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("去年卖了6万多元", "收入"),
        ("外出打工还能挣4万元", "外出打工收入"),
        ("每批可以赚到5200元", "每批收入"),
    ],
)
def test_a_sum_earned_by_selling_or_work_is_an_income(text: str, expected: str) -> None:
    assert metrics(text) == [expected]


def test_an_income_gained_takes_the_topic_of_its_sentence() -> None:
    # "gained" before an income says nothing about whose it is; the sentence's topic does.
    assert metrics("全村辣椒种植面积800亩,获得收入300万元")[-1] == "辣椒收入"


def test_a_price_per_unit_stays_a_price() -> None:
    assert metrics("一斤土豆卖0.8元") == ["土豆单价"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者 王明)过去三年,全县新建道路", "年数"),
        ("我在这里收核桃可能有五六年了", "收核桃年数"),
    ],
)
def test_a_span_takes_the_head_of_a_span(text: str, expected: str) -> None:
    assert metrics(text)[0] == expected


@pytest.mark.parametrize("text", ["仓库里堆着已装好的六七个麻袋", "每亩5000—6000元的收入"])
def test_both_ends_of_a_range_have_the_same_name(text: str) -> None:
    found = extract_indicators(text)
    assert [c.quantity.qualifier for c in found] == ["at_least", "at_most"]
    assert found[0].metric == found[1].metric
    assert found[0].quantity.value < found[1].quantity.value == Decimal(found[1].quantity.value)
