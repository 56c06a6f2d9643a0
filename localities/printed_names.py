"""Places a page prints under another name than the gazetteer lists: the page's spelling is the record's name.

Three shapes recur on real pages, and a reader recognises each without a second thought:

* the other township ending — 宁秀乡 printed where the gazetteer lists 宁秀镇 under the same county (a 乡 became a
  镇, or the writer used the older form); 里湖乡 for 里湖瑶族乡;
* a former name the gazetteer keeps as an alias — 唐古拉山镇 for 唐古拉镇;
* a county renamed a city or a district — 横县 printed right before one of the townships of 横州市 (县 → 市 in
  2021), 辽中县 before a township of 辽中区.

Each is resolved only when it is unambiguous under the place printed (or, for a renamed county, the township printed
right after it), and the place then carries the page's spelling as its name with the gazetteer's in its aliases —
the record is what the page says, and the official code still ties it to the gazetteer.  When the page also prints
the gazetteer's own name somewhere, that name is kept.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from localities.place_grammar import is_hanzi

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

TOWNSHIP_SUFFIX = re.compile(r"(?:镇|乡|街道)$")
# 瑶族乡, 布依族苗族乡: the ethnic part of an ethnic township's name, which pages often leave out.
ETHNIC_PART = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}族)+$")
ETHNIC_TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{2,}[\u4e00-\u9fff]{1,3}族[乡镇]$")
# A printed full name keeps its administrative ending; 委会/办事处 forms are the office, not another name.
RENAMEABLE_LEVELS = ("county", "township")
FULL_FORM = re.compile(r"(?:县|市|区|旗|镇|乡)$")


def township_stem(name: str) -> str:
    return TOWNSHIP_SUFFIX.sub("", name)


def drops_ethnic_part(official: str, printed: str) -> bool:
    """Is `printed` the official township name without the peoples it names (大平乡 for 大平苗族彝族乡)?"""
    own, stem = township_stem(official), township_stem(printed)
    if len(stem) < 2 or own == stem or official[len(own) :] != printed[len(stem) :]:
        return False
    return own.startswith(stem) and ETHNIC_PART.match(own[len(stem) :]) is not None


def township_variant(resolver: PageResolver, county: int, printed: str) -> int | None:
    """The one township of `county` that `printed` names with another ending (宁秀乡 → 宁秀镇) or without its
    ethnic part (里湖乡 → 里湖瑶族乡) or its first word (车力蒙古族乡 → 呼和车力蒙古族乡); None when there is none
    or more than one."""
    stem = township_stem(printed)
    if len(stem) < 2 or stem == printed:
        return None
    g = resolver.g
    found = []
    for child in g.children.get(county, ()):
        if g.levels[child] != "township":
            continue
        own = township_stem(g.names[child])
        if own == stem or (own.startswith(stem) and ETHNIC_PART.match(own[len(stem) :])):
            found.append(child)
        elif ETHNIC_TOWNSHIP.match(printed) and g.names[child].endswith(printed):
            found.append(child)  # 车力蒙古族乡 for 呼和车力蒙古族乡: an ethnic township printed without its first word
    return found[0] if len(found) == 1 else None


def renamed_counties(resolver: PageResolver, article: ArticleState) -> None:
    """横县镇龙乡: a 县 the gazetteer lacks, printed right before a township of a county-level city or district
    whose name begins with the same characters, is that city under its former name."""
    from localities.resolution import Mention

    g = resolver.g
    text = article.text
    for township in [m for m in article.mentions if m.gid is not None and g.levels[m.gid] == "township"]:
        county = g.parents[township.gid]
        if county < 0 or g.levels[county] != "county" or not g.names[county].endswith(("市", "区")):
            continue
        if text[township.start - 1 : township.start] != "县":
            continue
        for size in (2, 1):
            start = township.start - 1 - size
            stem = text[start : township.start - 1]
            if start < 0 or len(stem) < size or not all(is_hanzi(c) for c in stem):
                continue
            if not g.names[county].startswith(stem) or g.lookup(stem + "县"):
                continue
            covering = [m for m in article.mentions if m.start < township.start - 1 and start < m.end]
            if covering:
                # 辽中县冷子堡镇 with 辽中 already read as the district: the 县 belongs to that mention, so the
                # chain 辽中县|冷子堡镇 reads as printed together
                if len(covering) == 1 and covering[0].gid == county and covering[0].end == township.start - 1:
                    covering[0].end = township.start
                continue
            printed = stem + "县"
            resolver.printed_names[county] = printed
            _mention_everywhere(resolver, printed, county, Mention)
            break
    counties_named_after_their_city(resolver, article)


def counties_named_after_their_city(resolver: PageResolver, article: ArticleState) -> None:
    """九江县新塘乡: a county named after its prefecture (九江县 of 九江市) that the gazetteer lacks, printed right
    before a township of a district of that prefecture, is that district under its former name (九江县 became
    柴桑区 in 2017, 宜宾县 叙州区 in 2018).  The names share nothing, so the record keeps the district's
    official name; every 九江县 of the page, read so far as the city and a stray 县, becomes the district."""
    g = resolver.g
    text = article.text
    for township in [m for m in article.mentions if m.gid is not None and g.levels[m.gid] == "township"]:
        county = g.parents[township.gid]
        if county < 0 or g.levels[county] != "county" or not g.names[county].endswith("区"):
            continue
        city = g.parents[county]
        before = next((m for m in article.mentions if m.end == township.start - 1 and m.gid == city), None)
        if before is None or text[before.end] != "县":
            continue
        printed = text[before.start : before.end] + "县"
        if printed != g.shorts[city] + "县" or g.lookup(printed) or g.names[county].startswith(printed[:-1]):
            continue
        for other in resolver.articles:
            for m in other.mentions:
                if m.gid == city and other.text[m.start : m.end + 1] == printed:
                    m.place, m.gid, m.end = resolver.place(county), county, m.end + 1
        return


def _mention_everywhere(resolver: PageResolver, printed: str, gid: int, mention_type: type) -> None:
    """Every free occurrence of a resolved printed name on the page is a mention of that place."""
    place = resolver.place(gid, printed)
    for article in resolver.articles:
        start = article.text.find(printed)
        while start >= 0:
            end = start + len(printed)
            if all(end <= m.start or start >= m.end for m in article.mentions):
                article.mentions.append(mention_type(start, end, place, 0.7, gid, "name"))
            start = article.text.find(printed, end)


def placed_by_printed_township(
    resolver: PageResolver, article: ArticleState, left: int, suffix_start: int, suffix_end: int, normal: str
) -> bool:
    """八三堡村 on its own after 新民屯镇八三堡村: a village the page has already placed by the township printed
    with it is that village, even when the gazetteer lists a namesake in another township of the same county."""
    from localities.resolution import Mention

    g = resolver.g
    for start in range(left, suffix_start - 1):
        name = article.text[start:suffix_start] + normal
        found = [place for (known, level, _), place in resolver.unverified.items() if known == name]
        if (
            start not in article.boundaries
            or len(found) != 1
            or found[0].level != ("community" if normal == "社区" else "village")
        ):
            continue
        township = found[0].parent
        gid = g.by_code.get(township.code) if township is not None and township.code else None
        if gid is None or g.levels[gid] != "township":
            continue
        county = g.parents[gid]
        namesakes = [t for t in g.descendants(county, "township") if name in g.villages(t)] if county >= 0 else []
        if namesakes:
            article.mentions.append(Mention(start, suffix_end, found[0], 0.5, None, "grammar"))
            return True
    return False


def collect_printed_aliases(resolver: PageResolver) -> None:
    """唐古拉山镇 printed for 唐古拉镇: a full name the gazetteer keeps as the place's alias is the page's name."""
    g = resolver.g
    for article in resolver.articles:
        for m in article.mentions:
            if m.gid is None or g.levels[m.gid] not in RENAMEABLE_LEVELS:
                continue
            surface = article.text[m.start : m.end]
            if surface != g.names[m.gid] and FULL_FORM.search(surface) and surface in g.alias_list(m.gid):
                resolver.printed_names.setdefault(m.gid, surface)


def printed_parents(resolver: PageResolver) -> dict[str, Any]:
    """沈阳市铁西区新民屯镇: a township printed right after another county of its own city than the one the
    gazetteer files it under — and that the page never prints under that one — is administered by the county printed
    (townships handed to a neighbouring district, 新民屯镇 in a report about 辽中区); the page's chain is the
    record's.  Keyed by the township's code."""
    g = resolver.g
    moved: dict[str, Any] = {}
    printed_under = {
        (m.gid, before.gid)
        for article in resolver.articles
        for m in article.mentions
        for before in article.mentions
        if m.gid is not None and before.gid is not None and before.end == m.start
    }
    for article in resolver.articles:
        named = {m.gid for m in article.mentions if m.gid is not None}
        by_end = {m.end: m for m in article.mentions if m.gid is not None}
        for m in article.mentions:
            if m.gid is None or g.levels[m.gid] != "township":
                continue
            before = by_end.get(m.start)
            county = g.parents[m.gid]
            if before is None or g.levels[before.gid] != "county" or before.gid == county:
                continue
            if county in named and (m.gid, county) in printed_under:
                continue  # the page also prints it under the gazetteer's county: no transfer to read
            if county >= 0 and g.parents[before.gid] == g.parents[county]:
                moved[g.codes[m.gid]] = before.place
    return moved


def apply_printed_names(resolver: PageResolver) -> None:
    """Give every place of the page whose printed name differs from the gazetteer's the page's name, throughout
    its chains, unless the page prints the gazetteer's name too; and the parent the page prints it under."""
    collect_printed_aliases(resolver)
    g = resolver.g
    texts = [a.text for a in resolver.articles]
    renamed: dict[str, str] = {}
    for gid, printed in resolver.printed_names.items():
        if drops_ethnic_part(g.names[gid], printed):
            continue  # 大平乡 for 大平苗族彝族乡: a short way to print the name, not another name
        if not any(g.names[gid] in text for text in texts):
            renamed[g.codes[gid]] = printed
    moved = printed_parents(resolver)
    if not renamed and not moved:
        return
    memo: dict[Any, Any] = {}

    def rebuild(place: Any) -> Any:
        if place is None:
            return None
        if place in memo:
            return memo[place]
        parent = rebuild(moved.get(place.code, place.parent) if place.code else place.parent)
        result = place if parent is place.parent else replace(place, parent=parent)
        printed = renamed.get(place.code) if place.code else None
        if printed is not None and place.name != printed:
            aliases = tuple(dict.fromkeys(a for a in (*place.aliases, place.name) if a != printed))
            result = replace(result, name=printed, aliases=aliases)
        memo[place] = result
        return result

    for article in resolver.articles:
        for m in article.mentions:
            m.place = rebuild(m.place)
