"""Natural villages and villagers' groups (自然村, 村民小组) inside an administrative village.

Why a pass of its own: the gazetteer stops at the administrative village, yet reports often zoom in on one of its
hamlets — 高拱桥村枫香坡组, 黄沙村华屋小组, 某村某某自然村, 某村某屯 — and give that hamlet's own figures
(枫香坡组共有农户48户).  Grammar alone tells a reader what such a name is, but only when it is printed attached to
a village already resolved (or to 该村/本村 pointing back to one): a bare 某某组 could be a working group of any
office.  The hamlet is created below its village, level ``village``, without a code and unverified; once the page
has introduced it, later mentions of the same printed name (芒团组共有52户…) are read as that place too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from localities.place_grammar import ends_with_generic, is_generic_place_word, plausible_stem, word_frequency

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

# The name of a hamlet printed after its village: a two-to-four character stem and one of the endings of natural
# villages and villagers' groups.  Longer endings first, so 华屋小组 keeps its 小组.
# 寨 is how the mountain south-west names its natural villages (某村某某寨, 辖某某寨、某某寨4个自然寨).
GROUP_AFTER = re.compile(r"([\u4e00-\u9fff]{2,4}?)(村民小组|自然村|自然寨|小组|组|屯|社|寨)")
# 辖梨树寨、竹林寨…4个自然寨 / 下辖东坡、西坡等3个村民小组: the hamlets a village is made of, listed after 辖.
HAMLET_LIST = re.compile(
    r"(?:下辖|辖|包括|分为)((?:[\u4e00-\u9fff]{2,5}、)+[\u4e00-\u9fff]{2,5})等?"
    r"(?:\d+|[一二两三四五六七八九十]+)个(?:自然村|自然寨|村民小组|组|屯|寨)"
)
# 推赛村南吉村村民小组: a group named like a village (X村) printed after its administrative village.
GROUP_WORD = "村民小组"
VILLAGE_NAMED_GROUP = re.compile(GROUP_WORD)
# 该村小溪组 / 本村…: the hamlet of the village the text has just named.
BACK_REFERENCE = re.compile(r"[该本]村")
NUMERALS = frozenset("一二三四五六七八九十百零〇两")
GROUP_LEVEL = "village"


def _village_before(article: ArticleState, position: int):
    """The village mention ending at `position`, or, after 该村/本村, the nearest village named before it."""
    for m in article.mentions:
        if m.end == position and m.place.level == GROUP_LEVEL and _is_administrative(m.place):
            return m.place
    if not BACK_REFERENCE.fullmatch(article.text, max(0, position - 2), position):
        return None
    before = [m for m in article.mentions if m.end <= position - 2 and m.place.level == GROUP_LEVEL]
    before = [m for m in before if _is_administrative(m.place)]
    return max(before, key=lambda m: m.end).place if before else None


def _is_administrative(place) -> bool:
    """A village that can hold hamlets: one whose parent is not itself a village (no hamlet of a hamlet)."""
    return place.parent is not None and place.parent.level != GROUP_LEVEL


def group_name_at(text: str, position: int) -> tuple[int, str] | None:
    """The hamlet name printed at `position` (end offset, name), when grammar reads one there.

    Rejects stems that are clauses or common words (合作社, 党小组, 组织), numbered teams (一组), and a suffix
    that opens an ordinary word (组织, 组建, 社区) rather than ending a name."""
    match = GROUP_AFTER.match(text, position)
    if match is None:
        return None
    stem, suffix = match.group(1), match.group(2)
    if suffix == "村民小组":
        return None  # 大坪村禾树村民小组: a villagers' group is the village's own business, never a place of its own
    name = stem + suffix
    if all(c in NUMERALS for c in stem) or not plausible_stem(stem):
        return None
    if is_generic_place_word(name) or ends_with_generic(name, suffix) or word_frequency(name) >= 20:
        return None
    follow = text[match.start(2) : match.start(2) + len(suffix) + 1]
    if len(suffix) == 1 and len(follow) == 2 and word_frequency(follow) >= 30:
        return None  # 村委组织, 联合社区: the suffix character opens the next word
    return match.end(), name


def resolve_groups(resolver: PageResolver) -> None:
    """Find hamlets printed after their village on the page, then every later mention of the same printed name."""
    from localities.resolution import Mention

    found: dict[str, object] = {}  # printed name → hamlet Place (the first village the page gives it holds)
    for article in resolver.articles:
        _listed_hamlets(resolver, article, found)
        positions = {m.end for m in article.mentions if m.place.level == GROUP_LEVEL}
        positions |= {match.end() for match in BACK_REFERENCE.finditer(article.text)}
        for position in sorted(positions):
            village = _village_before(article, position)
            group = group_name_at(article.text, position) if village is not None else None
            if group is None or not _free(article, position, group[0]):
                continue
            end, name = group
            place = found.get(name)
            if place is None:
                place = resolver.place_type(name, GROUP_LEVEL, None, village, False, ())
                found[name] = place
            article.mentions.append(Mention(position, end, place, 0.5, None, "grammar"))
    for name, place in found.items():
        for article in resolver.articles:
            start = article.text.find(name)
            while start >= 0:
                end = start + len(name)
                if start in article.boundaries and _free(article, start, end):
                    article.mentions.append(Mention(start, end, place, 0.5, None, "grammar"))
                start = article.text.find(name, end)


def _listed_hamlets(resolver: PageResolver, article: ArticleState, found: dict[str, object]) -> None:
    """全村…辖甲寨、乙寨4个自然寨: each listed name is a hamlet of the village the article last named before the
    list (the list is introduced by the village's own 辖, so no other village can hold it)."""
    from localities.resolution import Mention

    for match in HAMLET_LIST.finditer(article.text):
        before = [m for m in article.mentions if m.end <= match.start() and m.place.level == GROUP_LEVEL]
        before = [m for m in before if _is_administrative(m.place)]
        if not before:
            continue
        village = max(before, key=lambda m: m.end).place
        offset = match.start(1)
        for name in match.group(1).split("、"):
            start, end = offset, offset + len(name)
            offset = end + 1
            if not plausible_stem(name) or is_generic_place_word(name) or not _free(article, start, end):
                continue
            place = found.get(name)
            if place is None:
                place = resolver.place_type(name, GROUP_LEVEL, None, village, False, ())
                found[name] = place
            article.mentions.append(Mention(start, end, place, 0.5, None, "grammar"))


def _free(article: ArticleState, start: int, end: int) -> bool:
    return all(end <= m.start or start >= m.end for m in article.mentions)


def names_a_group(text: str, suffix_end: int) -> bool:
    """Is the 某某村 ending at `suffix_end` the name of a villagers' group (推赛村南吉村|村民小组), not of an
    administrative village?"""
    return VILLAGE_NAMED_GROUP.match(text, suffix_end) is not None
