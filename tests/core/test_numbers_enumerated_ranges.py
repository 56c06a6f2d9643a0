"""Two adjacent digits set apart by 、 (六、七十万, 五、六个) are one range, like 六七十万; lists stay lists."""

import pytest

from core.text.numbers import find_quantities
from core.text.ranges import adjacent_split


def bounds(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (str(q.value), q.unit, None if q.low is None else str(q.low), None if q.high is None else str(q.high))
        for q in find_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一年能有六、七十万的收入", [("600000", "元", "600000", "700000")]),
        ("周边有五、六个村", [("5", "个", "5", "6")]),
        ("每亩增收两、三千元", [("2000", "元", "2000", "3000")]),
        ("招收三、四百名学员", [("300", "名", "300", "400")]),
    ],
)
def test_enumeration_comma_between_adjacent_digits_is_a_range(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("分别建成3个、5个", [("3", "个", None, None), ("5", "个", None, None)]),
        ("第一、二季度增长5%", [("5", "%", None, None)]),
        ("推动一、二、三产业融合", []),
        ("三、五个人", [("5", "个", None, None)]),
    ],
)
def test_lists_ordinals_and_non_adjacent_digits_are_not_ranges(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert bounds(text) == expected


def test_split_falls_around_the_comma() -> None:
    assert adjacent_split("六、七十万") == (1, 2)
    assert adjacent_split("两三百元") == (1, 1)
