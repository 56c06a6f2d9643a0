"""Small counts that narrate rather than measure (issue 11), on made-up sentences: a handful guessed with two
neighbouring digits, a count pointed back to with 这/那, a couple, a span ahead or behind,
a time before now, one after another, meals, a count restated by 上述."""

from __future__ import annotations

from decimal import Decimal

import pytest

from indicators.extraction import extract_indicators


def figures(text: str) -> list[tuple[Decimal, str]]:
    return [(c.quantity.value, c.quantity.unit) for c in extract_indicators(text)]


@pytest.mark.parametrize(
    "text",
    [
        "她三四分钟就能编好,手艺越来越熟",
        "院子里摆着七八个竹筐",
        "这三个合作社的经验值得推广",
        "那两年,村里几乎没有收入",
        "老两口如今住进了新房",
        "李大姐两口子在家门口打工",
        "未来3年,全县将继续推进改造",
        "三年多前,他还住在土坯房里",
        "路边的新房一栋接着一栋",
        "合作社还管两顿饭",
        "上述12个村已完成验收",
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
    ],
)
def test_measured_counts_stay(text: str, expected: tuple[Decimal, str]) -> None:
    assert expected in figures(text)


def test_a_bare_change_verb_keeps_the_sentences_metric() -> None:
    metrics = [c.metric for c in extract_indicators("该县贫困发生率由2018年的3.2%降至0.5%")]
    assert metrics == ["贫困发生率", "贫困发生率"]
