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
        mentions = [
            m
            for m in mentions
            if m.gid is not None
            and (g.levels[m.gid] in level_filter or ("county" in level_filter and holds_townships(resolver, m.gid)))
        ]
        ordered = sorted(mentions, key=lambda m: (m.start > position, abs(m.start - position)))
        # A place named again adds nothing its first mention did not: its townships are already in, in order.
        return list(_expanded(resolver, tuple(dict.fromkeys(m.gid for m in ordered))))

    page_mentions = [m for a in resolver.articles for m in a.mentions]
    return [
        townships(article.mentions, ("township",)),
        townships(page_mentions, ("township",)),
        townships(article.mentions, ("county", "zone")),
        townships(page_mentions, ("county", "zone")),
    ]


def holds_townships(resolver: PageResolver, gid: int) -> bool:
    """A city without counties (儋州市, 东莞市, 嘉峪关市): its towns hang on it directly, so for the villages of a
    page it stands where a county stands."""
    g = resolver.g
    if g.levels[gid] != "prefecture":
        return False
    cache = resolver.memo.setdefault("holds townships", {})
    if gid not in cache:
        cache[gid] = any(g.levels[child] == "township" for child in g.children.get(gid, ()))
    return cache[gid]


def _expanded(resolver: PageResolver, places: tuple[int, ...]) -> list[int]:
    """The townships of `places` in their order (a township itself, a county's or zone's townships), each once.

    Remembered per page by the places' order: every village candidate of a page asks for its tiers, and the
    nearest-first order changes far less often than the candidates do. The callers get a copy (`_resolve_one`
    tells tiers apart by identity)."""
    cache = resolver.memo.setdefault("expanded tiers", {})
    found = cache.get(places)
    if found is None:
        ordered: dict[int, None] = {}  # ordered and unique: a list's `in` made this quadratic in the page's places
        for gid in places:
            ids = [gid] if resolver.g.levels[gid] == "township" else _townships_under(resolver, gid)
            ordered.update(dict.fromkeys(ids))
        found = cache[places] = list(ordered)
    return found


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
    townships in context: asking each township in turn made a page's cost grow with the square of its length. An
    index from name to the townships holding it answers "nowhere" at once."""
    key = canonical(name)
    index = _village_index(resolver, townships, ocr)
    holders = index.exact.get(name, _NONE)
    if ocr:
        holders = holders | index.folded.get(key, _NONE)
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


_NONE: frozenset[int] = frozenset()
# Townships whose villages stay indexed across pages (an index of every village would be 620k names): the same
# counties come back page after page, and re-indexing their townships was most of the village pass.
INDEXED_TOWNSHIPS_LIMIT = 4096


class VillageIndex:
    """Village name → townships holding it, and OCR-folded name → townships, over the townships indexed so far.

    A pure function of the gazetteer, so it is shared by every page of the process; `find_village` only reads the
    holders among the townships it is given, so townships indexed for another page change no answer."""

    def __init__(self, gazetteer: object) -> None:
        self.gazetteer = gazetteer
        self.exact: dict[str, set[int]] = {}
        self.folded: dict[str, set[int]] = {}
        self.indexed: set[int] = set()
        self.folded_indexed: set[int] = set()

    def covers(self, townships: list[int], ocr: bool) -> bool:
        # A set's C-level check: every stem of every candidate asks again with the same thousands of townships.
        return self.indexed.issuperset(townships) and (not ocr or self.folded_indexed.issuperset(townships))


_INDEXES: dict[int, VillageIndex] = {}


def _village_index(resolver: PageResolver, townships: list[int], ocr: bool) -> VillageIndex:
    """The index of the resolver's gazetteer, with every township of `townships` in it (and folded when `ocr`)."""
    g = resolver.g
    index = _INDEXES.get(id(g))
    if index is None or index.gazetteer is not g:
        index = _INDEXES[id(g)] = VillageIndex(g)
    if index.covers(townships, ocr):
        return index
    if len(index.indexed) > INDEXED_TOWNSHIPS_LIMIT:  # a long import run must not index the whole country
        index = _INDEXES[id(g)] = VillageIndex(g)
    exact, folded = index.exact, index.folded
    for township in townships:
        if township not in index.indexed:
            index.indexed.add(township)
            for village in g.villages(township):
                exact.setdefault(village, set()).add(township)
        if ocr and township not in index.folded_indexed:
            index.folded_indexed.add(township)
            for village in folded_villages(resolver, township)[0]:
                folded.setdefault(village, set()).add(township)
    return index


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
