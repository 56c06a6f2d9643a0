"""What a paragraph is about, and which earlier paragraph's place a place-less paragraph goes on about.

Kept apart from the resolver because these rules read whole paragraphs (their opening subject, a villager they
introduce, a table's rows) — the last fallback of ``resolver.governing_place`` before the article's own place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localities.base_reference import base_referred_to
from localities.clause_cues import chain_end as printed_chain_end
from localities.clause_scope import owned_scope_in, place_of_level, scoped_place
from localities.clause_subject import (
    CLAUSE_BREAKS,
    FOCUS_LEVELS,
    PARAGRAPH_BREAKS,
    POINTING_BACK,
    SENTENCE_BREAKS,
    bounds,
    clause_subject,
    names_several_villages,
)
from localities.place_grammar import organisation_follows
from localities.places import LocalityMention, Place


def focus_of_earlier_paragraphs(
    text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None
) -> Place | None:
    """A paragraph that names no place, nor a scope (全县), goes on about the village or township the nearest
    earlier paragraph opened on (在遵义市汇川区松林镇松林村,…。 / 当地引进公司,流转水田688亩…), when it lies inside
    the article's own place. A place named in passing (not opening its paragraph's first sentence), a list of
    villages (their township) or a place outside the article's (销往上海) is no change of subject; a table's rows
    speak for the table, not for the text."""
    if default is None:
        return None
    sentence_start, sentence_end = bounds(text, offset, SENTENCE_BREAKS)
    line_start, line_end = bounds(text, offset, PARAGRAPH_BREAKS)
    if owned_scope_in(text, sentence_start, sentence_end) or _is_table_line(text[line_start:line_end]):
        return None
    # 李果清是某村村民,…被确定为贫困户。四年多来,他种了20多亩茶叶: the person an earlier sentence of the same
    # paragraph introduced by their village is who the place-less sentences after it speak of
    resident = _resident_home(text, mentions, line_start, sentence_start)
    if resident is not None:
        return resident
    base = base_referred_to(text, mentions, line_start, offset)
    if base is not None:
        return base
    end = line_start - 1
    while end > 0:
        paragraph_start, _ = bounds(text, end - 1, PARAGRAPH_BREAKS)
        paragraph_end = end
        place = _paragraph_subject(text, mentions, paragraph_start, paragraph_end)
        end = paragraph_start - 1
        if place is None:
            continue
        speaking = place == _speaker_opening(text, mentions, paragraph_start, paragraph_end)
        if not speaking and names_several_villages(text, mentions, paragraph_start, paragraph_end):
            return None  # 山嘴子村…。前进村…。: a paragraph of examples opened no village's section
        if place == default or default.is_within(place):
            return None  # the text came back to the article's own place, or above it
        hamlet = place.parent is not None and place.parent.level in FOCUS_LEVELS[1:]
        if place.level in FOCUS_LEVELS and not hamlet and place.is_within(default):
            return _narrowed_to(text, mentions, paragraph_start, paragraph_end, place)
        if place.level in SECTION_LEVELS and _opens_paragraph(text, mentions, paragraph_start, paragraph_end, place):
            # 本报讯 今年以来,木里…: a section that opens on another county goes on about it
            return _narrowed_to(text, mentions, paragraph_start, paragraph_end, place)
    return None


def _narrowed_to(text: str, mentions: Sequence[LocalityMention], start: int, end: int, place: Place) -> Place:
    """廉江红橙迎来丰收。良垌镇兴旺红橙园中,钟大姐…。: a paragraph that opens on `place` and whose last sentence with
    a subject is about a township or village within it has narrowed to that part; the paragraphs after it (the
    grower's own words) are about the part."""
    cursor, closing = start, None
    while cursor < end:
        _, sentence_end = bounds(text, cursor, SENTENCE_BREAKS)
        stop = min(sentence_end, end)
        if cursor > start:
            closing = clause_subject(text, mentions, cursor, stop, stop) or closing
        cursor = sentence_end + 1
    if closing is not None and closing.level in FOCUS_LEVELS and closing.is_within(place):
        return closing
    return place


SECTION_LEVELS = ("county", "zone", "township", "village", "community")


def _opens_paragraph(text: str, mentions: Sequence[LocalityMention], start: int, end: int, place: Place) -> bool:
    """Is `place` the subject of the first clause of the paragraph text[start:end] — the place a section or a
    new story opens on (not one its last sentence names in passing)?"""
    _, sentence_end = bounds(text, start, SENTENCE_BREAKS)
    limit = min(sentence_end, end)
    if clause_subject(text, mentions, start, limit, limit) != place:
        return False
    first = min((m.start for m in mentions if m.place == place and m.start >= start), default=limit)
    clause_start, _ = bounds(text, first, CLAUSE_BREAKS)
    lead = text[max(start, clause_start) : first].strip(" \u3000")
    if "在" in lead[1:] or ("在" in text[start:first] and not lead.startswith("在")):
        return False  # 肖丽原先在金坛城里上班: where a person was, not the place a section is about
    # (近日,在高安市伍桥镇…: a clause opening on 在 sets the scene of the section)
    # 成都市蒲江县农业局驻越西县某村帮扶队员说: an office named after its county speaks of where it is stationed
    opening = next(m for m in sorted(mentions, key=lambda m: m.start) if start <= m.start < limit)
    chain_end = printed_chain_end(sorted(mentions, key=lambda m: m.start), opening)
    if chain_end.place != place:
        return True  # 某县水利局驻某村工作队: the clause already read where the office is stationed
    return OFFICE_AFTER.match(text, chain_end.end) is None and not organisation_follows(text, chain_end.end)


OFFICE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:局|厅|驻)")


def _paragraph_subject(text: str, mentions: Sequence[LocalityMention], start: int, end: int) -> Place | None:
    """What a paragraph is about: the subject of its first sentence, else of its last sentence that has one
    (a list of villages gives their township)."""
    sentences: list[tuple[int, int]] = []
    cursor = start
    while cursor < end:
        _, sentence_end = bounds(text, cursor, SENTENCE_BREAKS)
        sentences.append((cursor, min(sentence_end, end)))
        cursor = sentence_end + 1
    speaker = _speaker_opening(text, mentions, start, end)
    if speaker is not None:
        return speaker
    for begin, stop in sentences[:1] + sentences[:0:-1]:
        subject = clause_subject(text, mentions, begin, stop, stop)
        if subject is None and begin == start:
            subject = _pointed_opening(text, mentions, begin, stop)
        if subject is not None:
            return subject
    return _resident_home(text, mentions, start, end)


def _pointed_opening(text: str, mentions: Sequence[LocalityMention], start: int, end: int) -> Place | None:
    """目前,该乡发展优质桃5000亩…。某乡某村群众种植的…: a paragraph whose first sentence opens (after a date) on
    该乡/本县 is about the place that word points back to, not about a village its later sentences name."""
    pointer = POINTING_BACK.search(text, start, end)
    if pointer is None:
        return None
    clause_start, _ = bounds(text, pointer.start(), CLAUSE_BREAKS)
    if pointer.start() - clause_start > POINTER_LEAD or any(start <= m.start < pointer.start() for m in mentions):
        return None
    return scoped_place(text, mentions, pointer.end() - 1, None)


POINTER_LEAD = 2  # 目前,该乡 / 同时该县: at most a short word before the pointer opens its clause


def _speaker_opening(text: str, mentions: Sequence[LocalityMention], start: int, end: int) -> Place | None:
    """“春秋两季的花节,某村的观光小火车赚了不少……”某村党支部书记某某带着…: a paragraph opening on a quotation
    is about its speaker, introduced by their village right after the closing quote — not about a place the
    speaker mentions inside it."""
    lead = text[start:end].lstrip(" \u3000")
    if not lead.startswith("“"):
        return None
    closing = text.find("”", start, end)
    if closing < 0:
        return None
    after = closing + 1
    for m in sorted(mentions, key=lambda m: m.start):
        near = after <= m.start <= after + SPEAKER_LEAD_CHARS and not any(c in text[after : m.start] for c in "，,。")
        if near and m.place.level in FOCUS_LEVELS[1:] and RESIDENT_AFTER.match(text, m.end):
            return m.place
    return None


SPEAKER_LEAD_CHARS = 6  # ”村民代表、某村党支部书记: a few words may introduce the speaker before their village


# 亚火村村民巴绒, 某村党支部书记某某: a person introduced by the village they live in or serve.
RESIDENT = re.compile(
    r"(?:村民|居民|农民|农户|贫困户|脱贫户|种植户|养殖户|大户|烟农|果农|菜农|茶农|党支部书记|党总支书记|支书|村主任|主任|妇女主任)"
)


def _resident_home(text: str, mentions: Sequence[LocalityMention], start: int, end: int) -> Place | None:
    """A paragraph that names no subject place but introduces a person by their village (……正在合作社售卖虎掌菌的
    亚火村村民巴绒高兴地说) is about that person; what the next paragraphs tell of them (巴绒当天采摘了40多公斤) is the
    village's.  Only one such village in the paragraph: two villagers side by side name no single place."""
    homes = {
        m.place
        for m in mentions
        if start <= m.start < end and m.place.level in FOCUS_LEVELS[1:] and RESIDENT.match(text, m.end)
    }
    return homes.pop() if len(homes) == 1 else None


def _is_table_line(line: str) -> bool:
    """`苹果产量 26.3万吨 增长7.1%`: cells set apart by spaces, without prose punctuation."""
    return len(line.split()) >= 2 and not any(mark in line for mark in "，,。；;")


# 丽水庆元黄田镇低收入农户吴书金: a person introduced by their place, after a few words describing them.
RESIDENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?" + RESIDENT.pattern)


def resident_later_in_sentence(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """接过公司送来的5000元代销款,丽水庆元黄田镇低收入农户吴书金,数了好几次: a sentence whose opening names no
    place may put its actor after the figure — a person introduced by their township or village, opening a later
    clause of the same sentence; the figure is theirs."""
    _, sentence_end = bounds(text, offset, SENTENCE_BREAKS)
    for m in sorted(mentions, key=lambda m: m.start):
        if not offset < m.start < sentence_end or m.place.level not in FOCUS_LEVELS:
            continue
        clause_start, clause_end = bounds(text, m.start, CLAUSE_BREAKS)
        subject = clause_subject(text, mentions, clause_start, clause_end, clause_end)
        if subject == m.place and RESIDENT_AFTER.match(text, m.end):
            return subject
    return None


QUOTE_SPAN = 300  # a quotation longer than this is not one speaker's words about their farm
SPEAKER_LEAD = re.compile(r"[ \u3000]*[\u4e00-\u9fff]{0,6}$")


# 乡党委书记某某, 镇长某某, 村支书某某: a speaker introduced by an office of a level, without the place's name.
LEVEL_OFFICE = re.compile(
    r"[ \u3000]*(乡|镇|村|县|区|街道|社区)(?:党委|党总支|党支部|人民政府|政府|委会)?(?:副?书记|支书|长|主任)"
)


def speaker_after_quote(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """“一亩地能产四五百斤……”某某是某村种植户 / ”某村村民某某说: figures inside a quotation whose sentences name no
    place are the speaker's, and the speaker may be introduced by their village right after the closing quote —
    after the figure, so the rules reading what comes before it never see that village."""
    opening = text.rfind("“", max(0, offset - QUOTE_SPAN), offset)
    if opening < 0 or "”" in text[opening:offset]:
        return None
    closing = text.find("”", offset, offset + QUOTE_SPAN)
    if closing < 0 or "“" in text[offset:closing]:
        return None
    _, clause_end = bounds(text, closing + 1, CLAUSE_BREAKS)
    ordered = sorted(mentions, key=lambda m: m.start)
    office = LEVEL_OFFICE.match(text, closing + 1)
    if office is not None and not any(closing < m.start < clause_end for m in ordered):
        # ”乡党委书记张俊林表示: the speaker holds an office of a level; the quote is about that level's place
        return place_of_level(mentions, opening, None, office.group(1))
    for m in ordered:
        if not closing < m.start < clause_end:
            continue
        # ”那坡县百合乡清华村村民某某说: the chain may open on the county; its most specific member is the home
        end = printed_chain_end(ordered, m)
        if end.place.level not in FOCUS_LEVELS or not SPEAKER_LEAD.fullmatch(text, closing + 1, m.start):
            return None
        return end.place if RESIDENT_AFTER.match(text, end.end) else None
    return None


# 平安村脱贫户某某对记者说: / 村民某某告诉记者: the words between a speaker's home and the colon opening the quote.
SPEAKER_TO_QUOTE = re.compile(r"[^，,。；;！!？?\n“”]{0,20}[:：]\s*$")


def speaker_before_quote(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """某县某镇某村脱贫户某某对记者说:“已经在合作社干了3年了…”: figures inside a quotation are the speaker's, and the
    speaker may be introduced by their village in the clause that opens the quote with a colon — the quote's own
    sentences name no place, and the paragraph's place may be a county the village lies in."""
    opening = text.rfind("“", max(0, offset - QUOTE_SPAN), offset)
    if opening < 2 or "”" in text[opening:offset] or text[opening - 1] not in ":：":
        return None
    clause_start, _ = bounds(text, opening - 2, CLAUSE_BREAKS)
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in reversed([m for m in ordered if clause_start <= m.start and m.end <= opening]):
        end = printed_chain_end(ordered, m)
        if end.place.level in FOCUS_LEVELS and RESIDENT_AFTER.match(text, end.end):
            return end.place if SPEAKER_TO_QUOTE.match(text[end.end : opening]) else None
    return None


def quoted_speaker(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """The village of the speaker of the quotation holding `offset` (introduced after the quote or before its
    colon), when the quoted sentence names no place of its own before the figure."""
    sentence_start, _ = bounds(text, offset, SENTENCE_BREAKS)
    if clause_subject(text, mentions, sentence_start, offset, offset) is not None:
        return None
    return speaker_after_quote(text, mentions, offset) or speaker_before_quote(text, mentions, offset)


# 该县今年还投入300万元…。目前,该县…。有400余户…: 该 points back to the place a paragraph is about.
ANAPHOR_IN_PARAGRAPH = re.compile(r"该(?:县|区|市|镇|乡|旗|街道)")


def paragraph_anaphor_before(text: str, offset: int) -> int | None:
    """The end of the last 该县/该镇 in the paragraph before the sentence holding `offset` (a place-less sentence
    of a paragraph that keeps pointing back to one place goes on about it), or None."""
    paragraph_start, _ = bounds(text, offset, PARAGRAPH_BREAKS)
    sentence_start, _ = bounds(text, offset, SENTENCE_BREAKS)
    found = list(ANAPHOR_IN_PARAGRAPH.finditer(text, paragraph_start, sentence_start))
    return found[-1].end() - 1 if found else None
