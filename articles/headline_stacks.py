"""Which line of a headline stack is the headline (主题), read from the text the stack heads.

A stack of two lines is mostly a kicker over its headline, and `articles.article_body.headline_parts` reads it so
from the lines alone. Where the text under it says otherwise, the text decides: a feature whose section heads open
on the parallel phrases of one line (`变干净 变富裕 变热闹` over `变干净:东北小村如江南`, `变富裕:……`) is headlined by
that line; the other line is its deck.
"""

from __future__ import annotations

import re

from articles.headline_shapes import is_column_label, is_parallel_phrase, is_subtitle_line
from articles.paragraph_cues import places_named
from core.text.cleaning import ends_sentence, normalize_for_matching

MIN_PHRASE_CHARS = 2


def opens_on_phrase_of(heading: str, stack_line: str) -> bool:
    """`变干净:东北小村如江南` under the headline line `变干净 变富裕 变热闹`: a heading opening on one of the parallel
    phrases of a headline line, then a colon or a space, heads the part about that phrase."""
    if not is_parallel_phrase(stack_line):
        return False
    text = normalize_for_matching(heading).strip()
    return any(
        text.startswith(phrase) and text[len(phrase) : len(phrase) + 1] in (":", " ")
        for phrase in normalize_for_matching(stack_line).split()
        if len(phrase) >= MIN_PHRASE_CHARS
    )


def headline_over_its_sections(
    title: str | None, subtitle: str | None, section_heads: list[str]
) -> tuple[str | None, str | None]:
    """(title, subtitle) of a stack, swapped when the section heads of its text take up the subtitle's phrases."""
    if title is None or subtitle is None:
        return title, subtitle
    if any(opens_on_phrase_of(head, subtitle) for head in section_heads):
        return subtitle, title
    return title, subtitle


# Words that cannot open a headline line: an adverb or a verb whose subject is the line above
# (`11个市级美丽乡村示范村规划` / `已完成数据入库`, `三亚:“一村一品”` / `让美丽乡村生态产业“生金”`).
_CONTINUING_OPENINGS = tuple("已让使将把被并再还也都正却才就")
MAX_JOINED_LINE_CHARS = 40
# `三亚:“一村一品”`, `甲镇、乙村:……`: a place (or two joined by 、), a colon and the headline — the main headline's
# form, never a deck's.
_PLACE_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){0,2}:(?=.{2,})")
# `第五站:某某镇`, `之三:……`: the stage or part of a series a headline belongs to — a kicker, not a place.
_SERIES_ORDINAL = re.compile(
    r"^(?:第[0-9一二三四五六七八九十百零]{1,4}|之[一二三四五六七八九十]{1,3})[\u4e00-\u9fff]?[::]"
)


def _joined_lines(texts: tuple[str, ...]) -> list[tuple[str, tuple[int, ...]]]:
    """The lines of a stack with each line that goes on from the one above joined to it (with a space)."""
    groups: list[tuple[str, tuple[int, ...]]] = []
    for k, raw in enumerate(texts):
        text = raw.strip()
        if groups and text.startswith(_CONTINUING_OPENINGS):
            above, indices = groups[-1]
            if len(above) + len(text) < MAX_JOINED_LINE_CHARS and not is_subtitle_line(above):
                groups[-1] = (f"{above} {text}", (*indices, k))
                continue
        groups.append((text, (k,)))
    return groups


def _is_place_headline(text: str) -> bool:
    norm = normalize_for_matching(text).strip()
    if _SERIES_ORDINAL.match(norm):
        return False
    return bool(_PLACE_HEADLINE.match(norm)) and "," not in norm and not norm.endswith(":")


def is_series_kicker(text: str) -> bool:
    """`第五站:某某镇`: a line naming the stage of a series (and its place) that a headline belongs to."""
    return bool(_SERIES_ORDINAL.match(normalize_for_matching(text).strip()))


def series_kicker_over_headline(texts: tuple[str, ...]) -> tuple[str, str, tuple[int, ...]] | None:
    """(title, subtitle, lines used) of two lines whose upper names the stage of a series (`第五站:某某镇` /
    `转型升级  古城新生`): the lower line is the headline, whatever its shape; None for any other stack."""
    if len(texts) != 2 or not is_series_kicker(texts[0]) or is_series_kicker(texts[1]):
        return None
    if is_subtitle_line(texts[1]) or is_column_label(texts[1]):
        return None
    return texts[1].strip(), normalize_for_matching(texts[0]).strip(), (1, 0)


def place_headline_over_deck(texts: tuple[str, ...]) -> tuple[str, str, tuple[int, ...]] | None:
    """(title, subtitle, lines used) of a stack whose upper headline names its place and a colon (`三亚:“一村一品”` /
    `让美丽乡村生态产业“生金”`) over a deck that does not (`11个市级美丽乡村示范村规划` / `已完成数据入库`): the
    place's headline is the title, although a kicker usually sits above the title; None for any other stack."""
    if len(texts) < 2 or any(is_subtitle_line(text) or is_column_label(text) for text in texts):
        return None
    groups = _joined_lines(texts)
    if len(groups) != 2:
        return None
    (upper, upper_lines), (lower, lower_lines) = groups
    if not _is_place_headline(upper) or _is_place_headline(lower):
        return None
    return upper, lower, upper_lines + lower_lines


def dash_goes_on_with_prose(above: str, line: str, *, full_width: bool) -> bool:
    """`隆冬时节,莲花镇……焦点` over `——每逢大面积降温,这里因为……总是被厦门`, both column-wide: a sentence the column
    cut before its dash, not a headline over its `——` deck. A deck is one phrase; it is not a clause filling the
    column after a comma, under a line that itself runs on from a comma."""
    above_norm, norm = normalize_for_matching(above).strip(), normalize_for_matching(line).strip()
    return full_width and norm.startswith("——") and "," in norm and "," in above_norm and not ends_sentence(above_norm)


MIN_WRAPPED_HEADLINE_CHARS = 20
"""A headline line the column wrapped fills the column: 22 characters or more, give or take a space."""


def headline_and_deck_wrapped(texts: tuple[str, ...]) -> tuple[str, None, tuple[int, ...]] | None:
    """(title, None, lines used) of a headline and its deck printed on one line (`小木耳撬动大发展——蛟河市黄松甸`)
    that the column wrapped (`镇食用菌产业绘就企兴民富新图景`): one line again, read as the page prints it when it
    is not wrapped; None for any other stack."""
    if len(texts) != 2:
        return None
    upper, lower = (normalize_for_matching(text).strip() for text in texts)
    dash = upper.find("——")
    if dash <= 0 or upper.endswith("——") or len(upper) < MIN_WRAPPED_HEADLINE_CHARS:
        return None
    if "——" in lower or is_column_label(lower) or _is_place_headline(lower):
        return None
    return texts[0].strip() + texts[1].strip(), None, (0, 1)


MIN_SLOGAN_HEADLINE_PHRASES = 3


def place_and_slogans_over_line(texts: tuple[str, ...]) -> tuple[str, str, tuple[int, ...]] | None:
    """(title, subtitle, lines used) of two lines whose upper names its place and then two slogans, set apart by
    spaces (`某县某镇 产业兴旺促增收 乡村振兴不是梦`): a whole headline — where and what — over a line of another
    shape; a kicker leads in with a phrase or two and leaves the place to the headline. None for any other stack."""
    if len(texts) != 2 or any(is_subtitle_line(text) or is_column_label(text) for text in texts):
        return None
    upper, lower = (normalize_for_matching(text).strip() for text in texts)
    phrases = upper.split()
    if len(phrases) < MIN_SLOGAN_HEADLINE_PHRASES or not is_parallel_phrase(" ".join(phrases[1:])):
        return None
    if not places_named(phrases[0]) or is_parallel_phrase(lower) or ends_sentence(lower):
        return None
    return texts[0].strip(), texts[1].strip(), (0, 1)


def stack_read_from_its_lines(texts: tuple[str, ...]) -> tuple[str, str | None, tuple[int, ...]] | None:
    """(title, subtitle, lines used) of a stack whose lines say how to read it (a place headline over its deck, a
    headline and deck line the column wrapped), or None where the usual reading of a stack holds."""
    return (
        series_kicker_over_headline(texts)
        or place_headline_over_deck(texts)
        or place_and_slogans_over_line(texts)
        or headline_and_deck_wrapped(texts)
    )
