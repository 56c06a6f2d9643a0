"""Texts stored one phrase a line, and the lines of a page that name what a picture shows.

Some web digests keep their verse-style layout when copied: a headline, then one short phrase a line
(`近年来` / `依托自然环境资源和海拔优势` / `峨眉高桥镇回龙村` …), none of them punctuated. Every such line has
a headline's shape, so the page's heading runs would swallow the whole text as one long headline. A headline
is a kicker, a title and a subtitle at most; a longer run under one headline-marked line (a colon, phrases set
apart by spaces) is that headline over its text. Since nothing in such a text ends a sentence, the text is
finished when a report's lede follows it (`近日,东坡区思蒙镇……`).

A short unpunctuated line saying what someone is doing right now (`蔬菜种植户潘秀梅正在自家大棚内采摘西红柿`)
is a picture's label, printed after its credit: no headline is worded in the progressive.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.text.cleaning import ends_sentence, normalize_for_matching

MIN_PHRASE_RUN = 6
"""Heading runs are at most four lines (column label, kicker, title, subtitle); six lines are a text."""
# What marks a headline among phrase lines: a colon between its place and its news, or phrases set apart by a space.
if TYPE_CHECKING:
    from articles.page_blocks import Block

_HEADLINE_MARK = re.compile(
    r"[\u4e00-\u9fff”][::][\u4e00-\u9fff“]|[\u4e00-\u9fff”][ \u3000]+[\u4e00-\u9fff“]|^[\u4e00-\u9fff]{2,10}\s*[丨|▏｜]"
)


def mark_phrase_lines(blocks: list[Block]) -> None:
    """Undo the heading role of the phrase lines of a text stored one phrase a line, in place: in a run of
    `MIN_PHRASE_RUN` or more heading candidates whose first line alone carries a headline's marks, every line
    but the first is text (`Block.phrase_line`)."""
    i = 0
    while i < len(blocks):
        if not blocks[i].heading_candidate:
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].heading_candidate and not blocks[j].boundary_before:
            j += 1
        run = blocks[i:j]
        marked = [bool(_HEADLINE_MARK.search(normalize_for_matching(b.text))) for b in run]
        # The run may close on the heading of the text's next part (`万寿菊 铺就弥勒“黄金”增收路`).
        last = len(run) - 1 if marked[-1] else len(run)
        if len(run) >= MIN_PHRASE_RUN and marked[0] and not any(marked[1:last]):
            for block in run[1:last]:
                block.heading_candidate = False
                block.phrase_line = True
        i = j
    _mark_cut_phrase_runs(blocks)


MAX_PHRASE_CHARS = 18
CUT_SHARE = 3
"""One line in three (or more) of a phrase text stops mid-sentence; the others end a short sentence or a question."""
"""A phrase line is a clause or two; a paragraph of a column, even a narrow one, is longer once rejoined."""


def _mark_cut_phrase_runs(blocks: list[Block]) -> None:
    """A run of `MIN_PHRASE_RUN` or more short lines, a third of them or more cut before their sentence ends (`在肇庆,
    林间里` / `藏着很多“宝藏”!` / `头条君带大家去看看` …), is a text stored one phrase a line: none of its lines is a
    headline. Its first line is its headline when a finished paragraph (or nothing) is printed above it."""
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _is_phrase_shaped(blocks[j]) and (j == i or not blocks[j].boundary_before):
            j += 1
        run = blocks[i:j]
        cut = sum(not ends_sentence(block.norm) for block in run)
        if len(run) >= MIN_PHRASE_RUN and CUT_SHARE * cut >= len(run):
            above = blocks[i - 1] if i > 0 else None
            titled = above is None or (len(above.norm) > MAX_PHRASE_CHARS and ends_sentence(above.norm))
            for block in run[1:] if titled else run:
                block.heading_candidate = False
                block.phrase_line = True
            if titled and run[0].norm.rstrip()[-1:] not in ",,、;;:":
                run[0].heading_candidate = True
        i = max(j, i + 1)


def _is_phrase_shaped(block: Block) -> bool:
    return block.credit is None and not block.in_table and 2 <= len(block.norm.strip()) <= MAX_PHRASE_CHARS


# When, then where from the county or district down to the town: `近日,东坡区思蒙镇工农村……`, `3月5日,莒县城阳街道……`.
_DATED_PLACE_LEDE = re.compile(
    r"^(?:近日|日前|近期|连日来|(?:\d{4}年)?\d{1,2}月\d{1,2}日)[,:](?:在)?"
    r"[\u4e00-\u9fff]{1,6}?(?:县|区|市|旗)[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)"
)
LEDE_WINDOW = 40


def opens_on_dated_place(text: str) -> bool:
    """True when `text` opens the way a report's lede does: when it happened, then where, named from the
    county or district down to the town."""
    return bool(_DATED_PLACE_LEDE.match(normalize_for_matching(text[:LEDE_WINDOW]).lstrip()))


def ends_phrase_text(block: Block) -> bool:
    """The block is the last phrase of a text stored one phrase a line: nothing in it ends a sentence, yet the
    text may be finished."""
    return block.phrase_line and not ends_sentence(block.text)


MAX_CAPTION_LABEL_CHARS = 40
# Someone caught doing something now: the wording of a picture's caption, never of a headline.
_PROGRESSIVE = re.compile(r"[\u4e00-\u9fff]{2,}正在[\u4e00-\u9fff]{2,}")
# A group of people at work (`工人们在加工……`) is a picture's subject too: a headline speaks of a place or a deed.
_GROUP_AT_WORK = re.compile(r"[\u4e00-\u9fff]{2,}们(?:正)?在[\u4e00-\u9fff“]{2,}")


# A scene the camera took, named by the word a picture's label ends on (`会议现场`, `村庄一角`, `茶园全景`).
_SCENE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:现场|一角|全景|远眺|俯瞰|掠影|剪影|航拍)$")


def is_caption_label(text: str) -> bool:
    """A short unpunctuated line saying what someone in the picture is doing (`种植户黄昌玉正在自家大棚内采摘蘑菇`), or
    naming the scene it shows (`会议现场`)."""
    norm = normalize_for_matching(text).strip()
    return (
        len(norm) <= MAX_CAPTION_LABEL_CHARS
        and not ends_sentence(norm)
        and bool(_PROGRESSIVE.search(norm) or _GROUP_AT_WORK.search(norm) or _SCENE_LABEL.match(norm))
    )


MAX_ONE_SENTENCE_CAPTION_CHARS = 60


def is_progressive_caption(text: str) -> bool:
    """One short sentence saying what someone is doing now (`17日,嘉鱼县……,当地贫困户正在基地里栽种果树苗。`): how a
    picture story's caption opens its text."""
    norm = normalize_for_matching(text).strip()
    return (
        len(norm) <= MAX_ONE_SENTENCE_CAPTION_CHARS
        and ends_sentence(norm)
        and norm.count("。") <= 1
        and bool(_PROGRESSIVE.search(norm))
    )
