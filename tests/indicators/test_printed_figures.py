"""Figures as real pages print them: an ideographic full stop for a decimal point, round figures written with
a bare 千/百 and 余, and numerals that belong to names, not to counts (made-up sentences in each shape)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.text.numbers import find_quantities


def _figures(text: str) -> list[tuple[Decimal, str, str]]:
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人均耕地只有2。35亩", [(Decimal("2.35"), "亩", "exact")]),
        ("集体负债达12。6万元", [(Decimal("126000"), "元", "exact")]),
        ("全村三百余户，养牛千余头", [(Decimal("300"), "户", "more_than"), (Decimal("1000"), "头", "more_than")]),
        ("全镇百余户种上了花椒", [(Decimal("100"), "户", "more_than")]),
        ("全县林业总产值超百亿元", [(Decimal("10000000000"), "元", "more_than")]),
    ],
)
def test_real_page_figures(text: str, expected: list[tuple[Decimal, str, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "村民王贰种下的核桃树已经挂果",  # a lone financial digit is part of a name
        "李家村3组村民说起这些年的变化",  # a villagers' group is numbered, not counted
        "工作做到2019。今年继续",  # a full stop after a year-like figure stays a full stop
        "千名干部进千村",  # rhetoric
    ],
)
def test_not_figures(text: str) -> None:
    assert _figures(text) == []


def test_an_ideographic_full_stop_before_a_date_ends_the_sentence() -> None:
    assert _figures("种植面积达到300亩。3月开始采收") == [(Decimal("300"), "亩", "exact")]
