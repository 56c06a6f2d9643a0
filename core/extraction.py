"""Everything the pipeline learns from one page, computed without touching the database.

`extract_page` is a pure function of the page text (so it runs in worker processes and is tested on strings). It
calls each app's extractor in order — segmentation, places, programs, indicators — and maps every offset back into
the page text the database stores, so evidence can always be shown in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from articles.keywords import article_keywords
from articles.metadata import PageMetadata, infer_page_metadata
from articles.segmentation import ArticleSegment, segment_page
from core.text.search import article_search_text
from indicators.extraction import IndicatorCandidate, extract_indicators
from localities.resolver import LocalityMention, Place, governing_place, main_place, page_place, resolve_page_with_homes
from programs.extraction import ProgramMention, find_programs

# Bump when extraction changes: an unchanged file is re-extracted only when this differs from what stored it.
EXTRACTOR_VERSION = "1.10.0"


@dataclass(frozen=True)
class Span:
    """Offsets into the page text as stored in `Source.text`."""

    start: int
    end: int


@dataclass(frozen=True)
class PlaceFact:
    mention: LocalityMention
    span: Span


@dataclass(frozen=True)
class ProgramFact:
    mention: ProgramMention
    span: Span
    place: Place | None  # who runs it: None for national programs


@dataclass(frozen=True)
class IndicatorFact:
    candidate: IndicatorCandidate
    figure: Span
    evidence: Span
    place: Place | None
    program: str | None  # canonical name of a program named in the same clause


@dataclass
class ArticleFacts:
    segment: ArticleSegment
    keywords: list[str]
    search_text: str
    main_place: Place | None
    places: list[PlaceFact] = field(default_factory=list)
    programs: list[ProgramFact] = field(default_factory=list)
    indicators: list[IndicatorFact] = field(default_factory=list)


@dataclass
class PageExtraction:
    """The facts of one page, in page order."""

    metadata: PageMetadata | None = None
    articles: list[ArticleFacts] = field(default_factory=list)


class ArticleText:
    """An article as the extractors read it — title, subtitle, each on its own line, then the body — with a map
    back to page offsets.  The subtitle is read too: a kicker (——昭觉县古里镇巩固拓展脱贫攻坚成果见闻) names places
    and programs the body may not repeat."""

    def __init__(self, page: str, segment: ArticleSegment) -> None:
        self.segment = segment
        self.title = segment.title or ""
        # (offset in self.text, length, page offset of each heading character or None) of each heading line
        self.headings: list[tuple[int, int, list[int] | None]] = []
        parts: list[str] = []
        offset = 0
        for heading in (segment.title, segment.subtitle):
            if not heading:
                continue
            self.headings.append((offset, len(heading), _heading_offsets(page, heading, segment.start, segment.end)))
            parts.append(heading)
            offset += len(heading) + 1
        self.prefix = offset
        self.text = "".join(f"{part}\n" for part in parts) + segment.body

    def in_title(self, offset: int) -> bool:
        """In the headline block (title or subtitle), whose figures the body usually repeats."""
        return offset < self.prefix

    def to_page(self, start: int, end: int) -> Span:
        if self.in_title(start):
            for begin, length, found in self.headings:
                if begin <= start <= begin + length:
                    if found is None or start - begin >= length:
                        return Span(self.segment.start, self.segment.start)
                    last = min(end, begin + length) - begin - 1
                    return Span(found[start - begin], found[max(last, start - begin)] + 1)
            return Span(self.segment.start, self.segment.start)
        return Span(*self.segment.source_span(start - self.prefix, end - self.prefix))


def _heading_offsets(page: str, heading: str, start: int, end: int) -> list[int] | None:
    """The page offset of each character of `heading` printed in page[start:end], or None when it is not
    there. A headline the layout broke over two lines (`……名单公` / `布 福州……`) is found with its line
    break; a space of the heading maps to the character after it."""
    found = page.find(heading, start, end)
    if found >= 0:
        return list(range(found, found + len(heading)))
    visible = [c for c in heading if not c.isspace()]
    if not visible:
        return None
    match = re.compile(r"\s*".join(re.escape(c) for c in visible)).search(page, start, end)
    if match is None:
        return None
    printed = [match.start() + i for i, c in enumerate(match.group()) if not c.isspace()]
    offsets: list[int] = []
    k = 0
    for char in heading:
        offsets.append(printed[min(k, len(printed) - 1)])
        if not char.isspace():
            k += 1
    return offsets


def _programs_in(
    text: ArticleText, places: list[LocalityMention], main: Place | None, homes: list[Place]
) -> list[ProgramFact]:
    facts = []
    for mention in find_programs(text.text):
        place = _program_scope(
            mention, main, lambda m=mention: governing_place(text.text, places, m.start, main, homes)
        )
        facts.append(ProgramFact(mention, text.to_page(mention.start, mention.end), place))
    return facts


def _program_scope(
    mention: ProgramMention, main: Place | None, local_place: Callable[[], Place | None]
) -> Place | None:
    """Who runs the program: nobody in particular for a national one; the province for a provincial one (千万工程 on a
    浙江 page; a bare 省级 title takes the page's province); otherwise `local_place()`, the place running it here."""
    if mention.province is not None:
        province = main.chain[0] if main is not None else None
        if province is not None and province.level == "province" and province.name.startswith(mention.province):
            return province
        return None  # a province's program reported elsewhere: not this page's province to claim
    if mention.national:
        return None
    return local_place()


def _indicators_in(
    text: ArticleText,
    places: list[LocalityMention],
    main: Place | None,
    programs: list[ProgramFact],
    year: int | None,
    homes: list[Place],
) -> list[IndicatorFact]:
    candidates = extract_indicators(text.text, page_year=year)
    # A figure printed in the headline and again in the body is one indicator: keep the body's, it has the context.
    in_body = {(c.quantity.value, c.quantity.unit) for c in candidates if not text.in_title(c.quantity.start)}
    facts = []
    for candidate in candidates:
        q = candidate.quantity
        if text.in_title(q.start) and (q.value, q.unit) in in_body:
            continue
        if any(place.start < q.end and q.start < place.end for place in places):
            continue  # 七个星镇, 大四家子镇: a numeral inside a place's name counts nothing
        program = next(
            (
                p.mention.name
                for p in programs
                if candidate.clause_start <= p.mention.start and p.mention.end <= candidate.clause_end
            ),
            None,
        )
        facts.append(
            IndicatorFact(
                candidate=candidate,
                figure=text.to_page(q.start, q.end),
                evidence=text.to_page(candidate.clause_start, candidate.clause_end),
                place=governing_place(text.text, places, q.start, main, homes),
                program=program,
            )
        )
    return facts


# A section label (脱贫攻坚·乡村振兴, 要闻) is one short line between articles with no sentence punctuation.
_LABEL_MAX = 20
_SENTENCE_MARKS = frozenset(",，。;；:：!！?？")


def _label_programs(page: str, segments: list[ArticleSegment], mains: list[Place | None]) -> list[list[ProgramFact]]:
    """Programs named by the section labels printed above each article (脱贫攻坚·乡村振兴 heads the feature that
    follows it): the page names them even when no article repeats them.  Offsets are page offsets."""
    found: list[list[ProgramFact]] = [[] for _ in segments]
    previous_end = 0
    for index, segment in enumerate(segments):
        gap_start = previous_end
        for line in page[previous_end : segment.start].split("\n"):
            label = line.strip()
            if label and len(label) <= _LABEL_MAX and not _SENTENCE_MARKS.intersection(label):
                for mention in find_programs(line):
                    place = _program_scope(mention, mains[index], lambda main=mains[index]: main)
                    span = Span(gap_start + mention.start, gap_start + mention.end)
                    found[index].append(ProgramFact(mention, span, place))
            gap_start += len(line) + 1
        previous_end = max(previous_end, segment.end)
    return found


def _common_place(places: list[Place]) -> Place | None:
    """The most specific place holding all of `places` (None when they share no province)."""
    chains = [place.chain for place in places]
    common = None
    for level in zip(*chains, strict=False):
        if any(place != level[0] for place in level):
            break
        common = level[0]
    return common


def _one_place_per_program(articles: list[ArticleFacts]) -> None:
    """A local program named in several articles of one page is one program: 新基村以“百千万工程”为抓手 and a
    commentary on the city's “百千万工程” share it.  Its place becomes the most specific place holding every
    place it was run from, so the page does not split it into one program per village."""
    places: dict[str, set[Place]] = {}
    for article in articles:
        for fact in article.programs:
            if fact.place is not None:
                places.setdefault(fact.mention.name, set()).add(fact.place)
    shared = {name: _common_place(list(found)) for name, found in places.items() if len(found) > 1}
    for article in articles:
        article.programs = [
            replace(fact, place=shared[fact.mention.name]) if shared.get(fact.mention.name) is not None else fact
            for fact in article.programs
        ]


def extract_page(page: str) -> PageExtraction:
    """Extract the articles of a decoded page and every fact in them."""
    segments = segment_page(page)
    metadata = infer_page_metadata(page, segments)
    texts = [ArticleText(page, segment) for segment in segments]
    # The masthead (枣庄日报) names the paper's home: read with the page, it is where 我市/全市 point when an
    # article names no place of that level; it is no article's mention.
    masthead = [metadata.publication] if metadata.publication else []
    mentions_per_article, homes = resolve_page_with_homes([t.text for t in texts] + masthead)
    mentions_per_article = mentions_per_article[: len(texts)]
    page_main = page_place(mentions_per_article)
    articles = []
    for text, mentions in zip(texts, mentions_per_article, strict=True):
        main = main_place(mentions) or page_main
        programs = _programs_in(text, mentions, main, homes)
        articles.append(
            ArticleFacts(
                segment=text.segment,
                keywords=article_keywords(text.text),
                search_text=article_search_text(
                    text.segment.title or "", text.segment.subtitle or "", text.segment.body
                ),
                main_place=main,
                places=[PlaceFact(m, text.to_page(m.start, m.end)) for m in mentions],
                programs=programs,
                indicators=_indicators_in(text, mentions, main, programs, metadata.year, homes),
            )
        )
    # Added after the indicators: their offsets are page offsets, not offsets into the article text.
    for article, labelled in zip(
        articles, _label_programs(page, segments, [a.main_place for a in articles]), strict=True
    ):
        article.programs = labelled + article.programs
    _one_place_per_program(articles)
    return PageExtraction(metadata=metadata, articles=articles)
