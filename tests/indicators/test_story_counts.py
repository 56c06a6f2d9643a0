"""Small counts that narrate rather than measure (issue 11), on made-up sentences: a span pointed back to with
这/那, a couple, a time before now, one after another, a story's year; and the small counts the inclusive gold
(tests/fixtures/CONVENTIONS.md) counts all the same: a handful guessed with two neighbouring digits (a range),
a span ahead or behind, the span of a change, meals, kin, a count restated by 上述."""

from __future__ import annotations

from decimal import Decimal

import pytest

from indicators.extraction import extract_indicators


def figures(text: str) -> list[tuple[Decimal, str]]:
    return [(c.quantity.value, c.quantity.unit) for c in extract_indicators(text)]


@pytest.mark.parametrize(
    "text",
    [
        "那两年,村里几乎没有收入",
        "老两口如今住进了新房",
        "李大姐两口子在家门口打工",
        "三年多前,他还住在土坯房里",
        "路边的新房一栋接着一栋",
        "农民辛苦一年下来,粮食卖不上价",
        "迎来一年中最忙的时候",
        "果子变黑,一年的收成打了水漂",
        "他一天的卖瓜钱还不够路费",
        "构建市级、县级、乡级三个级别的示范基地",
    ],
)
def test_story_counts_are_not_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两人月收入五六千元", (Decimal("6000"), "元")),  # a guessed amount keeps its magnitude
        ("就靠着这8户带头发展", (Decimal("8"), "户")),  # a count in digits after 这 is still reported
        ("一家5口住在危房里", (Decimal("5"), "口")),  # the size of a household, not a couple
        ("坚持了三年多,终于见效", (Decimal("3"), "年")),  # a span measured, not a time before now
        ("新建污水处理站一处。", (Decimal("1"), "处")),  # one built, closing its clause
        ("经过一年的悉心养殖,今年", (Decimal("1"), "年")),  # a span after a lead word, not a year's yield
        ("一年的时间里,他走遍了全村", (Decimal("1"), "年")),
    ],
)
def test_measured_counts_stay(text: str, expected: tuple[Decimal, str]) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("她三四分钟就能编好", [(Decimal("3"), "分钟", "at_least"), (Decimal("4"), "分钟", "at_most")]),
        ("院子里摆着七八个竹筐", [(Decimal("7"), "个", "at_least"), (Decimal("8"), "个", "at_most")]),
        ("这三个合作社的经验值得推广", [(Decimal("3"), "个", "exact")]),
        ("未来3年,全县将继续推进改造", [(Decimal("3"), "年", "exact")]),
        ("合作社还管两顿饭", [(Decimal("2"), "顿", "exact")]),
        ("上述12个村已完成验收", [(Decimal("12"), "个", "exact")]),
        ("两个女儿在幼儿园上班", [(Decimal("2"), "个", "exact")]),
        ("21年间,受益于协作", [(Decimal("21"), "年", "exact")]),
    ],
)
def test_small_counts_the_gold_counts(text: str, expected: list[tuple[Decimal, str, str]]) -> None:
    found = [(c.quantity.value, c.quantity.unit, c.quantity.qualifier) for c in extract_indicators(text)]
    assert found == expected


def test_a_span_before_a_change_is_a_figure_and_leaves_the_name_of_the_change() -> None:
    found = [(c.quantity.value, c.quantity.unit, c.metric) for c in extract_indicators("4年来共减少贫困人口2.86万人")]
    assert found[0][:2] == (Decimal("4"), "年")
    assert found[1] == (Decimal("28600"), "人", "减少贫困人口")


def test_a_restated_count_is_named_without_its_pointer() -> None:
    assert [c.metric for c in extract_indicators("上述9个县")] == ["县数"]


def test_a_bare_change_verb_keeps_the_sentences_metric() -> None:
    metrics = [c.metric for c in extract_indicators("该县贫困发生率由2018年的3.2%降至0.5%")]
    assert metrics == ["贫困发生率", "贫困发生率"]


def test_a_span_inside_the_run_up_leaves_the_words_around_it_to_name_the_figure() -> None:
    found = [(c.quantity.unit, c.metric) for c in extract_indicators("全省农村贫困人口3年减少56万人")]
    assert found == [("年", "农村贫困人口年数"), ("人", "农村贫困人口减少人数")]


@pytest.mark.parametrize(
    "text",
    ["天刚亮,他就开始了一天的忙碌。", "一天劳作下来,腰都直不起来。", "去年一年,合作社没歇过。"],
)
def test_a_day_or_year_in_a_story_is_no_figure(text: str) -> None:
    assert extract_indicators(text) == []


def test_a_year_of_work_still_counts() -> None:
    (found,) = extract_indicators("经过一年的试种,效果很好。")
    assert (found.quantity.value, found.quantity.unit) == (1, "年")
