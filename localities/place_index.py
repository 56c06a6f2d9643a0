"""Finding place-name candidates in text: the gazetteer's names indexed for left-to-right scanning.

A candidate is a span that matches a gazetteer name (any level down to township), a short form of a
county-and-above place (滕州, 李沧), or a generic zone name (高新区).  Names are indexed in their OCR-canonical
form (峄/峰 fold together) so that a misread character still finds its place; whether the reading was exact is
kept so the resolver can demand context before accepting a correction.  Villages are not scanned here: there
are 620k of them and their names are only meaningful under a township the page talks about.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from core.text.segmentation import words
from localities.gazetteer.loader import Gazetteer, get_gazetteer
from localities.place_grammar import (
    GENERIC_PLACE_WORDS,
    GENERIC_ZONES,
    canonical,
    is_common_word,
    is_hanzi,
    is_place_word,
)

PLACE_FINALS = frozenset("省市县区镇乡村旗州")
# Bare level words: NBS has a township called 街道 (皮山县) that would otherwise match every 街道 in print.
# 农场/林场: a county's state farm or forest farm the register files under the bare word; alone it is any farm.
LEVEL_WORDS = frozenset(("街道", "社区", "苏木", "嘎查", "农场", "林场"))
ZONE = -1  # option id of a generic zone name: resolved later against the page's city


@dataclass
class Candidate:
    start: int
    end: int
    surface: str  # as printed
    options: tuple[int, ...]  # gazetteer ids (or ZONE)
    short: bool  # matched a short form (滕州) rather than a full name (滕州市)
    exact: bool  # printed exactly as the gazetteer spells it (False: OCR-confusable reading)
    generic: bool  # the surface is also an ordinary word (城区, 和平): needs context

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class NameIndex:
    gazetteer: Gazetteer
    full: dict[str, tuple[int, ...]]  # canonical name or alias → ids
    short: dict[str, tuple[int, ...]]  # canonical short form → ids
    prefixes: frozenset[str]
    longest: int
    printed_forms: frozenset[str] = frozenset()  # names as printed that the register spells otherwise (屈原管理区)


@lru_cache(maxsize=1)
def name_index() -> NameIndex:
    """Canonical-form indexes over every non-village name, built on first use (~0.2 s)."""
    gazetteer = get_gazetteer()
    full: dict[str, list[int]] = {}
    for name, ids in gazetteer.by_name.items():
        if name in GENERIC_ZONES or name in LEVEL_WORDS or len(name) < 2:
            continue  # a township called 开发区 (or 街道) must not swallow every 开发区 in the country
        full.setdefault(canonical(name), []).extend(ids)
    printed_forms = management_district_forms(gazetteer)
    for form, gid in printed_forms:
        if gid not in full.setdefault(form, []):
            full[form].append(gid)
    short: dict[str, list[int]] = {}
    for name, ids in gazetteer.by_short.items():
        if name not in GENERIC_PLACE_WORDS:
            short.setdefault(canonical(name), []).extend(ids)
    for generic in GENERIC_ZONES:
        full.setdefault(generic, [])
    prefixes = {key[:i] for key in (*full, *short) for i in range(1, len(key) + 1)}
    return NameIndex(
        gazetteer,
        {k: tuple(v) for k, v in full.items()},
        {k: tuple(v) for k, v in short.items()},
        frozenset(prefixes),
        max(map(len, prefixes)),
        frozenset(form for form, _ in printed_forms),
    )


# 益阳市大通湖管理区, 岳阳市屈原管理区 (NBS zones, their city's name in front), 乌拉盖管理区管委会.
MANAGEMENT_DISTRICT = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,5}?)管理区(?:管委会)?$")


def management_district_forms(gazetteer: Gazetteer) -> list[tuple[str, int]]:
    """The printed forms of a management district the register names with its city in front: 大通湖管理区 and
    大通湖区 (益阳大通湖区 prints the city's short form before it), never the bare stem (大通湖 is the lake)."""
    forms = []
    for gid, level in enumerate(gazetteer.levels):
        if level != "zone":
            continue
        name = gazetteer.names[gid]
        parent = gazetteer.parents[gid]
        for city in (gazetteer.names[parent], gazetteer.shorts[parent]) if parent >= 0 else ():
            if city and name.startswith(city):
                name = name[len(city) :]
                break
        match = MANAGEMENT_DISTRICT.match(name)
        if match is not None:
            stem = match.group("stem")
            forms += [(canonical(stem + "管理区"), gid), (canonical(stem + "区"), gid)]
    return forms


def word_boundaries(text: str) -> set[int]:
    """Offsets where jieba's dictionary segmentation puts a word boundary (no HMM: unknown names fall apart
    into single characters, so they never hide a boundary); place names jieba knows are open inside."""
    index = name_index()
    boundaries = {0}
    position = 0
    for token in words(text, hmm=False):
        if len(token) > 2 and (canonical(token) in index.full or token[-1] in PLACE_FINALS or is_place_word(token)):
            # Inside a place token any cut may be right: 枣庄市中区 is 枣庄|市中区 although jieba reads 枣庄市,
            # and jieba's 上海市浦东新区 holds two names.
            boundaries.update(range(position + 1, position + len(token)))
        position += len(token)
        boundaries.add(position)
    return boundaries


def scan(text: str, boundaries: set[int] | None = None) -> list[Candidate]:
    """Every span of `text` that could name a place, overlapping; `select` picks a consistent reading.

    A span that cuts through a dictionary word (周至 in 两周至少, 应城市 in 适应城市) is marked generic, so it is
    only accepted when its parent is printed right before it."""
    index = name_index()
    if boundaries is None:
        boundaries = word_boundaries(text)
    gazetteer = index.gazetteer
    folded = canonical(text)
    # Names local to the loop: it runs over every character of every article (most starts stop after a
    # character or two, so lookups of the index's attributes were a visible share of it).
    prefixes, full, short, longest = index.prefixes, index.full, index.short, index.longest
    by_name, by_short = gazetteer.by_name, gazetteer.by_short
    size = len(text)
    found: list[Candidate] = []
    for start in range(size):
        if not is_hanzi(text[start]):
            continue
        for end in range(start + 1, min(size, start + longest) + 1):
            key = folded[start:end]
            if key not in prefixes:
                break
            surface = text[start:end]
            straddles = start not in boundaries or end not in boundaries
            if key in GENERIC_ZONES:
                found.append(Candidate(start, end, surface, (ZONE,), False, True, False))
                continue
            ids = full.get(key)
            if ids:
                # printed as indexed, not only after OCR folding
                exact = surface in by_name or surface in index.printed_forms
                # Two-character names (东区, 城区) are too often ordinary words to stand alone; a longer name
                # ending in its administrative suffix is a place whatever jieba's tagger thinks of it.
                generic = straddles or len(surface) <= 2 or surface in GENERIC_PLACE_WORDS
                found.append(Candidate(start, end, surface, ids, False, exact, generic))
            ids = short.get(key)
            if ids:
                exact = surface in by_short
                generic = straddles or is_common_word(surface, 100)
                found.append(Candidate(start, end, surface, ids, True, exact, generic))
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """The non-overlapping reading that covers most characters (枣庄|市中区 beats 枣庄市|中区), preferring full
    names over short forms and exact readings over OCR corrections when coverage ties."""
    if not candidates:
        return []
    ordered = sorted(candidates, key=lambda c: (c.end, c.start))
    ends = [c.end for c in ordered]
    best: list[tuple[float, int]] = []  # (score, predecessor index or -1) per candidate
    prefix_best: list[tuple[float, int]] = []  # best (score, index) among ordered[:k+1]
    for k, cand in enumerate(ordered):
        # Each span costs 5: 威海经济技术开发区 as one name beats 威海|经济技术开发区.
        weight = cand.length * 10 - 5 + (0 if cand.short else 1)
        weight += (1 if cand.exact else -3) - (2 if cand.generic else 0)
        j = bisect.bisect_right(ends, cand.start, 0, k) - 1
        base, pred = (prefix_best[j][0], prefix_best[j][1]) if j >= 0 else (0.0, -1)
        best.append((base + weight, pred))
        prev = prefix_best[-1] if prefix_best else (float("-inf"), -1)
        prefix_best.append((base + weight, k) if base + weight > prev[0] else prev)
    chosen = []
    k = prefix_best[-1][1]
    while k >= 0:
        chosen.append(ordered[k])
        k = best[k][1]
    return sorted(chosen, key=lambda c: c.start)
