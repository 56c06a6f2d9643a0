"""A change against last year's figure (比去年同期增长, 较上年增加) names the subject's year-on-year change."""

import pytest

from indicators.comparisons import year_on_year
from indicators.extraction import extract_indicators


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2020)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年小麦产量8000吨，比去年同期增长12.5%。", ["小麦产量", "小麦产量同比增长"]),
        ("群众满意度达到95%，较上年提高3个百分点。", ["群众满意度", "群众满意度同比提高"]),
        # Outside ratios too: 增加40公斤 is the change of the yield, not the yield.
        ("水稻平均亩产650公斤，比去年增加约40公斤。", ["水稻平均亩产", "水稻平均亩产同比增加"]),
    ],
)
def test_a_change_against_last_year_is_the_subjects_year_on_year_change(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


def test_other_comparisons_are_left_alone() -> None:
    assert year_on_year("比全省平均水平高出") == "比全省平均水平高出"
    assert year_on_year("与去年相比增加") == "同比增加"
