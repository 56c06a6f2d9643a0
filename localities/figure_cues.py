"""Cues in the noun phrase a figure counts that name its place outright, before any clause or paragraph reading.

A reader of 招呼10余位太安村村民上山 knows the ten are villagers of 太安村 whatever the sentence's subject is, and
of 和某镇十几个行政村签订协议 that the villages counted are that township's: the place is part of what is counted.
Kept apart from ``resolver.governing_place`` because these rules read only the few characters around the figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localities.clause_cues import chain_end
from localities.paragraph_focus import RESIDENT
from localities.places import LocalityMention, Place

# 10余位, 二百多名, 30来户: the figure and the measure word of people it counts (general vocabulary of numerals,
# approximation words and measure words for persons and households).
COUNT_OF_PEOPLE = re.compile(r"[\d.,０-９零〇一二两三四五六七八九十百千万]+(?:余|多|来|几)?(?:位|名|个|户|人|家)")
# 十几个行政村, 3个社区: the measure word and a noun naming places below the one printed before the figure.
COUNT_OF_PLACES = re.compile(
    r"[\d.,０-９零〇一二两三四五六七八九十百千万]+(?:余|多|来|几)?个(?:行政村|自然村|贫困村|村|社区|乡镇|镇|乡)"
)
LOCAL_LEVELS = ("township", "village", "community")
HOLDER_LEVELS = ("county", "township", "zone")


def counted_residents(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """10余位太安村村民: people counted as residents of a village or township printed between the count and the
    word for them are that place's."""
    count = COUNT_OF_PEOPLE.match(text, offset)
    if count is None:
        return None
    ordered = sorted(mentions, key=lambda m: m.start)
    first = next((m for m in ordered if m.start == count.end()), None)
    if first is None:
        return None
    last = chain_end(ordered, first)
    if last.place.level not in LOCAL_LEVELS or RESIDENT.match(text, last.end) is None:
        return None
    return last.place


def counted_parts(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """浉河港镇十几个行政村: a count of villages (or townships) printed right after a place is a count of its own."""
    if COUNT_OF_PLACES.match(text, offset) is None:
        return None
    holder = next((m for m in mentions if m.end == offset), None)
    if holder is None or holder.place.level not in HOLDER_LEVELS:
        return None
    return holder.place


def place_of_counted(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """The place named inside what the figure at `offset` counts, if any."""
    return counted_residents(text, mentions, offset) or counted_parts(text, mentions, offset)
