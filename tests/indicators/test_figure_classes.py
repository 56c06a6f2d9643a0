"""Figures of a name's parts and places counted without 个, read through extract_indicators (made-up sentences)."""

from __future__ import annotations

from indicators.extraction import extract_indicators


def figures(text: str) -> list[tuple[str, str, str]]:
    return [(str(c.quantity.value), c.quantity.unit, c.metric) for c in extract_indicators(text, page_year=2020)]


def test_the_parts_a_numbered_programme_name_lists_are_no_figures() -> None:
    text = "以“百万工程”(千亩桃、万亩梨、十万只鸡)为抓手,全县新建果园2000亩"
    assert [(value, unit) for value, unit, _ in figures(text)] == [("2000", "亩")]


def test_figures_a_programme_reports_in_its_parenthesis_stay() -> None:
    text = "建成“四好农村路”(新修道路30公里、桥梁2座)"
    assert [(value, unit) for value, unit, _ in figures(text)] == [("30", "公里"), ("2", "座")]


def test_a_place_count_is_named_by_its_places() -> None:
    assert figures("对口帮扶西部山区12县的农产品销售") == [("12", "县", "山区县数")]
