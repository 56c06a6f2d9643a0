"""find_quantities on percentages in every printed form; percentage points stay a unit of their own."""

import pytest

from core.text.numbers import find_quantities


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(str(q.value), q.unit, q.qualifier) for q in find_quantities(text)]


PERCENT_CLASS = [
    # 百分之X in Chinese numerals, with decimals and above a hundred
    ("出口额增长百分之三十五", [("35", "%", "exact")]),
    ("合格率达到百分之九十八点六", [("98.6", "%", "exact")]),
    ("产值是去年的百分之一百二十", [("120", "%", "exact")]),
    ("百分之六十以上的村", [("60", "%", "more_than")]),
    # X成: tenths, with a second digit for hundredths (七成六 = 76%)
    ("参保率提高到八成三", [("83", "%", "exact")]),
    ("约有6.8成的农户", [("68", "%", "approx")]),
    ("十成把握", [("100", "%", "exact")]),
    ("四成农户", [("40", "%", "exact")]),
    ("近九成群众满意", [("90", "%", "approx")]),
    # X折: price as a share of the full price (75折 = 75%, 6.5折 = 65%, 打对折 = 50%)
    ("门票打八折", [("80", "%", "exact")]),
    ("全场85折", [("85", "%", "exact")]),
    ("会员享受7.5折优惠", [("75", "%", "exact")]),
    ("商品一律打对折", [("50", "%", "exact")]),
    ("节日期间九五折", [("95", "%", "exact")]),
    # ‰ and 千分之X
    ("出生率为8.5‰", [("8.5", "‰", "exact")]),
    ("差错率控制在千分之三以内", [("3", "‰", "at_most")]),
    # percentage points: never folded into %
    ("增速回落1.4个百分点", [("1.4", "百分点", "exact")]),
    ("比上年提高五个百分点", [("5", "百分点", "exact")]),
    ("高出全省2百分点", [("2", "百分点", "exact")]),
    # symbols, full width, OCR space
    ("覆盖率98 %", [("98", "%", "exact")]),
    ("增长１２．５％", [("12.5", "%", "exact")]),
    ("约占30%", [("30", "%", "approx")]),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT_CLASS)
def test_percent_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize("text", ["打折促销", "对折的纸", "一折腾", "成本", "八成员", "完成任务", "骨折"])
def test_words_that_only_contain_cheng_or_zhe_are_not_percentages(text: str) -> None:
    assert triples(text) == []


def test_percentage_points_and_percent_side_by_side() -> None:
    found = find_quantities("占比42.5%,提高3.2个百分点")
    assert [(str(q.value), q.unit) for q in found] == [("42.5", "%"), ("3.2", "百分点")]
    assert found[1].printed_unit == "个百分点"
