"""Townships listed before a closing 等乡镇 / 等镇 / 等地 (在老奇台、西北湾、吉布库、坎尔子、古城等乡镇; 项目分布
新塘乡、新合镇、狮子镇等乡镇; 在龙王、双沟等镇; 掌起、横河、周巷等地): each item is a township of the county
the list is about, printed bare or with an ending that may not be the register's.

A reader takes the list's closing word as saying what every item is, and the county from the items they know (西北湾
and 吉布库 are towns of 奇台县) or from the place the sentence is about.  So each item is looked up by its stem among
that county's townships — whatever its printed ending (狮子镇 is the 狮子街道 of the register, 古城 its 古城乡) —
and a three-character stem one character off the only township it can be (坎尔子 for 坎尔孜乡, a transliteration
spelt two ways) is that township once another item of the list has confirmed the county.  Without this the list's
closing word was read as part of the last name (古城等乡镇) and a bare item as a short form of something else (奇台
inside 老奇台).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from localities.added_mentions import governing_holder
from localities.place_grammar import LEFT_BOUNDARY, is_hanzi

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

_ITEM = r"[\u4e00-\u7b48\u7b4a-\u9fff]{2,6}"  # never 等 (U+7B49), which closes the list
TOWNSHIP_LIST = re.compile(
    rf"((?:{_ITEM}、)+{_ITEM})等\s*(?:\d+|[一二两三四五六七八九十]+)?\s*个?"
    r"(?P<closing>乡镇街道|乡镇|镇街|镇|乡|街道|地)(?![\u4e00-\u9fff]?村)"
)
OWN_ENDING = re.compile(r"(?:街道|镇|乡)$")
SHORTEST_FUZZY_STEM = 3  # 坎尔子/坎尔孜: a one-character slip is read only in a stem of three or more


def listed_townships(resolver: PageResolver, article: ArticleState) -> None:
    """Read every item of each 某、某等乡镇 list as the township of the list's county that bears its stem."""
    from localities.resolution import Mention

    text = article.text
    for match in TOWNSHIP_LIST.finditer(text):
        items = _items(text, match.start(1), match.end(1))
        counties = _list_counties(resolver, article, items, match.start(1))
        if not counties:
            continue
        items[0] = _first_item(resolver, counties, text, *items[0])
        found = [(start, end, _township_of(resolver, counties, text[start:end], exact=True)) for start, end in items]
        townships = sum(gid is not None for _, _, gid in found)
        if townships == 0 or (match.group("closing") == "地" and townships < 2):
            # no item is a township of the county: a list of something else (products, firms); 等地 lists places
            # of any kind, and only two of the county's townships among them make it a list of townships
            continue
        for start, end, gid in found:
            gid = gid if gid is not None else _township_of(resolver, counties, text[start:end], exact=False)
            if gid is None:
                continue
            inside = [m for m in article.mentions if m.start < end and start < m.end]
            if any(m.gid == gid for m in inside):
                continue
            if any(m.end > match.end() or m.start < start for m in inside):
                continue  # a longer name runs past the item: not ours to split
            for m in inside:
                article.mentions.remove(m)
            article.mentions.append(Mention(start, end, resolver.place(gid, text[start:end]), 0.7, gid, "name"))


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the list's items; the first starts after the verb or preposition that opens the list."""
    spans = []
    position = start
    for item in text[start:end].split("、"):
        spans.append((position, position + len(item)))
        position += len(item) + 1
    first_start, first_end = spans[0]
    for i in range(first_start, first_end - 1):
        if text[i] in LEFT_BOUNDARY or not is_hanzi(text[i]):
            first_start = i + 1
    spans[0] = (first_start, first_end)
    return spans


def _first_item(resolver: PageResolver, counties: list[int], text: str, start: int, end: int) -> tuple[int, int]:
    """项目分布新塘乡: the first item is the longest tail of its span that names a township of the counties."""
    for begin in range(start, end - 1):
        if _township_of(resolver, counties, text[begin:end], exact=True) is not None:
            return begin, end
    return start, end


def _list_counties(resolver: PageResolver, article: ArticleState, items, position: int) -> list[int]:
    """The counties whose townships the items are: those of the items the page has read as townships, else the
    county the sentence is about."""
    g = resolver.g
    counties = []
    for start, end in items:
        for m in article.mentions:
            if m.gid is not None and g.levels[m.gid] == "township" and start <= m.start and m.end <= end:
                counties.append(g.parents[m.gid])
    if counties:
        return list(dict.fromkeys(c for c in counties if c >= 0))
    holder = governing_holder(article, position)
    gid = g.by_code.get(holder.code, -1) if holder is not None and holder.code else -1
    if gid >= 0 and g.levels[gid] == "township":
        gid = g.parents[gid]
    return [gid] if gid >= 0 and g.levels[gid] in ("county", "zone") else []


def _township_of(resolver: PageResolver, counties: list[int], printed: str, exact: bool) -> int | None:
    """The one township of `counties` whose stem is the printed item's (any ending), or, when not `exact`, one
    character off it in a stem of three or more."""
    g = resolver.g
    stem = OWN_ENDING.sub("", printed)
    if len(stem) < 2:
        return None
    found = []
    for county in counties:
        for child in g.children.get(county, ()):
            if g.levels[child] != "township":
                continue
            own = OWN_ENDING.sub("", g.names[child])
            if exact:
                matches = own == stem or g.shorts[child] == stem
            else:
                matches = len(stem) >= SHORTEST_FUZZY_STEM and _one_character_off(own, stem)
            if matches:
                found.append(child)
    return found[0] if len(found) == 1 else None


def _one_character_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1
