"""Where a metric phrase ends: the counted noun stops before its predicate (made-up sentences)."""

from __future__ import annotations

import pytest

from indicators.extraction import extract_indicators


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2020)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("300多亩油菜迎来收获期", "油菜面积"),
        ("2万亩小麦正值灌浆期", "小麦面积"),
        ("全乡新栽的800亩核桃进入挂果期", "核桃面积"),
    ],
)
def test_a_predicate_verb_after_the_measured_noun_is_not_part_of_it(text: str, metric: str) -> None:
    assert metrics(text) == [metric]
