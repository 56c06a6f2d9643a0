"""Looking a printed village name up in the gazetteer under the townships the page puts in context.

Kept apart from the village pass (`localities.villages`) because the lookup is its own problem: which townships
to search and in what order (the article's, then the page's, then every township of the counties they name),
OCR-folded names, and per-page indexes that keep a long page's cost from growing with the square of its length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from localities.gazetteer.loader import VillageRow
from localities.place_grammar import canonical

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver


def township_tiers(resolver: PageResolver, article: ArticleState, position: int) -> list[list[int]]:
    """Townships to search for a village at `position`: the article's (nearest first), the page's, then every
    township of the counties and zones the article, and then the page, names."""
    g = resolver.g

    def townships(mentions, level_filter) -> list[int]:
        # Only the mentions of the wanted levels are sorted (the same order: a stable sort of a filtered list).
        mentions = [m for m in mentions if m.gid is not None and g.levels[m.gid] in level_filter]
        ordered = sorted(mentions, key=lambda m: (m.start > position, abs(m.start - position)))
        found: dict[int, None] = {}  # ordered and unique: a list's `in` made this quadratic in the page's places
        for m in ordered:
            if m.gid is None or g.levels[m.gid] not in level_filter:
                continue
            ids = [m.gid] if g.levels[m.gid] == "township" else _townships_under(resolver, m.gid)
            found.update(dict.fromkeys(ids))
        return list(found)

    page_mentions = [m for a in resolver.articles for m in a.mentions]
    return [
        townships(article.mentions, ("township",)),
        townships(page_mentions, ("township",)),
        townships(article.mentions, ("county", "zone")),
        townships(page_mentions, ("county", "zone")),
    ]


def _townships_under(resolver: PageResolver, gid: int) -> list[int]:
    cache = resolver.memo.setdefault("townships", {})
    if gid not in cache:
        cache[gid] = resolver.g.descendants(gid, "township")
    return cache[gid]


def folded_villages(resolver: PageResolver, township: int) -> tuple[dict[str, VillageRow], dict[str, VillageRow]]:
    """A township's villages by OCR-folded full name and by OCR-folded name without suffix (memoised per page)."""
    cache = resolver.memo.setdefault("folded", {})
    if township not in cache:
        full: dict[str, VillageRow] = {}
        bare: dict[str, VillageRow] = {}
        for name, row in resolver.g.villages(township).items():
            full.setdefault(canonical(name), row)
            stem = name[: len(name) - len(_suffix(name))]
            if len(stem) >= 2:
                bare.setdefault(canonical(stem), row)
        cache[township] = (full, bare)
    return cache[township]


def find_village(resolver: PageResolver, townships: list[int], name: str, ocr: bool) -> VillageRow | None:
    """The village `name` in the first of `townships` that has it (exactly, or OCR-folded when `ocr`).

    Most names looked up are no village at all (every stem before a 村 is tried), and a long page puts thousands of
    townships in context: asking each township in turn made a page's cost grow with the square of its length. A
    per-page index from name to the townships holding it answers "nowhere" at once."""
    key = canonical(name)
    exact, folded = _village_index(resolver, townships, ocr)
    holders = set(exact.get(name, ()))
    if ocr:
        holders.update(folded.get(key, ()))
    if not holders:
        return None
    for township in townships:
        if township not in holders:
            continue
        row = resolver.g.villages(township).get(name)
        if row is None and ocr:
            row = folded_villages(resolver, township)[0].get(key)
        if row is not None:
            return row
    return None


def same_stem_village(resolver: PageResolver, townships: list[int], stem: str) -> VillageRow | None:
    """大湖村 printed where a township in context lists 大湖社区: a village renamed a community (or the other way)
    keeps its stem, and the page's own township is a better reading than a 大湖村 of another county."""
    if len(stem) < 2:
        return None
    key = canonical(stem)
    for township in townships:
        row = folded_villages(resolver, township)[1].get(key)
        if row is not None:
            return row
    return None


def _village_index(
    resolver: PageResolver, townships: list[int], ocr: bool
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Village name → townships, and OCR-folded name → townships, over every township looked in on this page."""
    memo = resolver.memo.setdefault("village index", ({}, {}, set(), set()))
    exact, folded, indexed, folded_indexed = memo
    for township in townships:
        if township not in indexed:
            indexed.add(township)
            for village in resolver.g.villages(township):
                exact.setdefault(village, []).append(township)
        if ocr and township not in folded_indexed:
            folded_indexed.add(township)
            for village in folded_villages(resolver, township)[0]:
                folded.setdefault(village, []).append(township)
    return exact, folded


def village_place(resolver: PageResolver, row: VillageRow, printed: str):
    """The place of a gazetteer village, with the form the page printed kept as an alias."""
    aliases = tuple(a for a in (*row.aliases, printed) if a != row.name)
    return resolver.place_type(row.name, row.level, row.code, resolver.place(row.township), True, aliases)


def village_missing_a_character(resolver: PageResolver, holder, printed: str) -> VillageRow | None:
    """棠棣村 under a township whose only near match is 棠棣峪村: OCR (or the writer) dropped one character."""
    gid = resolver.g.by_code.get(holder.code) if holder.code else None
    if gid is None or resolver.g.levels[gid] != "township":
        return None
    matches = [
        row
        for name, row in resolver.g.villages(gid).items()
        if len(name) == len(printed) + 1 and any(name[:i] + name[i + 1 :] == printed for i in range(len(name)))
    ]
    if len(matches) != 1:
        return None
    # Only when the page prints the full name somewhere (棠棣峪电商产业园): otherwise 东郭村 may well be a
    # village of its own that the gazetteer lacks, not a misprint of 东郭庄村.
    stem = matches[0].name[: -len(_suffix(matches[0].name)) or None]
    return matches[0] if any(stem in a.text for a in resolver.articles) else None


def official_forms(stem: str) -> list[str]:
    """Official names a village printed as `stem` + 村 may carry: without the 行政 of 行政村 (某庄行政村), and
    without the 庄 its villagers call it by (后某庄 for the 后某村 of the register)."""
    if stem.endswith("行政"):
        stem = stem[:-2]
    forms = [stem + "村"] if len(stem) >= 2 else []
    if stem.endswith("庄") and len(stem) >= 3:
        forms.append(stem[:-1] + "村")
    return forms


def _suffix(name: str) -> str:
    for suffix in ("社区", "嘎查", "村"):
        if name.endswith(suffix):
            return suffix
    return ""
