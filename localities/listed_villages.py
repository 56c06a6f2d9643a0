"""Villages listed without their suffix before 等…个村 (桃花哨、萧家沟、凉水泉等13个村; 本乡的郭家寨、天池、探头等村).

Kept apart from the main village pass (`localities.villages`): the items of a list are read together — the
township that holds most of them is the list's, and an item whose only register namesake lies in another township
is not that namesake (天池 listed among 阳白乡's villages is not the 天池村 of 定襄县).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from localities.added_mentions import add_mention, governing_holder, is_free, occupied, unverified_place
from localities.place_grammar import plausible_stem
from localities.village_lookup import find_village, township_tiers, village_place

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

# 桃花哨、萧家沟、凉水泉等13个村 / 富石、罗乐、河布3 个省核定贫困村: names listed before their count of villages
# (等, or a count of 个; a description such as 省定贫困 before 村; never 村民 or 村小组, which are groups, nor
# 自然村: natural villages are hamlets of a village, not in the register).
_ITEM = "[\u4e00-\u7b48\u7b4a-\u9fff]{2,4}"  # two to four characters, never 等 (U+7B49), which closes the list
ENUMERATION = re.compile(
    rf"((?:{_ITEM}、)+{_ITEM})"
    r"(?:等\s*(?:\d+|[一二两三四五六七八九十百]+)?\s*个?|\s*(?:\d+|[一二两三四五六七八九十百]+)\s*个)"
    r"\s*(?:[^\W\d_乡镇街的、]\s*){0,6}?(?<!自然)村(?![民小])"
)


# 坪上、狮吼、正道、双井、邓草沟村发展马铃薯: names sharing the 村 printed after the last of them.
SHARED_SUFFIX = re.compile(rf"((?:{_ITEM}、)+){_ITEM}村(?![民委小])")
CONFIRMING_ITEMS = 2  # register villages of one township among the items, before the others are read as villages


def enumerated_villages(resolver: PageResolver, article: ArticleState) -> None:
    """桃花哨、萧家沟、凉水泉等13个村: names listed before 等…个村 are villages even without 村."""
    _villages_sharing_a_suffix(resolver, article)
    text = article.text
    for match in ENUMERATION.finditer(text):
        offset = match.start(1)
        items = []
        for item in match.group(1).split("、"):
            start, end = offset, offset + len(item)
            offset = end + 1
            if item.endswith(("村", "社区", "嘎查")):
                continue  # 丰乐口村、上三截村5个千亩村: printed with its suffix, the main pass reads it as printed
            items.append((item, start, end, _listed_village(resolver, article, item, start, "等" in match.group(0))))
        township = _township_of_the_list([found for *_, found in items])
        for item, start, end, found in items:
            if township is not None and (found is None or found[1].township != township):
                # 郭家寨、天池、探头、善文等村 of one township: the register of the township the list is about has no
                # 天池, and a namesake elsewhere, or the county of a market list before it, is not the one listed
                continue
            if not is_free(occupied(article), start, end):
                continue  # 田黄镇桃花哨、…: the pass after townships has already read it
            if found is not None:
                place = village_place(resolver, found[1], item[found[0] - start :])
                add_mention(resolver, article, found[0], end, place, 0.6, "village")
            elif start > match.start(1) and plausible_stem(item):
                holder = governing_holder(article, start)
                if holder is not None:
                    place = unverified_place(resolver, item + "村", "village", holder)
                    add_mention(resolver, article, start, end, place, 0.4, "grammar")


def _listed_village(resolver: PageResolver, article: ArticleState, item: str, start: int, closed: bool):
    """(start, row) of the register's village a listed item names, looked up under the townships in context."""
    # without 等 (富石、罗乐、河布3个村) only the townships the text names vouch for a gazetteer reading;
    # otherwise the names stay under the place printed before them
    searched = township_tiers(resolver, article, start)[: 3 if closed else 2]
    for skip in range(len(item) - 1):  # the first item may carry the verb before it (助推桃花哨)
        row = find_village(resolver, [t for tier in searched for t in tier], item[skip:] + "村", True)
        if row is not None:
            return start + skip, row
    return None


def _township_of_the_list(found: list) -> object | None:
    """The township that holds most of a list's villages, when at least two of them and more than any other."""
    counts = Counter(row.township for _, row in (f for f in found if f is not None))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _villages_sharing_a_suffix(resolver: PageResolver, article: ArticleState) -> None:
    """坪上、狮吼、正道、双井、邓草沟村: the items before the last share its 村.  Only the register is trusted here (no
    count or 等 says the items are villages): an item is read when it is a village of the township that holds at
    least two of them; the last, printed with 村, is the main pass's."""
    text = article.text
    for match in SHARED_SUFFIX.finditer(text):
        offset = match.start(1)
        items = []
        for item in match.group(1).rstrip("、").split("、"):
            start, end = offset, offset + len(item)
            offset = end + 1
            if not item.endswith(("村", "社区")):
                items.append((start, end, _listed_village(resolver, article, item, start, True)))
        township = _township_of_the_list([found for *_, found in items])
        if township is None:
            continue
        if sum(found is not None and found[1].township == township for *_, found in items) < CONFIRMING_ITEMS:
            continue
        for _start, end, found in items:
            if found is None or found[1].township != township or not is_free(occupied(article), found[0], end):
                continue
            place = village_place(resolver, found[1], text[found[0] : end])
            add_mention(resolver, article, found[0], end, place, 0.6, "village")
