"""Names a reader places by the names printed right beside them, not by the page's region.

寿光 in 销往寿光、青岛、济南等地 is a county-level city of 潍坊, a prefecture the page never names: alone it has no
support, but a list of markets puts it among 青岛 and 济南 of the same province, and a reader takes it as the city.
紫金 printed right before 临江镇 is the county holding that township, even where nothing else on the page speaks
of 紫金: the chain printed together decides, as it does when the county comes first in full (紫金县临江镇).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from localities.place_grammar import is_common_word, organisation_follows

if TYPE_CHECKING:
    from localities.gazetteer.loader import Gazetteer
    from localities.place_index import Candidate
    from localities.resolution import ArticleState, PageResolver

# The marks that join names of one list: 寿光、青岛、济南 / 寿光和青岛
LIST_JOINT = re.compile(r"\s*[、和及与]\s*")
# 忻州、大原、大同等地: in a list its closing word calls places, a neighbour may sit past one item not read as a name
LIST_JOINT_OVER_AN_ITEM = re.compile(r"\s*[、和及与]\s*(?:[\u4e00-\u9fff]{2,4}\s*[、和及与]\s*)?")
LISTED_LEVELS = ("prefecture", "county")
MIN_PREFIX = 2  # 峨眉 for 峨眉山市: at least two characters of a county's short form


def holds_the_next(g: Gazetteer, candidates: Sequence[Candidate], pos: int, gid: int) -> bool:
    """Is the name printed right after candidate `pos` (no gap) one of `gid`'s townships or counties?"""
    if pos + 1 >= len(candidates):
        return False
    following = candidates[pos + 1]
    if following.start != candidates[pos].end or not candidates[pos].exact:
        return False
    return any(o >= 0 and g.is_ancestor(gid, o) for o in following.options)


def county_printed_before(resolver: PageResolver, text: str, start: int, gid: int) -> bool:
    """峨眉|高桥镇: is the township `gid` printed right after its county's short form, or the leading characters
    of it (峨眉 of 峨眉山市), which the name index does not scan for?"""
    g = resolver.g
    if g.levels[gid] != "township":
        return False
    county = g.parents[gid]
    if county < 0 or g.levels[county] != "county":
        return False
    short = g.shorts[county] or ""
    for size in range(len(short), MIN_PREFIX - 1, -1):
        if start >= size and text[start - size : start] == short[:size]:
            return True
    return False


def _neighbours(article: ArticleState, pos: int) -> list[int]:
    """Positions of the candidates joined to candidate `pos` by a list mark (、, 和), either side."""
    text, candidates = article.text, article.candidates
    joint = LIST_JOINT_OVER_AN_ITEM if closes_a_list_of_places(text, candidates[pos].end) else LIST_JOINT
    found = []
    if pos > 0 and joint.fullmatch(text, candidates[pos - 1].end, candidates[pos].start):
        found.append(pos - 1)
    if pos + 1 < len(candidates) and joint.fullmatch(text, candidates[pos].end, candidates[pos + 1].start):
        found.append(pos + 1)
    return found


def accept_listed(resolver: PageResolver, article: ArticleState) -> None:
    """A city or county with one reading, left unresolved for want of support, listed beside a chosen city or
    county of the same province: the list makes it a place (寿光、青岛、济南).  Repeated so that a list
    resolves from either end."""
    g = resolver.g
    changed = True
    while changed:
        changed = False
        for pos, cand in enumerate(article.candidates):
            if pos in article.chosen or not cand.exact or organisation_follows(article.text, cand.end):
                continue
            places_list = closes_a_list_of_places(article.text, cand.end)
            if cand.generic and not places_list:
                continue  # 大同 is a word too: only a list its closing word calls places (…、大同等地) says otherwise
            options = [o for o in cand.options if o >= 0 and g.levels[o] in LISTED_LEVELS]
            if len(options) != len(cand.options) or not options:
                continue
            if len(options) > 1 and not places_list and not _a_city_and_its_namesake_county(g, options):
                continue
            for other in _neighbours(article, pos):
                chosen = article.chosen.get(other)
                if chosen is None or g.levels[chosen] not in LISTED_LEVELS:
                    continue
                same_province = [o for o in options if resolver.lineage(o)[-1] == resolver.lineage(chosen)[-1]]
                if len(same_province) > 1 and _a_city_and_its_namesake_county(g, same_province):
                    # 沈阳和本溪: listed beside a city, 本溪 is the city 本溪市, not its county 本溪满族自治县
                    same_province = [o for o in same_province if g.levels[o] == g.levels[chosen]]
                if len(same_province) == 1:
                    article.chosen[pos] = same_province[0]
                    article.confidence[pos] = 0.7
                    changed = True
                    break


def _a_city_and_its_namesake_county(g: Gazetteer, options: list[int]) -> bool:
    """本溪: the short form of a prefecture and of a county inside it, and nothing else."""
    cities = [o for o in options if g.levels[o] == "prefecture"]
    return len(cities) == 1 and all(o == cities[0] or g.is_ancestor(cities[0], o) for o in options)


# …、大同等地 / …、大同等城市: the word closing a list of names that says they are places.
PLACES_LIST_END = re.compile(r"(?:\s*[、和及与]\s*[\u4e00-\u9fff]{2,4})*等(?:地|城市|县市|市县|省市|周边)")


def closes_a_list_of_places(text: str, end: int) -> bool:
    """Does the list the name printed up to `end` belongs to close on a word calling its items places?"""
    return PLACES_LIST_END.match(text, end) is not None


# 原平、定襄、忻州、大原、大同等地: the items of a list its closing word calls places.
PLACES_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等(?:地|城市|县市|市县|省市)")


def misprinted_list_items(resolver: PageResolver, article: ArticleState) -> None:
    """大原 among 原平、定襄、忻州、大原、大同等地: an item of a list of places that names nothing, one character off
    the short form of exactly one city or county of the province its neighbours are in (and not listed itself),
    is that place misprinted (太原); the print's error carries the right name."""
    from localities.resolution import Mention

    g = resolver.g
    text = article.text
    for match in PLACES_LIST.finditer(text):
        spans, position = [], match.start(1)
        for item in match.group(1).split("、"):
            spans.append((position, position + len(item)))
            position += len(item) + 1
        named = [m for m in article.mentions if match.start(1) <= m.start and m.end <= match.end(1)]
        listed = [m.gid for m in named if m.gid is not None and g.levels[m.gid] in LISTED_LEVELS]
        provinces = {resolver.lineage(gid)[-1] for gid in listed}
        if len(listed) < 2 or len(provinces) != 1:
            continue
        province = provinces.pop()
        for start, end in spans[1:]:  # the first item may carry the words before the list
            if any(m.start < end and start < m.end for m in article.mentions) or is_common_word(text[start:end]):
                continue
            for level in LISTED_LEVELS:  # a city before a county: 大原 is 太原 before it is 大宁县
                found = [
                    gid
                    for gid in g.descendants(province, level)
                    if gid not in listed and _one_character_off(g.shorts[gid] or "", text[start:end])
                ]
                if found:
                    break
            if len(found) == 1:
                article.mentions.append(Mention(start, end, resolver.place(found[0], text[start:end]), 0.6, found[0]))


def _one_character_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1
