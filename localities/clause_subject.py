"""Which printed place opens a clause — the subject position a Chinese reader takes a figure to be about.

Kept apart from the resolver because the rules of one clause (its boundaries, the short lead a subject may follow,
the prepositions that make a place an object instead) are shared by the scope-word and paragraph readings that
``resolver.governing_place`` combines, and are the lowest layer of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from localities.clause_cues import (
    acting_in,
    common_parent,
    is_described_topic,
    located_at,
    located_elsewhere,
    names_a_funder,
    names_a_reference_point,
    names_an_origin,
    possessed_chain_end,
    stationed_at,
    strip_note,
)
from localities.clause_cues import chain_end as printed_chain_end
from localities.place_grammar import DATELINE, is_hanzi, organisation_follows
from localities.places import LocalityMention, Place

# A dash opens an appositive that names the subject of what follows: 他所在的“山药第一村”——西李村,种植山药…
CLAUSE_BREAKS = frozenset("，,。；;！!？?\n：:—")
SENTENCE_BREAKS = frozenset("。；;！!？?\n")
PARAGRAPH_BREAKS = frozenset("\n")
FULL_STOPS = frozenset("。！!？?\n")  # a semicolon joins clauses of one sentence
LEADING_NOISE = 3  # a clause may open with 在/全/该… before its subject


def bounds(text: str, offset: int, breaks: frozenset[str]) -> tuple[int, int]:
    # The nearest break on each side: a bisection in the text's break offsets, listed once per text (called tens
    # of thousands of times a page, a search per break character was a visible share of the import).
    if offset < 0:  # str.find's reading of a negative offset, kept as it was
        start = max(text.rfind(c, 0, offset) for c in breaks) + 1
        found = [i for c in breaks if (i := text.find(c, offset)) >= 0]
        return start, min(found) if found else max(offset, len(text))
    positions = break_offsets(text, breaks)
    i = bisect_left(positions, offset)
    return (positions[i - 1] + 1 if i else 0), (positions[i] if i < len(positions) else max(offset, len(text)))


@lru_cache(maxsize=256)
def break_offsets(text: str, breaks: frozenset[str]) -> tuple[int, ...]:
    """Offsets of every character of `breaks` in `text`, in order."""
    return tuple(i for i, c in enumerate(text) if c in breaks)


# 为杨家庄乡卫生院…: X is an object, not the actor; 销往宁夏, 赴某县: a destination is not the actor either.
# 来自某县的957户, 从县城颠簸了60多公里: where people, goods or a journey come from is not the actor either.
NOT_SUBJECT = frozenset("为向对与和同跟给把将让被帮助距离据经由以往赴从自")
DESCRIPTOR = re.compile(r"[\u4e00-\u9fff]{0,4}(?:村|镇|乡|街道|社区|区|县|市)$")  # 省定贫困村|泥沟镇邵里村


# “韭菜村”宁安市渤海镇龙泉村有…: a quoted label before the place is an epithet of the subject, not a lead.
QUOTED_LABEL = re.compile(r"^[“\"][^”\"，,。]{1,12}[”\"]")

# Who visits a place at the opening of a report; 记者走进某村 is about the village as much as 走进某村 is, and so
# are 记者曾多次赴某村采访 and 记者从某村某园了解到 (the reporter's source).
# 图为某区村民…: a caption's subject.
REPORTER = re.compile(r"^(?:记者|笔者|采访组|调研组)(?:一行)?(?:从|[曾又再多次]{0,3}(?:赴|前往|来到|到))?|^图为")
# 走进位于某镇某村的家庭农场: 位于 only locates what the visitor enters; the place stays the clause's topic.
# 2018年上半年某村已接待…: a date opening the clause comes before its subject, however long it is.
DATE_OPENING = re.compile(
    r"^(?:\d{4}年|今年|去年|前年)(?:\d{1,2}月份?|上半年|下半年|前三季度|[一二三四]季度|以来|底|初)?"
)
# 2 |# z) ]( [4 [. C# o3 G某县某村村民…: OCR noise (printable ASCII with letters or symbols) left by a watermark before
# the clause's first words is no lead.
OCR_NOISE = re.compile(r"^(?![(\[])[ -~]*[A-Za-z#&*|@\\^~`][ -~]*")
SITUATED = re.compile(r"(?:坐落|地处)?位于$|坐落在$|地处$")
POINTING_BACK = re.compile(r"(?:该|本|这个|此)(?:村|镇|乡|县|区|市|社区|街道|地)")
ARRIVAL_LEAD = re.compile(
    r"(?:车子?|汽车|我们|一行人?)?[已又便就刚]?(?:拐进|拐入|驶进|驶入|开进|走进|走入|来到|抵达|到达)了?"
)
# 刘小英来自偏远的山段村, 家住某村: a person's home village (a name or pronoun, then the verb of origin).
HOME_LEAD = re.compile(r"[\u4e00-\u9fff](?:来自|家住|家在|出生于|出生在)(?:[\u4e00-\u9fff]{0,4}的)?$")
# 周业多是某镇某村的,家里一共5口人: a person said to be "of" a village (是 + the place + 的/人 closing the clause) is
# introduced by their home, whose story follows — the township before the village may be one the gazetteer spells
# otherwise (镇 for 乡), so it may stand in the lead unresolved.
BELONGS_LEAD = re.compile(r"[\u4e00-\u9fff]{1,5}是(?:[\u4e00-\u9fff]{2,8}?[县区市镇乡])?$")
# 杨跃元是老奇台镇二畦村村民: the word for a resident closes the clause as 的/人 do.
BELONGS_TAIL = re.compile(r"[\u4e00-\u9fff]{2,16}?[村区镇乡](?:的|人|村民|居民|农民|农户|贫困户|脱贫户)$")


# 中国某某网9月25日某地讯 (记者 某某) “…: a news site's dateline, however it is worded, ends at 讯/消息.
OUTLET_LEAD = re.compile(r"[^，,。“”\"]{0,30}?(?:讯|消息)(?:[(（][^()（）]{0,20}[)）])?[ \u3000]*[“\"]?")
# 我们某村, 咱们某镇: the pronoun before a place marks it as the speaker's own, not as an object.
OWN_PLACE = re.compile(r"(?:我们|咱们|俺们|我|咱|俺)$")

# 这里/这儿 opening a clause points back to the place the text has just described (走进某村…。这里是…).
DEIXIS = re.compile(r"[ \u3000“]?(?:这里|这儿|当地)")
NAMING_DEIXIS = re.compile(r"(?:这里|这儿)(?:就|便|正)?是")
NAMED_TAIL = 6  # the rest of a printed chain (资阳区|长春镇), not a description

FOCUS_LEVELS = ("township", "village", "community")
# 也是/就是/正是… + a phrase with 的: the copula opening a clause describes the subject before it (但是/于是/可是
# are conjunctions; 离村不远处,就是某镇养殖园 only says what is there, and that place is the subject).
COPULA = re.compile(r"(?:也|就|正|都|便|才|更|又|即|乃|还)?是")


def _is_subject(text: str, mention: LocalityMention) -> bool:
    """Does `mention` open its clause, allowing a short lead (在, 今年, 省定贫困村) but not a preposition, and not
    a dateline (本报邹城讯 reports from a city; the clause after it names the actor)?"""
    clause_start, _ = bounds(text, mention.start, CLAUSE_BREAKS)
    # a closing quote too: “……。”某村村民某某说 opens on the speaker's village once the quotation has ended
    lead = OCR_NOISE.sub("", text[clause_start : mention.start])
    lead = strip_note(lead.lstrip(" \u3000▲□"))
    lead = QUOTED_LABEL.sub("", lead).lstrip(" \u3000▲□“”\"'")
    dateline = DATELINE.match(lead)
    if dateline is not None:  # 本报瑞金讯 走进瑞金市…: the clause after the dateline opens with its own words
        lead = lead[dateline.end() :].lstrip(' \u3000“"')
    outlet = OUTLET_LEAD.match(lead)
    if dateline is None and outlet is not None:  # 某某网9月25日某地讯 “今年…: a site's dateline, then the clause
        lead = lead[outlet.end() :]
    lead = DATE_OPENING.sub("", lead)
    lead = REPORTER.sub("", lead)  # 记者走进巴河镇秀巴村: the reporter only leads the reader to the subject
    if mention.place.level in FOCUS_LEVELS and ARRIVAL_LEAD.fullmatch(lead):
        return True  # 不觉间,车子已拐进碧流河镇塘坊门村: the report arrives where its next paragraphs are set
    situated = SITUATED.search(lead)
    if situated is not None and POINTING_BACK.fullmatch(lead, 0, situated.start()):
        return False  # 该村位于紫金镇西北角: where the village pointed back to lies, not the clause's subject
    lead = SITUATED.sub("", lead)
    lead = OWN_PLACE.sub("", lead)  # “今年我们某村将…: a speaker names their own village, the clause's subject
    if mention.place.level in FOCUS_LEVELS and HOME_LEAD.search(lead):
        return True  # 车衣工刘小英来自偏远的仙下乡山段村: a person introduced by their village, whose story follows
    if mention.place.level in FOCUS_LEVELS and _belongs_to(text, mention, lead):
        return True
    _, clause_end = bounds(text, mention.end, CLAUSE_BREAKS)
    if (
        NAMING_DEIXIS.fullmatch(lead)
        and clause_end - mention.end <= NAMED_TAIL
        and "的" not in text[mention.end : clause_end]
    ):
        return True  # 这里是资阳区长春镇,坐落于…: the place 这里 is said to be is what the text is about (not
        # 这里是山东省较大的…基地, where the province only ranks what is described)
    if lead.endswith("本报") or any(c in NOT_SUBJECT for c in lead) or DEIXIS.match(lead):
        return False
    if COPULA.match(lead) and "的" in text[mention.end : bounds(text, mention.end, CLAUSE_BREAKS)[1]]:
        return False  # 某村的贫困户王某,是某市长的帮扶户: 是 + a description of the subject before it
    if not all(is_hanzi(c) for c in lead):
        return False
    return len(lead) <= LEADING_NOISE or DESCRIPTOR.fullmatch(lead) is not None


def _belongs_to(text: str, mention: LocalityMention, lead: str) -> bool:
    """周业多是蔡桥镇乐山村的, / 他是某村人,: the clause only says which village (or township) a person is from."""
    _, clause_end = bounds(text, mention.start, CLAUSE_BREAKS)
    tail = text[mention.start : clause_end]
    return BELONGS_LEAD.fullmatch(lead) is not None and BELONGS_TAIL.fullmatch(tail) is not None


def clause_subject(text: str, mentions: Sequence[LocalityMention], start: int, end: int, limit: int) -> Place | None:
    """The place opening a clause between `start` and `limit` (the subject position in Chinese news prose).
    A printed chain (邹城市千泉街道) gives its most specific member; an enumeration (杨峪村、萧沟村…3个村) gives
    the place that holds them all."""
    ordered = sorted(mentions, key=lambda m: m.start)
    label = QUOTED_LABEL.match(text[start:end].lstrip(" \u3000▲□"))
    label_end = end - len(text[start:end].lstrip(" \u3000▲□")) + label.end() if label else start
    for m in ordered:
        if not (start <= m.start < min(end, limit)) or m.dateline or m.start < label_end:
            continue  # “西藏江南”林芝市…: a place inside the quoted epithet is not the subject
        chain_end = possessed_chain_end(text, ordered, printed_chain_end(ordered, m))
        described = _described_by_its_site(text, ordered, m, chain_end, min(end, limit))
        if described is not None:
            return described
        if not _is_subject(text, m) and not is_described_topic(text, start, m.start, chain_end.end):
            continue
        if names_a_funder(text, chain_end.end):
            continue  # 深圳市援藏资金投入…: the donor, not the place the figure is about
        if names_an_origin(text, chain_end):
            continue  # 吸引浙江商人进村…: where the merchants come from, not where the figures are
        if names_a_reference_point(text, chain_end):
            continue  # 位于北京北部280多公里处: the point a distance is measured from
        located = (
            located_at(text, ordered, chain_end)
            or stationed_at(text, ordered, chain_end)
            or acting_in(text, ordered, chain_end)
            or located_elsewhere(text, ordered, chain_end)
        )
        if located is not None:
            return located
        listed = [chain_end]
        for n in ordered:
            between = text[listed[-1].end : n.start]
            if n.start > listed[-1].end and between[:1] == "、" and len(between) <= 6 and "，" not in between:
                listed.append(printed_chain_end(ordered, n))  # 杨峪村、萧沟村、等驾庄村: an unrecognised item in
                # between does not end the list; 甲村乙组、丙村丁组: an item printed as a chain is one item
            elif len(listed) > 1 and n.start > listed[-1].end and between in LAST_ITEM_JOINS:
                listed.append(printed_chain_end(ordered, n))  # 甲村、乙村和丙村: the list's last item
        if len(listed) > 1:
            return common_parent([x.place for x in listed]) or chain_end.place
        return chain_end.place
    return None


LAST_ITEM_JOINS = frozenset("和及与")
# 地处南召最北端的崔庄乡4万多人: where the subject lies, closed by 的 before the subject itself.
SITE_LEAD = re.compile(r"(?:地处|位于|坐落于|坐落在)$")
SITE_TAIL = re.compile(r"[^，,。；;、“”\n]{0,8}的")


def _described_by_its_site(
    text: str, ordered: Sequence[LocalityMention], m: LocalityMention, chain_end: LocalityMention, limit: int
) -> Place | None:
    """A place after 地处/位于 at the head of a clause, followed by 的 and another place, only says where that
    other place lies: the other place is the clause's subject."""
    clause_start, _ = bounds(text, m.start, CLAUSE_BREAKS)
    if not SITE_LEAD.search(text[clause_start : m.start].lstrip(" \u3000")) or len(text[clause_start : m.start]) > 6:
        return None
    tail = SITE_TAIL.match(text, chain_end.end)
    if tail is None:
        return None
    subject = next((n for n in ordered if n.start == tail.end() and n.start < limit), None)
    if subject is None:
        return None
    described = printed_chain_end(ordered, subject)
    if chain_end.place.is_within(described.place) or organisation_follows(text, described.end):
        return None  # 位于某乡某村的某县某合作社: a firm named after the county it lies in, within that village
    return described.place


def quotation_opening(text: str, start: int, offset: int) -> int | None:
    """Where the quotation holding `offset` opens, when it opens inside the sentence that begins at `start`
    (某村书记某某说:“目前,全镇…,形成了甲村、乙村5个千亩村,…收入4000元”: the quote is a sentence of its own)."""
    opening = text.rfind("“", start, offset)
    if opening < 0 or "”" in text[opening:offset]:
        return None
    return opening + 1


EXAMPLE_LEVELS = ("village", "community")


def names_several_villages(text: str, mentions: Sequence[LocalityMention], start: int, end: int) -> bool:
    """大三家村…探索“一棚多用”;木头沟村…共建暖棚;和润农业建成温棚…: sentences between `start` and `end` whose subjects
    are two or more different villages give examples of the place above them; a later sentence that names no place
    speaks for that place, not for the village named last."""
    subjects: set[Place] = set()
    cursor = start
    while cursor < end:
        _, sentence_end = bounds(text, cursor, SENTENCE_BREAKS)
        stop = min(sentence_end, end)
        subject = clause_subject(text, mentions, cursor, stop, stop)
        if subject is not None and subject.level in EXAMPLE_LEVELS:
            subjects.add(subject)
        cursor = sentence_end + 1
    return len(subjects) >= 2
