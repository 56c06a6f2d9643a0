"""Parents printed in short form right before or after a place already resolved: 峨眉|高桥镇|回龙村, 枫朗|四联村,
大埔|枫朗.

A county's or township's short form alone is too often a word to be read without support; printed as one phrase
with a place it holds (its township, its village) or with the county holding it, the chain tells a reader which
place it is.  Runs after the village pass, so the village or township that anchors the chain is known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from localities.added_mentions import add_mention, is_free, occupied
from localities.place_grammar import (
    is_common_word,
    is_generic_place_word,
    is_hanzi,
    landscape_follows,
    names_a_village,
    organisation_follows,
)

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

CHAIN_CONFIDENCE = 0.6
MIN_PREFIX = 2  # 峨眉 for 峨眉山市: at least two characters of the short form


def _gid(resolver: PageResolver, place) -> int | None:
    return resolver.g.by_code.get(place.code) if place is not None and place.code else None


def _printed_forms(resolver: PageResolver, gid: int) -> list[str]:
    """The forms a parent may take right before a place it holds: its short form and, for a county, the short
    form's leading characters (峨眉 of 峨眉山市), longest first."""
    short = resolver.g.shorts[gid]
    if not short or len(short) < MIN_PREFIX:
        return []
    if resolver.g.levels[gid] != "county":
        return [short]
    return [short[:size] for size in range(len(short), MIN_PREFIX - 1, -1)]


def _parent_before(resolver: PageResolver, article: ArticleState, start: int, parent) -> int | None:
    """Add `parent` when one of its short forms ends at `start`; the start of the added span, else None."""
    gid = _gid(resolver, parent)
    if gid is None or parent.level not in ("county", "township"):
        return None
    text = article.text
    for form in _printed_forms(resolver, gid):
        begin = start - len(form)
        if begin < 0 or text[begin:start] != form or not is_free(occupied(article), begin, start):
            continue
        if begin > 0 and is_hanzi(text[begin - 1]) and begin not in article.boundaries:
            continue  # the form ends a longer word (the 金 of 黄金 is no 金|…)
        add_mention(resolver, article, begin, start, resolver.place(gid, form), CHAIN_CONFIDENCE, "short")
        return begin
    return None


def chained_parents(resolver: PageResolver, article: ArticleState) -> None:
    """峨眉高桥镇回龙村 → 峨眉山市 | 高桥镇 | 回龙村; 枫朗四联村 → 枫朗镇 | 四联村; 大埔枫朗 → 大埔县 | 枫朗镇."""
    for m in sorted(article.mentions, key=lambda m: m.start):
        start, place = m.start, m.place
        while place is not None and place.parent is not None and place.level in ("village", "community", "township"):
            begin = _parent_before(resolver, article, start, place.parent)
            if begin is None:
                break
            start, place = begin, place.parent
    _townships_after_counties(resolver, article)


def _townships_after_counties(resolver: PageResolver, article: ArticleState) -> None:
    """大埔枫朗: a township's short form printed right after its county."""
    g, text = resolver.g, article.text
    for m in sorted(article.mentions, key=lambda m: m.start):
        if m.gid is None or g.levels[m.gid] != "county":
            continue
        for township in resolver.g.descendants(m.gid, "township"):
            short = g.shorts[township]
            end = m.end + len(short)
            if len(short) < MIN_PREFIX or not text.startswith(short, m.end):
                continue
            if is_common_word(short) or is_generic_place_word(short) or names_a_village(text, end):
                continue
            if organisation_follows(text, end) or landscape_follows(text, end):
                continue  # 缙云仙都|景区: a scenic area or a firm named after the township
            if (end < len(text) and text[end] in "镇乡") or not is_free(occupied(article), m.end, end):
                continue
            add_mention(resolver, article, m.end, end, resolver.place(township, short), CHAIN_CONFIDENCE, "short")
            break
