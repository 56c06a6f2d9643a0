"""Cues in the noun phrase a figure counts that name its place outright, before any clause or paragraph reading.

A reader of 招呼10余位太安村村民上山 knows the ten are villagers of 太安村 whatever the sentence's subject is, and
of 和某镇十几个行政村签订协议 that the villages counted are that township's: the place is part of what is counted.
Kept apart from ``resolver.governing_place`` because these rules read only the few characters around the figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localities.clause_cues import chain_end
from localities.clause_subject import CLAUSE_BREAKS, PARAGRAPH_BREAKS, SENTENCE_BREAKS, bounds
from localities.paragraph_focus import RESIDENT
from localities.places import LocalityMention, Place

# 10余位, 二百多名, 30来户: the figure and the measure word of people it counts (general vocabulary of numerals,
# approximation words and measure words for persons and households).
COUNT_OF_PEOPLE = re.compile(r"[\d.,０-９零〇一二两三四五六七八九十百千万]+(?:余|多|来|几)?(?:位|名|个|户|人|家)")
# 十几个行政村, 3个社区: the measure word and a noun naming places below the one printed before the figure.
COUNT_OF_PLACES = re.compile(
    r"[\d.,０-９零〇一二两三四五六七八九十百千万]+(?:余|多|来|几)?个(?:行政村|自然村|贫困村|村|社区|乡镇|镇|乡)"
)
LOCAL_LEVELS = ("township", "village", "community")
HOLDER_LEVELS = ("county", "township", "zone")


def counted_residents(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """10余位太安村村民: people counted as residents of a village or township printed between the count and the
    word for them are that place's."""
    count = COUNT_OF_PEOPLE.match(text, offset)
    if count is None:
        return None
    ordered = sorted(mentions, key=lambda m: m.start)
    first = next((m for m in ordered if m.start == count.end()), None)
    if first is None:
        return None
    last = chain_end(ordered, first)
    if last.place.level not in LOCAL_LEVELS or RESIDENT.match(text, last.end) is None:
        return None
    return last.place


def counted_parts(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """浉河港镇十几个行政村: a count of villages (or townships) printed right after a place is a count of its own."""
    if COUNT_OF_PLACES.match(text, offset) is None:
        return None
    holder = next((m for m in mentions if m.end == offset), None)
    if holder is None or holder.place.level not in HOLDER_LEVELS:
        return None
    return holder.place


def place_of_counted(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """The place named inside what the figure at `offset` counts, if any."""
    return counted_residents(text, mentions, offset) or counted_parts(text, mentions, offset)


# What a report builds and then calls 该茶园/该基地: the closing noun of a facility's or business's name.
FACILITY_NOUN = r"(?:综合体|产业园|示范园|园区|基地|茶园|茶场|果园|农场|合作社|公司|企业|工厂)"
# (该县蔬菜基地 is the county's: a scope word, read by the scope rules.)
FACILITY_ANAPHOR = re.compile(r"该(?![省州市区县旗镇乡村组屯])[\u4e00-\u9fff]{0,6}?" + FACILITY_NOUN)
# 高堆村上阳茶文旅融合田园综合体, 某村的蔬菜基地: a facility named right after its village.
FACILITY_AFTER_PLACE = re.compile(r"的?[\u4e00-\u9fff“”]{1,14}?" + FACILITY_NOUN)


# 盘州市民主镇沁心茶场: the proper name of a facility printed right after its township or village.
NAMED_FACILITY = re.compile(r"[\u4e00-\u9fff]{2,10}?" + FACILITY_NOUN)


def facility_named_again(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """在盘州市民主镇沁心茶场内…。在沁心茶场,采茶的工人收入…250元: a facility the article introduced right after its
    township or village, named alone again in the figure's sentence (no place printed between it and the figure),
    carries its figures to that place."""
    sentence_start, _ = bounds(text, offset, SENTENCE_BREAKS)
    if any(sentence_start <= m.start < offset for m in mentions):
        return None
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.end > sentence_start or m.place.level not in LOCAL_LEVELS:
            continue
        named = NAMED_FACILITY.match(text, m.end)
        if named is not None and any(n.start == m.end for n in mentions):
            continue
        if named is not None and text.find(named.group(0), sentence_start, offset) >= 0:
            return m.place
    return None


def facility_referent(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """以高堆村上阳茶…田园综合体为发力点…。目前,该生态茶园年综合产值…: a sentence about 该茶园/该基地 goes on about the
    facility the paragraph last named, and its figures are the village that facility was named after — when the
    place printed nearest before is that village and no place is named between 该… and the figure."""
    sentence_start, _ = bounds(text, offset, SENTENCE_BREAKS)
    anaphors = list(FACILITY_ANAPHOR.finditer(text, sentence_start, offset))
    if not anaphors:
        return None
    anaphor = anaphors[-1]
    if any(anaphor.start() <= m.start < offset for m in mentions):
        return None  # a place printed after 该… is the clause's own reading
    paragraph_start, _ = bounds(text, offset, PARAGRAPH_BREAKS)
    before = [m for m in mentions if paragraph_start <= m.start and m.end <= anaphor.start()]
    if not before:
        return None
    nearest = max(before, key=lambda m: (m.end, -m.start))
    if nearest.place.level not in ("village", "community") or not FACILITY_AFTER_PLACE.match(text, nearest.end):
        return None
    return nearest.place


# 投资160万元新建了油房坪村海红果集散中心: a building verb whose object is a facility named after its village.
BUILT = re.compile(r"(?:新建|兴建|修建|建设|建成|扩建|改建|打造)了?$")
BUILT_FACILITY = re.compile(
    r"[\u4e00-\u9fff“”]{1,14}?(?:中心|基地|园区|产业园|示范园|工厂|加工厂|车间|冷库|仓库|市场|大棚|合作社|服务站)"
)
# 建筑面积1200平方米, 占地50亩: the clause after the facility gives its size.
FACILITY_SIZE = re.compile(r"[ \u3000]*(?:总|其中)?(?:建筑面积|占地面积|占地|面积|库容|容量|总投资|投资)")


def built_facility(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """镇政府投资160万元新建了油房坪村海红果集散中心,建筑面积1200平方米: what a clause invests in building, and the
    size the next clause gives it, are figures of the facility — so of the village it is named after (the
    convention: figures of a company or base go to its village)."""
    clause_start, clause_end = bounds(text, offset, CLAUSE_BREAKS)
    found = _built_in(text, mentions, offset, clause_start, clause_end)
    if found is not None or clause_start < 2 or not FACILITY_SIZE.match(text, clause_start):
        return found
    if any(clause_start <= m.start < offset for m in mentions):
        return None
    previous_start, previous_end = bounds(text, clause_start - 2, CLAUSE_BREAKS)
    return _built_in(text, mentions, previous_end, previous_start, previous_end)


def _built_in(text: str, mentions: Sequence[LocalityMention], offset: int, start: int, end: int) -> Place | None:
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in ordered:
        if not start <= m.start < end or not BUILT.search(text, start, m.start):
            continue
        last = chain_end(ordered, m)
        if last.place.level not in LOCAL_LEVELS[1:] or BUILT_FACILITY.match(text, last.end) is None:
            return None
        return last.place
    return None


# 成为全国首批推广的20个产改先进典型, 国家20个大型商品粮基地之一: a count of the nation's set, not the place's own
# (国家级示范社3家 counts the place's holders of a national title, and stays the place's).
# (创建全国乡村治理示范镇6个 counts the place's holders; 在全国建有13家 a firm's outlets; 高于全国1.1个百分点 a gap.)
NATIONAL_SET = re.compile(r"(?<![高低于比占在])(?:全国|国家)(?!级)(?:[^，,。；;、\d\s]{0,8}的)?$")
SET_MEASURE = re.compile(r"[\d.]+\s?(?:个|家|批|项|所|座)")


def counts_a_national_set(text: str, mentions: Sequence[LocalityMention], offset: int) -> bool:
    """Does the figure at `offset` count members of a nationwide set named right before it in its clause?"""
    clause_start, _ = bounds(text, offset, CLAUSE_BREAKS)
    national = NATIONAL_SET.search(text, clause_start, offset)
    if national is None or SET_MEASURE.match(text, offset) is None:
        return False
    return not any(national.start() <= m.start < offset for m in mentions)
