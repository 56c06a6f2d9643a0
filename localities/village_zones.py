"""Villages named by a zone of their land: 发玉坝区 is the farmland basin of 发玉村.

Why a pass of its own: a 坝区 (a flat farmland basin) is laid out and named village by village, so a report on
one prints the village's name without 村 and with the zone word instead.  The village pass only reads names
before 村 or 社区, and the bare-village pass only right after a township; here the stem before the zone word is
looked up among the villages of the townships the article (then the page) names — never further afield, since
a two-character stem is too short to be a name anywhere in a county.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from localities.added_mentions import add_mention, is_free, occupied
from localities.place_grammar import canonical
from localities.village_lookup import folded_villages, township_tiers, village_place

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

ZONE_OF_A_VILLAGE = re.compile(r"坝区")
LONGEST_STEM = 4
SHORTEST_STEM = 2
NEAR_TIERS = 2  # the article's townships, then the page's


def villages_named_by_their_zone(resolver: PageResolver, article: ArticleState) -> None:
    """Add the village whose bare name is printed right before a zone word (发玉坝区 → 发玉村)."""
    text = article.text
    for match in ZONE_OF_A_VILLAGE.finditer(text):
        zone_start = match.start()
        townships = [t for tier in township_tiers(resolver, article, zone_start)[:NEAR_TIERS] for t in tier]
        if not townships:
            continue
        for size in range(LONGEST_STEM, SHORTEST_STEM - 1, -1):
            start = zone_start - size
            if start < 0 or not is_free(occupied(article), start, zone_start):
                continue
            stem = canonical(text[start:zone_start])
            rows = {row.code: row for t in townships if (row := folded_villages(resolver, t)[1].get(stem))}
            if len(rows) == 1:
                row = next(iter(rows.values()))
                add_mention(
                    resolver,
                    article,
                    start,
                    zone_start,
                    village_place(resolver, row, text[start:zone_start]),
                    0.6,
                    "village",
                )
                break
