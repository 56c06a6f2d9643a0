"""A hard-wrapped page without blank lines: a full-width kicker and the short headline under it, right after a line
that closes its paragraph's sentence, start an element of their own instead of running on the paragraph above."""

from __future__ import annotations

from articles.layout import _heads_a_headline_block, unwrap_columns

WIDTH = 24
FIRST = (
    "近年来,青林镇依托资源优势,积极引导村民种植猕猴桃,"
    "今年全镇产量达到3万斤左右,带动120户群众增收,村里的新房子一栋栋盖起来,日子越过越红火。"
)
SECOND = (
    "今年以来,白沙村新建蔬菜大棚二十个,"
    "组建技术服务队为种植户提供全程指导,村集体收入比去年增加了两成多,家家户户的钱袋子鼓起来了,村民们笑开了颜。"
)
KICKER = "看乡村 话振兴,青林日报观察点:走进青林看新貌"
HEADLINE = "白沙村里菜篮子满了"


def _column(paragraph: str) -> list[str]:
    return [paragraph[i : i + WIDTH] for i in range(0, len(paragraph), WIDTH)]


def test_the_paragraphs_fill_whole_column_lines() -> None:
    assert len(FIRST) % WIDTH == 0 and len(SECOND) % WIDTH == 0  # the sentence ends at a line's end
    assert WIDTH - 5 < len(KICKER) <= WIDTH  # the kicker is as wide as the column


def test_a_kicker_and_its_headline_after_a_closed_sentence_stay_apart() -> None:
    lines = _column(FIRST) + [KICKER, HEADLINE] + ["\u3000\u3000" + line for line in _column(SECOND)[:1]]
    lines += _column(SECOND)[1:] + _column(FIRST)
    text = unwrap_columns("\n".join(lines) + "\n").text
    assert text.split("\n")[:3] == [FIRST, KICKER, HEADLINE]


def test_a_kicker_is_told_from_a_paragraph_line_by_its_shape_and_the_short_line_under_it() -> None:
    full = WIDTH - 5 + 1
    assert _heads_a_headline_block(KICKER, HEADLINE, full)
    assert not _heads_a_headline_block(KICKER, "产量比去年增加了两成。", full)  # a last line closing its sentence
    assert not _heads_a_headline_block(KICKER, SECOND[:WIDTH], full)  # a full line: the paragraph goes on
    assert not _heads_a_headline_block("他说:我们村的猕猴桃今年又是一个好收成", HEADLINE, full)  # a speaker's colon
    assert not _heads_a_headline_block("村里建起了冷链仓库,果品运输更加便捷", HEADLINE, full)  # prose, not a kicker


def test_a_paragraph_line_after_a_closed_sentence_still_runs_on() -> None:
    closing = "产量比去年增加了两成。"
    lines = _column(FIRST) + _column(SECOND) + [closing] + _column(FIRST)
    text = unwrap_columns("\n".join(lines) + "\n").text
    assert text.split("\n")[0] == FIRST + SECOND + closing
