"""Text + page context → the places a Chinese reader sees (pure functions, no database).

A reader resolves 水泉镇 — a name six counties share — by what else the page says: the dateline (本报邹城讯), the
city the page keeps returning to, the county printed just before it.  The resolver does the same in stages:

1. ``place_index.scan``/``select`` find gazetteer names, short forms and generic zone names in each article;
2. every candidate's readings are scored against the page (all articles) and the article (mentions of an
   ancestor, the dateline, an ancestor printed immediately before it); ambiguous names with no supporting
   context are dropped rather than guessed;
3. generic zones (高新区) become the zone of the article's city; villages are looked up under the townships and
   counties already resolved; names absent from the gazetteer are accepted from grammar when a parent is printed
   next to them, unverified and without a code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localities.clause_cues import described_topic_of_figure, listed_total
from localities.clause_scope import clause_scope, earlier_scope, scoped_place
from localities.clause_subject import (
    CLAUSE_BREAKS,
    DEIXIS,
    PARAGRAPH_BREAKS,
    SENTENCE_BREAKS,
    bounds,
    clause_subject,
    quotation_opening,
)
from localities.figure_cues import (
    built_facility,
    counts_a_national_set,
    facility_named_again,
    facility_referent,
    place_of_counted,
)
from localities.framed_figures import actor_after_frame
from localities.gazetteer.loader import get_gazetteer
from localities.paragraph_focus import (
    focus_of_earlier_paragraphs,
    paragraph_anaphor_before,
    quoted_speaker,
    resident_later_in_sentence,
)
from localities.place_grammar import in_dateline, inside_a_title
from localities.place_index import scan, select, word_boundaries
from localities.places import LocalityMention, Place
from localities.resolution import ArticleState, PageResolver

# Place and LocalityMention live in localities.places; callers keep importing them from here.
__all__ = [
    "LocalityMention",
    "Place",
    "governing_place",
    "main_place",
    "page_place",
    "resolve_page",
    "resolve_page_with_homes",
]


# 新疆日报讯, 湖北日报全媒记者, 广西新闻网: a place that names a newspaper or a station is where the outlet is,
# not what the text is about. It still helps read the page's other names, but is not a mention of its own.
# 中国某某网消息, 某某网记者: a news site named after its city, reporting.
OUTLET_AFTER = re.compile(r"(?:日报|晚报|新闻网|电视台|广播电视台|卫视|客户端|融媒体中心|网讯|网(?:消息|记者|报道))")
# 由原甲村和乙村合并而来, 原甲乡、乙乡撤并后: the former places a merged one was made of are history, not mentions.
FORMER_NAMES = re.compile(r"原([^，,。；;：:\n]{2,30}?)(?:合并|撤并|并入)")
MERGED_LEVELS = ("township", "village", "community")
LOCAL_EDITION = re.compile(r"(?:记者|讯|消息|报道|频道)")
# 云上黄冈, 掌上东营: a media platform named with the place it serves is an outlet too.
PLATFORM_BEFORE = re.compile(r"(?:云上|掌上|指尖)$")
# 广东省旅游控股集团, 安徽省白洋码头农旅发展有限公司: a company named after a province or city is not a mention of it
# (a 深圳市分公司 is a branch in that city, and stays one).
COMPANY_AFTER = re.compile(r"(?![分支])[\u4e00-\u9fff]{0,12}?(?:集团|公司)")
COMPANY_LEVELS = ("province", "prefecture")


# A paragraph whose first clause opens (after a date or a linking word) on 该县/本镇 is about the place that points to.
PARAGRAPH_ANAPHOR = re.compile(
    r"[ \u3000]*(?:(?:同时|此外|另外|目前|近年来|今年|去年|\d{4}年(?:以来)?)[，,]?)?"
    r"(?:该|本)(?:县|区|市|镇|乡|村|街道|社区|旗)"
)


# 修水讯(胡余定 余星)“…: a county paper's dateline is the bare place and 讯 opening a paragraph.
LOCAL_DATELINE_AFTER = re.compile(r"讯[(（ \u3000]")


def local_dateline(text: str, start: int, end: int) -> bool:
    """Is the place printed at text[start:end] a paragraph-opening dateline without an outlet (修水讯(记者…)…)?"""
    opens = start == 0 or text[start - 1] == "\n" or not text[:start].strip(" \u3000□■")
    return opens and LOCAL_DATELINE_AFTER.match(text, end) is not None


def names_an_outlet(text: str, start: int, end: int) -> bool:
    """Is the place printed at text[start:end] the home of a paper, station, site or platform (新疆日报讯, 云上黄冈,
    中国某某网)?"""
    if OUTLET_AFTER.match(text, end) or PLATFORM_BEFORE.search(text, 0, start):
        return True
    if start > 0 and text[start - 1].isascii() and text[start - 1].isalpha() and LOCAL_EDITION.match(text, end):
        return True  # ZAKER南京记者: a media brand's local edition
    return text.endswith("中国", 0, start) and text.startswith("网", end)


def resolve_page(texts: Sequence[str]) -> list[list[LocalityMention]]:
    """The mentions found in each of a page's articles (each text: title + newline + body, in page order)."""
    return resolve_page_with_homes(texts)[0]


def resolve_page_with_homes(texts: Sequence[str]) -> tuple[list[list[LocalityMention]], list[Place]]:
    """`resolve_page`, and the page's homes: the places its outlets are named after (新疆日报讯, 湖南日报3月16日讯,
    a 某某日报 masthead) — the place a 我省/全市 means when the article names none of that level."""
    gazetteer = get_gazetteer()
    articles = []
    for i, text in enumerate(texts):
        boundaries = word_boundaries(text)
        articles.append(ArticleState(i, text, select(scan(text, boundaries)), boundaries))
    resolver = PageResolver(gazetteer, articles, Place)
    resolver.run()
    result = []
    homes: dict[Place, None] = {}
    for article in articles:
        mentions = []
        former = [match.span(1) for match in FORMER_NAMES.finditer(article.text)]
        for m in sorted(article.mentions, key=lambda m: (m.start, m.end)):
            if m.place is None:
                continue
            if m.place.level in MERGED_LEVELS and any(s <= m.start and m.end <= e for s, e in former):
                continue  # 由原甲村和乙村合并而来: names of villages that no longer exist
            if names_an_outlet(article.text, m.start, m.end):
                homes[m.place] = None
                continue
            if m.place.level in COMPANY_LEVELS and COMPANY_AFTER.match(article.text, m.end, m.end + 14):
                continue
            if m.place.level == "province" and inside_a_title(article.text, m.start, m.end):
                continue  # “湖南省美丽乡村示范镇”: who confers the title, not a place reported on
            dateline = in_dateline(article.text, m.start, m.end)
            text = article.text[m.start : m.end]
            dateline = dateline or local_dateline(article.text, m.start, m.end)
            mentions.append(LocalityMention(m.start, m.end, text, m.place, round(m.confidence, 2), dateline))
        result.append(mentions)
    return result, list(homes)


def main_place(mentions: Sequence[LocalityMention]) -> Place | None:
    """An article's main locality: among the places of its opening (the first place named, the chain printed
    with it such as 邹城市|田黄镇, and their ancestors), the one the article names most often; ties go to the most
    specific.  A report opening on 庙岭村 inside a feature about its zone is about the zone; a feature that
    names 山亭区 throughout is about 山亭区 even if it opens in one of its subdistricts."""
    # 新华社哈尔滨电 names where the reporter filed from: the report is about the places after it
    about = [m for m in mentions if not m.dateline] or list(mentions)
    if not about:
        return None
    ordered = sorted(about, key=lambda m: m.start)
    current = ordered[0]
    for m in ordered[1:]:
        if m.start - current.end <= 1 and m.place.is_within(current.place):
            current = m  # a chain printed together: 邹城市|田黄镇
        elif m.start > current.end + 1:
            break
    counts: dict[Place, int] = {}
    for m, after in zip(ordered, [*ordered[1:], None], strict=True):
        if after is not None and after.start == m.end and after.place.is_within(m.place):
            continue  # 德庆县|新圩镇: a county printed as the lead of a chain only says where the township lies
        counts[m.place] = counts.get(m.place, 0) + 1
    opening = current.place.chain
    if current.place.level in ("township", "village", "community") and opening[0].level == "province":
        # 四会市罗源镇… opens on a township: the province it lies in is a frame (广东十大美丽乡村), not the topic
        opening = opening[1:]
    best = max(range(len(opening)), key=lambda i: (counts.get(opening[i], 0), i))
    return opening[best]


PAGE_LEVELS = ("prefecture", "county", "zone")


def page_place(mentions_per_article: Sequence[Sequence[LocalityMention]]) -> Place | None:
    """The city or county a page is about: the most specific prefecture- or county-level place holding at least
    half of the page's mentions.  An article that names no place at all — a commentary on 全市28个镇 — is about
    that place, as a reader of the page assumes; a scope word (全市) then climbs from it to the right level."""
    counts: dict[Place, int] = {}
    total = 0
    for mentions in mentions_per_article:
        for m in mentions:
            total += 1
            for place in m.place.chain:
                if place.level in PAGE_LEVELS:
                    counts[place] = counts.get(place, 0) + 1
    held = [place for place, count in counts.items() if 2 * count >= total]
    return max(held, key=lambda place: len(place.chain)) if held else None


def colon_opening(text: str, start: int, offset: int) -> int | None:
    """罗源镇形成“一村一品”格局:红旗村剑花种植50亩,年产干花1.5万斤: a colon (not one opening a quotation) inside the
    sentence before `offset` opens its elaboration, whose own subject governs the figures after it."""
    colon = max(text.rfind(":", start, offset), text.rfind("：", start, offset))
    if colon < 0 or text[colon + 1 : colon + 2] in ("“", '"'):
        return None
    return colon + 1


def governing_place(
    text: str,
    mentions: Sequence[LocalityMention],
    offset: int,
    default: Place | None,
    homes: Sequence[Place] = (),
) -> Place | None:
    """The most specific place that governs the sentence containing `offset`: the subject of its clause (a place
    name, or a scope word such as 全区/该镇 pointing back to one, or the place a quota is assigned to), else the
    nearest such scope (or subject of an earlier sentence) in the paragraph, else the subject of its sentence, else
    of its paragraph, else `default` (the article's main place)."""
    if counts_a_national_set(text, mentions, offset):
        return None  # 国家20个大型商品粮基地之一: the nation's count, no place's
    listed = listed_total(text, mentions, offset, default)
    if listed is not None:
        return listed
    counted = place_of_counted(text, mentions, offset)  # 10余位太安村村民: the place is part of what is counted
    # 该茶园…, 在沁心茶场…: the village or township the facility was named after
    counted = counted or facility_referent(text, mentions, offset) or facility_named_again(text, mentions, offset)
    counted = counted or built_facility(text, mentions, offset)  # 投资…新建了某村…中心: the facility's village
    if counted is not None:
        return counted
    # a quotation's figures are its speaker's, whatever an earlier sentence of the paragraph was about
    scoped = (
        actor_after_frame(text, mentions, offset, default, homes)
        or clause_scope(text, mentions, offset, default, homes)
        or described_topic_of_figure(text, mentions, offset)
        or quoted_speaker(text, mentions, offset)
        or earlier_scope(text, mentions, offset, default, homes)
    )
    if scoped is not None:
        return scoped
    for breaks in (CLAUSE_BREAKS, SENTENCE_BREAKS, PARAGRAPH_BREAKS):
        start, end = bounds(text, offset, breaks)
        opening = quotation_opening(text, start, offset) if breaks is SENTENCE_BREAKS else None
        if opening is None and breaks is SENTENCE_BREAKS:
            opening = colon_opening(text, start, offset)
        if opening is not None:  # a place the quotation names before the figure, not the speaker's introduction
            subject = clause_subject(text, mentions, opening, end, offset)
            if subject is not None:
                return subject
        subject = clause_subject(text, mentions, start, end, offset + 1 if breaks is CLAUSE_BREAKS else offset)
        if subject is not None:
            return subject
        if breaks is SENTENCE_BREAKS:
            subject = resident_later_in_sentence(text, mentions, offset)
            if subject is not None:
                return subject
    paragraph_start, _ = bounds(text, offset, PARAGRAPH_BREAKS)
    if DEIXIS.match(text, paragraph_start):  # 当地引进…: a paragraph opening on 当地 goes on about that place
        referred = scoped_place(text, mentions, paragraph_start, default, homes)
        if referred is not None:
            return referred
    anaphor = PARAGRAPH_ANAPHOR.match(text, paragraph_start)
    if anaphor is not None:  # 同时,该县坚持…。完成造林6万公顷: the paragraph goes on about the place 该县 points to
        referred = scoped_place(text, mentions, anaphor.end() - 1, default, homes)
        if referred is not None:
            return referred
    pointed = paragraph_anaphor_before(text, offset)
    if pointed is not None:  # 目前,该县…。有400余户…: the paragraph goes on about the place 该县 points to
        referred = scoped_place(text, mentions, pointed, default, homes)
        if referred is not None:
            return referred
    return focus_of_earlier_paragraphs(text, mentions, offset, default) or default
