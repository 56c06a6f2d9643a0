"""The context scoring behind ``resolver.resolve_page``: choosing one gazetteer reading per candidate.

Why scores instead of rules: a bare 市中区 is right in 枣庄 and wrong in 济南 for the same grammatical reason —
only the rest of the page decides.  Each reading earns support from places the page and the article name
(weighted by how specific the shared ancestor is), from the dateline, and above all from an ancestor printed
right before it (滕州市|西岗镇).  Readings without support are not guessed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from localities.gazetteer.loader import LEVEL_RANK, Gazetteer
from localities.groups import resolve_groups
from localities.listed_places import accept_listed, county_printed_before, holds_the_next
from localities.place_grammar import (
    DATELINE,
    GENERIC_ZONES,
    KICKER,
    TOWNSHIP_ENDINGS,
    ZONE_MARKERS,
    given_name_of_person,
    inside_person_name,
    landscape_follows,
    level_from_suffix,
    names_a_village,
    organisation_follows,
    reads_countryside,
    word_frequency,
)
from localities.place_index import ZONE, Candidate, name_index
from localities.printed_chains import chained_parents
from localities.printed_names import apply_printed_names, renamed_counties
from localities.township_mentions import (
    resolve_unknown_townships,
    short_forms_of_village_townships,
    township_short_forms,
)
from localities.villages import resolve_villages
from localities.zone_attachment import attach_to_zones

LEVEL_WEIGHT = {"province": 0.05, "prefecture": 1.0, "county": 2.0, "zone": 2.0, "township": 3.0}
CHAIN_BONUS = 100.0
DATELINE_BONUS = 30.0
WORD_LIKE_SHORT_FORM = 100  # jieba frequency from which a short form (大关) is as much a word as a name
# 上山下乡 → 山下乡, 向城镇聚集 → 向城镇: a township of a province the page never names, with nothing of its county or
# city printed anywhere, is an ordinary word that happens to match a name.
FAR_TOWNSHIP_SUPPORT = 0.5


@dataclass
class Mention:
    """A resolved span; `gid` is the gazetteer id for places found there (None for zones/villages/unknowns)."""

    start: int
    end: int
    place: Any  # resolver.Place
    confidence: float
    gid: int | None = None
    kind: str = "name"


@dataclass
class ArticleState:
    index: int
    text: str
    candidates: list[Candidate]
    boundaries: set[int] = field(default_factory=set)  # jieba word boundaries
    dateline: int | None = None  # gazetteer id of the dateline place
    kickers: set[tuple[int, int]] = field(default_factory=set)  # spans of "招远：" line openers
    chosen: dict[int, int] = field(default_factory=dict)  # candidate position → gazetteer id
    confidence: dict[int, float] = field(default_factory=dict)
    zones: dict[int, Any] = field(default_factory=dict)  # candidate position → unverified zone Place
    mentions: list[Mention] = field(default_factory=list)


class PageResolver:
    def __init__(self, gazetteer: Gazetteer, articles: list[ArticleState], place_type: type) -> None:
        self.g = gazetteer
        self.articles = articles
        self.place_type = place_type
        self._places: dict[int, Any] = {}
        self.unverified: dict[tuple[str, str, str], Any] = {}  # grammar-only places, one per name on a page
        self.memo: dict[str, dict] = {}  # per-page caches of the village pass
        self.home: set[int] = set()  # provinces the page names unambiguously in full (see home_provinces)
        self.printed_names: dict[int, str] = {}  # gazetteer id → the page's own spelling (see printed_names)

    # -- places ------------------------------------------------------------------------------------------
    def place(self, gid: int, alias: str | None = None) -> Any:
        cached = self._places.get(gid)
        if cached is None:
            parent = self.g.parents[gid]
            aliases = tuple(dict.fromkeys(a for a in (*self.g.alias_list(gid), self.g.shorts[gid]) if a))
            cached = self.place_type(
                self.g.names[gid],
                self.g.levels[gid],
                self.g.codes[gid],
                self.place(parent) if parent >= 0 else None,
                True,
                tuple(a for a in aliases if a != self.g.names[gid]),
            )
            self._places[gid] = cached
        if alias and alias != cached.name and alias not in cached.aliases:
            return self.place_type(
                cached.name, cached.level, cached.code, cached.parent, True, (*cached.aliases, alias)
            )
        return cached

    def lineage(self, gid: int) -> list[int]:
        return [gid, *self.g.ancestors(gid)]

    def prefecture_of(self, gid: int) -> int | None:
        return next((a for a in self.lineage(gid) if self.g.levels[a] == "prefecture"), None)

    # -- weights -----------------------------------------------------------------------------------------
    def contribution(self, cand: Candidate, article: ArticleState, pos: int, resolved: bool) -> Counter:
        weights: Counter = Counter()
        if resolved:
            gid = article.chosen.get(pos)
            options: tuple[int, ...] = (gid,) if gid is not None else ()
            base = 2.0
        else:
            options = tuple(o for o in cand.options if o != ZONE)
            base = 0.3 if (cand.generic or not cand.exact) else (1.0 if cand.short else 2.0)
        for gid in options:
            for a in self.lineage(gid):
                if self.g.levels[a] in LEVEL_WEIGHT:
                    weights[a] += base / len(options)
        return weights

    def support(self, weights: Counter, same_surface: Counter, gid: int, specific: bool) -> float:
        """How much the rest of the text talks about `gid`'s region; a name never supports itself (three 西岗
        in one article are no evidence for 大连市西岗区), and `specific` ignores the shared province."""
        total = 0.0
        for a in self.lineage(gid):
            level = self.g.levels[a]
            if weights[a] and not (specific and level == "province"):
                total += (weights[a] - same_surface[a]) * LEVEL_WEIGHT.get(level, 0.0)
        return total

    # -- main --------------------------------------------------------------------------------------------
    def run(self) -> None:
        for article in self.articles:
            self.drop_organisations(article)
            self.find_dateline(article)
        self.home = self.home_provinces()
        for resolved in (False, True, True):
            page: Counter = Counter()
            page_surface: dict[str, Counter] = {}
            locals_: list[tuple[Counter, dict[str, Counter]]] = []
            for article in self.articles:
                local: Counter = Counter()
                local_surface: dict[str, Counter] = {}
                for pos, cand in enumerate(article.candidates):
                    weights = self.contribution(cand, article, pos, resolved)
                    local.update(weights)
                    local_surface.setdefault(cand.surface, Counter()).update(weights)
                    page_surface.setdefault(cand.surface, Counter()).update(weights)
                page.update(local)
                locals_.append((local, local_surface))
            for article, (local, local_surface) in zip(self.articles, locals_, strict=True):
                self.resolve_article(article, (page, page_surface), (local, local_surface))
            self.resolve_zones()
        for article in self.articles:
            self.emit(article)
        township_short_forms(self)
        for article in self.articles:
            resolve_unknown_townships(self, article)
            renamed_counties(self, article)
            resolve_villages(self, article)
            chained_parents(self, article)
        short_forms_of_village_townships(self)
        resolve_groups(self)
        attach_to_zones(self)
        apply_printed_names(self)

    def drop_organisations(self, article: ArticleState) -> None:
        """济宁|医学院, 邹城|农商银行: a short form opening an institution name is not a mention of the place; nor
        is one opening a landscape's name (科尔沁|草原 is grassland, not 科尔沁区)."""
        article.candidates = [
            c
            for c in article.candidates
            if not (c.short and (organisation_follows(article.text, c.end) or landscape_follows(article.text, c.end)))
        ]

    def find_dateline(self, article: ArticleState) -> None:
        index = name_index()
        for pattern in (DATELINE, KICKER):
            for match in pattern.finditer(article.text):
                word = match.group(1)
                ids = index.short.get(word) or index.full.get(word) or ()
                if pattern is KICKER:
                    article.kickers.add(match.span(1))
                elif len(ids) == 1 and article.dateline is None:
                    article.dateline = ids[0]

    def resolve_article(self, article: ArticleState, page: tuple, local: tuple) -> None:
        zones = {pos: gid for pos, gid in article.chosen.items() if article.candidates[pos].options == (ZONE,)}
        article.chosen = dict(zones)
        article.confidence = {pos: 0.8 for pos in zones}
        previous: tuple[int, int] | None = None  # (end, gid) of the last resolved candidate
        for pos, cand in enumerate(article.candidates):
            if cand.options == (ZONE,):
                previous = (cand.end, zones[pos]) if pos in zones else None
                continue
            page_same = page[1].get(cand.surface, Counter())
            local_same = local[1].get(cand.surface, Counter())
            scored = []
            for gid in cand.options:
                bonus = DATELINE_BONUS if article.dateline is not None and self.is_within(gid, article.dateline) else 0
                if previous is not None and previous[0] == cand.start and self.g.is_ancestor(previous[1], gid):
                    bonus += CHAIN_BONUS
                elif holds_the_next(self.g, article.candidates, pos, gid):
                    bonus += CHAIN_BONUS  # 紫金|临江镇: a short form printed right before one of its townships
                elif county_printed_before(self, article.text, cand.start, gid):
                    bonus += CHAIN_BONUS  # 峨眉|高桥镇: the county's leading characters, not a name of the index
                context = bonus + 5 * self.support(local[0], local_same, gid, False)
                context += 2 * self.support(page[0], page_same, gid, False)
                own = bonus + 5 * self.support(local[0], local_same, gid, True)
                specific = own + 2 * self.support(page[0], page_same, gid, True)
                prior = (10 - LEVEL_RANK[self.g.levels[gid]]) * 0.01
                prior += 0.005 if self.g.sources[gid].startswith("nbs") else 0.0  # the code villages hang on
                scored.append((context + prior, context, specific, own, gid))
            scored.sort(reverse=True)
            _total, context, specific, own, gid = scored[0]
            runner_up = scored[1][1] if len(scored) > 1 else 0.0
            if self.accept(article, cand, gid, (context, specific, own), runner_up, len(scored)):
                article.chosen[pos] = gid
                article.confidence[pos] = self.confidence(cand, context, runner_up, len(scored))
                previous = (cand.end, gid)
            else:
                previous = None
        accept_listed(self, article)

    def home_provinces(self) -> set[int]:
        """The provinces of places the page prints in full with their administrative suffix (五大连池市, 错高乡)
        and that name one place only: what the page is about, whatever its weaker readings suggest.  A township
        counts only when another name of the page lies in its province: 向城镇 (in 向城镇聚集) alone does not make
        山东 a home of a page about 西藏."""
        home: set[int] = set()
        townships: dict[int, set[str]] = {}
        surfaces: dict[int, set[str]] = {}
        for article in self.articles:
            for cand in article.candidates:
                if len(cand.options) == 1 and cand.options[0] != ZONE and cand.exact:
                    surfaces.setdefault(self.lineage(cand.options[0])[-1], set()).add(cand.surface)
                if cand.short or cand.generic or not cand.exact or len(cand.options) != 1 or ZONE in cand.options:
                    continue
                if level_from_suffix(cand.surface) is not None or cand.surface.endswith(
                    ("市", "省", "自治区", "州", "盟")
                ):
                    province = self.lineage(cand.options[0])[-1]
                    if self.g.levels[cand.options[0]] == "township":
                        townships.setdefault(province, set()).add(cand.surface)
                    else:
                        home.add(province)
        for province, names in townships.items():
            if surfaces.get(province, set()) - names:
                home.add(province)
        return home

    def far_from_home(self, cand: Candidate, gid: int, specific: float) -> bool:
        """和康 in 经济和康养, 现代农业产业园 read as a township of another province: a suffix-less short form of a
        county or township, or a township without a township ending, lying outside every province the page names in
        full, is a word — two such readings must not vouch for each other.  A printed parent still decides."""
        if not self.home or specific >= CHAIN_BONUS or self.lineage(gid)[-1] in self.home:
            return False
        level = self.g.levels[gid]
        if level not in ("county", "township", "zone"):
            return False
        if level == "township" and specific < FAR_TOWNSHIP_SUPPORT:
            return True
        if cand.generic:
            return True  # 其中东区…、西区…: parts of a village far from home, whatever city bears those names
        return cand.short or (level == "township" and not self.g.names[gid].endswith(TOWNSHIP_ENDINGS))

    def is_within(self, gid: int, ancestor: int) -> bool:
        return gid == ancestor or self.g.is_ancestor(ancestor, gid)

    def accept(self, article: ArticleState, cand: Candidate, gid: int, scores: tuple, runner_up: float, n: int) -> bool:
        context, specific, own = scores
        level = self.g.levels[gid]
        kicker = (cand.start, cand.end) in article.kickers
        if not cand.exact:  # an OCR reading: only when context leaves one plausible entry
            return not cand.generic and specific >= 1.0 and runner_up < 0.5
        if n > 1 and (context <= runner_up + 0.2 or context <= 0.5):
            return False  # a bare name shared by several places, with nothing on the page to choose by
        if self.far_from_home(cand, gid, specific):
            return False
        if level == "township" and not self.g.names[gid].endswith(TOWNSHIP_ENDINGS) and specific < 1.0:
            return False  # 现代农业产业园 is a township somewhere, but on a page about elsewhere it is a word
        if level == "township" and specific < CHAIN_BONUS and reads_countryside(article.text, cand.end):
            return False  # 美丽宜居乡村: the 乡 opens 乡村, the name ends before it
        if cand.short and given_name_of_person(article.text, cand.start, cand.end):
            return False
        if cand.short and names_a_village(article.text, cand.end):
            return False  # 喀喇沁旗马鞍山村: a village named like a city (after the same hill) is the village
        if cand.generic:
            return specific >= CHAIN_BONUS or (specific >= 3.0 and not cand.short) or kicker
        if cand.short:
            if specific < CHAIN_BONUS and inside_person_name(article.text, cand.start, cand.end):
                return False
            if level in ("province", "prefecture") or kicker:
                return True
            # 突破百万吨大关 on a page whose other reports are about 昭通: a bare short form that is also an everyday
            # word needs its own article to speak of its region, not only the page's other articles
            if word_frequency(cand.surface) >= WORD_LIKE_SHORT_FORM and self.dominant_prefecture(article) is not None:
                return specific >= 0.5 and own >= 0.5
            return specific >= 0.5
        return True

    @staticmethod
    def confidence(cand: Candidate, context: float, runner_up: float, n: int) -> float:
        base = 0.95 if n == 1 else min(0.95, 0.6 + 0.1 * (context - runner_up))
        if not cand.exact:
            base -= 0.2
        if cand.short:
            base -= 0.05
        return max(0.3, base)

    def dominant_prefecture(self, article: ArticleState | None) -> int | None:
        """The city a page (or one article) keeps returning to: the prefecture with most resolved mentions."""
        counts: Counter = Counter()
        for a in self.articles if article is None else [article]:
            for gid in a.chosen.values():
                for anc in self.lineage(gid):
                    if self.g.levels[anc] == "prefecture":
                        counts[anc] += 1
        if article is not None and article.dateline is not None:
            for anc in self.lineage(article.dateline):
                if self.g.levels[anc] == "prefecture":
                    counts[anc] += 3
        return counts.most_common(1)[0][0] if counts else None

    # -- zones and output --------------------------------------------------------------------------------
    def resolve_zones(self) -> None:
        """高新区 / 经开区 → the zone of that type in the city printed right before it, else in the article's city,
        else the one this page already meant by the same words, else in the page's city."""
        remembered: dict[str, tuple[int, Any]] = {}
        page_city = self.dominant_prefecture(None)
        for article in self.articles:
            article.zones = {}
            for pos, cand in enumerate(article.candidates):
                if cand.options != (ZONE,):
                    continue
                article.chosen.pop(pos, None)
                city = None
                before = article.chosen.get(pos - 1)
                if before is not None and article.candidates[pos - 1].end == cand.start:
                    city = self.prefecture_of(before)
                if city is None:
                    city = self.dominant_prefecture(article)
                if city is None and cand.surface in remembered:
                    zone = remembered[cand.surface][1]
                else:
                    city = city if city is not None else page_city
                    if city is None:
                        continue
                    zone = self.zone_in(city, cand)
                    remembered[cand.surface] = (article.index, zone)
                if zone is None:
                    continue
                if isinstance(zone, int):
                    article.chosen[pos] = zone
                    article.confidence[pos] = 0.8
                else:
                    article.zones[pos] = zone

    def zone_in(self, city: int, cand: Candidate) -> Any:
        """The gazetteer id of the city's zone of this type, or an unverified zone Place when it has none."""
        kind = GENERIC_ZONES[cand.surface]
        markers = ZONE_MARKERS.get(kind, (kind,))
        zones = [
            z
            for z in self.g.children.get(city, ())
            if self.g.levels[z] == "zone" and any(m in self.g.names[z] for m in markers)
        ]
        preferred = [z for z in zones if self.g.names[z] == self.g.shorts[city] + kind]
        if len(preferred) == 1 or len(zones) == 1:
            return (preferred or zones)[0]
        if kind == "开发区":
            return None  # a bare 开发区 in a city with several zones (or none) names none of them
        return self.place_type(self.g.shorts[city] + kind, "zone", None, self.place(city), False, (cand.surface,))

    def emit(self, article: ArticleState) -> None:
        for pos, cand in enumerate(article.candidates):
            if pos in article.zones:
                article.mentions.append(Mention(cand.start, cand.end, article.zones[pos], 0.6, None, "zone"))
                continue
            gid = article.chosen.get(pos)
            if gid is None:
                continue
            alias = cand.surface if not cand.exact or cand.options == (ZONE,) else None
            place = self.place(gid, alias)
            article.mentions.append(Mention(cand.start, cand.end, place, article.confidence[pos], gid, "name"))
