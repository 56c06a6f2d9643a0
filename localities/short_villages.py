"""Villages whose name is one character and 村 (周村, 河村), printed without their township.

Why a pass of its own: a one-character stem before 村 is usually a word (新村, 扶贫新村), so the village pass never
looks one up by context alone.  The text itself can still say it is a name — the village's own organs and people
printed right after it (周村党总支, 周村村集体经济, 周村村民) — and then the reader looks for it in the city the
page is about, even when neither its township nor its county is printed (a report continued from page 1 that only
says 我区).  Only a name that one village of the searched places bears is taken.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from localities.added_mentions import add_mention, is_free, occupied
from localities.place_grammar import (
    LEFT_BOUNDARY,
    NEGATIONS,
    NON_INITIAL,
    SUFFIX_CHARS,
    VERBS_TAKING_VILLAGE,
    is_hanzi,
)
from localities.village_lookup import township_tiers, village_place

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

ONE_CHARACTER_VILLAGE = re.compile(r"([\u4e00-\u9fff])村")
# 全村村民, 该村党支部, 我村村委, 进村, 邻村: determiners, pronouns and verbs before 村 make no name.
NOT_A_STEM = NON_INITIAL | SUFFIX_CHARS | NEGATIONS | VERBS_TAKING_VILLAGE | frozenset("我你他她咱俺贵邻外整同一新老")
# What only a village has: its party branch, its committee, its collective, its villagers.
VILLAGE_ORGANS = re.compile(r"(?:党总支|党支部|党委|村委|村两委|村“两委”|村集体|村民|村干部)")


def confirmed_one_character_villages(resolver: PageResolver, article: ArticleState) -> None:
    """Add every free mention of a one-character village the article confirms by its organs at least once."""
    text = article.text
    names: dict[str, list[tuple[int, int]]] = {}
    confirmed: set[str] = set()
    for match in ONE_CHARACTER_VILLAGE.finditer(text):
        start, end = match.span()
        if match.group(1) in NOT_A_STEM:
            continue
        if start > 0 and is_hanzi(text[start - 1]) and text[start - 1] not in LEFT_BOUNDARY:
            continue  # 扶贫新村, 整村: the character belongs to the word before it
        names.setdefault(match.group(0), []).append((start, end))
        if VILLAGE_ORGANS.match(text, end):
            confirmed.add(match.group(0))
    for name in sorted(confirmed):
        row = _only_village_named(resolver, article, name, names[name][0][0])
        if row is None:
            continue
        for start, end in names[name]:
            if is_free(occupied(article), start, end):
                add_mention(resolver, article, start, end, village_place(resolver, row, name), 0.6, "village")


def _only_village_named(resolver: PageResolver, article: ArticleState, name: str, position: int):
    """The village `name` in the nearest context that has any — the article's and the page's townships and
    counties, then the page's city — when exactly one village there bears it."""
    tiers = township_tiers(resolver, article, position)
    city = resolver.dominant_prefecture(None)
    if city is not None:
        tiers.append(resolver.g.descendants(city, "township"))
    for townships in tiers:
        rows = [row for t in townships if (row := resolver.g.villages(t).get(name)) is not None]
        if rows:
            return rows[0] if len({row.code for row in rows}) == 1 else None
    return None
