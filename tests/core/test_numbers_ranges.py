"""find_quantities on ranges: both ends found (`low`/`high`), one end open where the text says so.

`value` of a range is its low end (the documented rule); a one-sided bound keeps its figure as `value` and sets
only the side the text gives.
"""

import pytest

from core.text.numbers import find_quantities


def bounds(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (str(q.value), q.unit, None if q.low is None else str(q.low), None if q.high is None else str(q.high))
        for q in find_quantities(text)
    ]


RANGE_CLASS = [
    # two printed ends
    ("每户补助4至6千元", [("4000", "元", "4000", "6000")]),
    ("补贴2-4万元", [("20000", "元", "20000", "40000")]),
    ("每周开展2—3次", [("2", "次", "2", "3")]),
    ("安排20到30个", [("20", "个", "20", "30")]),
    ("日均5000至8000人次", [("5000", "人次", "5000", "8000")]),
    ("1.5~2米", [("1.5", "米", "1.5", "2")]),
    ("涨幅在15%～20%", [("15", "%", "15", "20")]),
    ("从3万元到5万元", [("30000", "元", "30000", "50000")]),
    ("在8万到10万元之间", [("80000", "元", "80000", "100000")]),
    ("介于10%和20%之间", [("10", "%", "10", "20")]),
    # adjacent digits: 两三千 = two or three thousand
    ("投入两三千元", [("2000", "元", "2000", "3000")]),
    ("七八十万元", [("700000", "元", "700000", "800000")]),
    ("五六百人参加", [("500", "人", "500", "600")]),
    ("二三十个村", [("20", "个", "20", "30")]),
    ("三四万亩", [("30000", "亩", "30000", "40000")]),
    # after a round lead, two adjacent digits of its next place: 一百五六 = 150 or 160
    ("一天挣一百五六元", [("150", "元", "150", "160")]),
    ("月工资两千七八百元", [("2700", "元", "2700", "2800")]),
    ("年收入三万五六千元", [("35000", "元", "35000", "36000")]),
    # one side open
    ("不少于50人", [("50", "人", "50", None)]),
    ("不超过3天", [("3", "天", None, "3")]),
    ("半径5公里以内", [("5", "公里", None, "5")]),
    ("200户以上", [("200", "户", "200", None)]),
    ("最多10次", [("10", "次", None, "10")]),
    ("至少3个", [("3", "个", "3", None)]),
    ("超过1万元", [("10000", "元", "10000", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGE_CLASS)
def test_ranges(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize("text", ["2019—2020年", "1至10月", "3至5日", "第3至5条"])
def test_date_and_ordinal_spans_are_not_ranges(text: str) -> None:
    assert bounds(text) == []


def test_exact_and_approximate_figures_have_no_bounds() -> None:
    assert bounds("约300人,共500户") == [("300", "人", None, None), ("500", "户", None, None)]


BARE_BOUNDS = [
    # With no unit printed, a comparison still makes the figure a bound (unit "").
    ("数值大于40", [("40", "", "40", None)]),
    ("误差不超过0.2", [("0.2", "", None, "0.2")]),
    ("指数在60以上", [("60", "", "60", None)]),
    ("取值大于15小于25", [("15", "", "15", "25")]),
    ("不低于100且不高于200", [("100", "", "100", "200")]),
    ("介于7和9之间", [("7", "", "7", "9")]),
    ("大于12家小于20家", [("12", "家", "12", "20")]),
    ("≥85%", [("85", "%", "85", None)]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_BOUNDS)
def test_bare_bounds(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize("text", ["编号123", "共3至5", "比分2-1", "得分90"])
def test_bare_figures_without_a_comparison_are_not_quantities(text: str) -> None:
    assert bounds(text) == []


def test_indicators_split_ranges_and_skip_bare_bounds() -> None:
    from indicators.extraction import extract_indicators

    found = [
        (str(c.quantity.value), c.quantity.unit, c.quantity.qualifier, c.quantity.text)
        for c in extract_indicators("每户补助2—3万元,投入两三千元,大于20个小于30个,指数大于40")
    ]
    assert found == [
        ("20000", "元", "at_least", "2"),
        ("30000", "元", "at_most", "3万元"),
        # 两三千元 gives its two readings too, each at its own digit.
        ("2000", "元", "at_least", "两"),
        ("3000", "元", "at_most", "三千元"),
        ("20", "个", "at_least", "大于20个"),
        ("30", "个", "at_most", "30个"),
    ]
