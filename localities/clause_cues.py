"""Cues inside one clause that say which printed place is its subject (used by ``clause_subject.clause_subject``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from localities.places import LocalityMention, Place


def chain_end(ordered: Sequence[LocalityMention], first: LocalityMention) -> LocalityMention:
    """The most specific member of a chain printed together: 邹城市千泉街道 → 千泉街道; a group printed after its
    village (推赛村|南吉村村民小组) is read as the village and closes the chain."""
    chain_end = first
    for n in ordered:
        if n.start == chain_end.end and (n.place.is_within(chain_end.place) or n.place == chain_end.place):
            chain_end = n
    return chain_end


# 宝鸡市某某合作社位于陈仓区某镇某村: an organisation named after its city is where it says it is located.
LOCATED = re.compile(r"[^，,。；;！!？?\n]{0,20}?(?:位于|坐落于|坐落在|地处)")


# 宝鸡市惠民种植专业合作社: an organisation's name after the place it is named after, up to its kind.
ORGANISATION_NAME = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:合作社|有限公司|公司|集团|协会|农场|基地|产业园|工厂)")


def located_elsewhere(text: str, ordered: Sequence[LocalityMention], subject: LocalityMention) -> Place | None:
    """An organisation named after `subject`'s place whose location the text gives in another sentence
    (陕西宝鸡市惠民合作社负责人说… / 宝鸡市惠民合作社位于陈仓区慕仪镇黎明村): it is there wherever it is named."""
    named = ORGANISATION_NAME.match(text, subject.end)
    if named is None:
        return None
    organisation = text[subject.end : named.end()]
    for other in ordered:
        if other.place != subject.place or other.start == subject.start:
            continue
        if text.startswith(organisation, other.end):
            found = located_at(text, ordered, other)
            if found is not None:
                return found
    return facility_printed_within(text, ordered, subject, organisation)


FACILITY_KEY = 6  # the closing characters of a facility's name a writer repeats (…生态环保产业园)
# 沙洋县千万只蛋鸡生态环保产业园 … 五里铺镇刘集村的蛋鸡生态环保产业园: the name printed again after a place within.
BEFORE_FACILITY = re.compile(r"的?[\u4e00-\u9fff]{0,8}")


def facility_printed_within(
    text: str, ordered: Sequence[LocalityMention], subject: LocalityMention, organisation: str
) -> Place | None:
    """A facility named after a county (沙洋县某某产业园) and printed elsewhere after a township or village within it
    (刘集村的某某产业园) is in that township or village: its figures are that place's."""
    key = organisation[-FACILITY_KEY:]
    if len(key) < 4:
        return None
    position = text.find(key)
    while position >= 0:
        for n in ordered:
            if n.end > position or n.start == subject.start:
                continue
            gap = BEFORE_FACILITY.fullmatch(text, n.end, position)
            inner = chain_end(ordered, n)
            local = inner.place.level in ("township", "village", "community")
            if gap is not None and inner.end == n.end and local and inner.place.is_within(subject.place):
                return inner.place
        position = text.find(key, position + 1)
    return None


def located_at(text: str, ordered: Sequence[LocalityMention], subject: LocalityMention) -> Place | None:
    """The place an organisation opening the clause with `subject`'s name is said to be located in, when it lies
    within `subject` (宝鸡市惠民合作社位于陈仓区慕仪镇黎明村 → 黎明村)."""
    located = LOCATED.match(text, subject.end)
    if located is None:
        return None
    there = next((n for n in ordered if n.start == located.end()), None)
    if there is None:
        return None
    there_end = chain_end(ordered, there)
    return there_end.place if there_end.place.is_within(subject.place) else None


def acting_in(text: str, ordered: Sequence[LocalityMention], subject: LocalityMention) -> Place | None:
    """兴文县在僰王山镇太安村启动试点: a place acting (在) in a township or village within it — the work, and the
    figures of the clause, are there."""
    if not text.startswith("在", subject.end):
        return None
    there = next((n for n in ordered if n.start == subject.end + 1), None)
    if there is None:
        return None
    place = chain_end(ordered, there).place
    if place.level not in ("township", "village", "community") or place == subject.place:
        return None
    return place if place.is_within(subject.place) else None


# 某县水利局驻某乡某村工作队, 某县农业局驻某村帮扶队员: an office named after its county, working where it is stationed.
STATIONED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:局|厅|委|办|院|部|所|中心|公司|单位)(?:派)?驻")


def stationed_at(text: str, ordered: Sequence[LocalityMention], subject: LocalityMention) -> Place | None:
    """The place an office opening the clause with `subject`'s name is stationed at: its team's work there is that
    place's (和布克赛尔县水利局驻夏孜盖乡巴音托洛盖村工作队 → 巴音托洛盖村)."""
    stationed = STATIONED.match(text, subject.end)
    if stationed is None:
        return None
    there = next((n for n in ordered if n.start == stationed.end()), None)
    return chain_end(ordered, there).place if there is not None else None


# 其中深圳市援藏资金投入4800万元, 某市对口帮扶资金: a place naming whose aid money or support it is funds the place
# the text is about; it is the donor, not the subject of the figure.
FUNDER_AFTER = re.compile(
    r"(?:援[\u4e00-\u9fff]?(?:资金|项目|干部|力量)|援建|对口(?:支援|帮扶|援助)|帮扶资金|捐赠|捐助)"
)


def names_a_funder(text: str, end: int) -> bool:
    """Does the place printed just before `end` name the donor of aid (深圳市援藏资金, 某市对口帮扶)?"""
    return FUNDER_AFTER.match(text, end) is not None


# 吸引浙江商人进村, 四川籍务工人员, 广东游客: a place naming where people come from describes those people; the
# clause is about where they came to, not about their home province or city.
# (A bare 人 is left out: 某市人民医院, 某县人大, 某村人均 open other words.)
ORIGIN_OF_PEOPLE = re.compile(r"(?:籍|商人|客商|老板|企业家|游客|老乡)")
ORIGIN_LEVELS = ("province", "prefecture", "county")


def names_an_origin(text: str, mention: LocalityMention) -> bool:
    """Is the county-or-larger place of `mention` only the origin of the people named right after it?"""
    return mention.place.level in ORIGIN_LEVELS and ORIGIN_OF_PEOPLE.match(text, mention.end) is not None


# 位于北京北部280多公里处, 距县城东南15公里: a place followed by a bearing and a distance is the point a distance is
# measured from, not what the clause is about.
# 坐落于益阳市中心城区北郊7.5公里处: the town or city area of the place may come between.
BEARING_AND_DISTANCE = re.compile(
    r"(?:[市县]?(?:中心城区|主城区|城区|市区|县城))?(?:以|的)?[东南西北]{1,2}(?:部|方|面|边|侧|郊)?(?:约|近|大约)?[\d０-９.零〇一二两三四五六七八九十百千]+(?:多|余)?(?:公\s?里|千\s?米|里)"
)


def names_a_reference_point(text: str, mention: LocalityMention) -> bool:
    """Is `mention` only the point a bearing and distance printed right after it are measured from?"""
    return BEARING_AND_DISTANCE.match(text, mention.end) is not None


# (上接第一版), (记者 某某): a bracketed note opening a paragraph is no part of its first clause's wording.
BRACKETED_NOTE = re.compile(r"^[(（][^()（）]{1,12}[)）]")


def strip_note(lead: str) -> str:
    """`lead` without a bracketed note it opens with (（上接第一版）大巴山深处的 → 大巴山深处的)."""
    return BRACKETED_NOTE.sub("", lead).lstrip(" \u3000")


# 大巴山深处的城口县鸡鸣乡金岩村，一半海拔在…: a clause that holds nothing but a described place is the topic of
# the sentence after it, however long its description.
# 投资1000万元的者苗乡八中村渭标油茶基地,连片2048亩: the description may hold a figure, and the topic may be a base
# or company named after its village — what follows is that village's.
DESCRIBED = re.compile(r"[\u4e00-\u9fff“”\"\d.%]{1,16}的")
TOPIC_CLOSE = re.compile(r"[ \u3000]*[，,：:]")
INTRODUCTION = re.compile(r"^(?:据统计|据了解|据介绍|目前|如今|近年来|其中)[，,]")  # 据统计,投资…的某村某基地


def is_described_topic(text: str, clause_start: int, subject_start: int, chain_end_at: int) -> bool:
    """Does the clause opening at `clause_start` consist of a description ending in 的 and the place printed from
    `subject_start` to `chain_end_at` (or an organisation named after it), the clause closing right after it?"""
    lead = strip_note(text[clause_start:subject_start].strip(" \u3000"))
    lead = INTRODUCTION.sub("", lead)
    if DESCRIBED.fullmatch(lead) is None:
        return False
    named = ORGANISATION_NAME.match(text, chain_end_at, chain_end_at + 16)
    if TOPIC_CLOSE.match(text, named.end() if named else chain_end_at) is None:
        return False
    return not any(c in "为向对与和同跟给把将让被到往赴从自" for c in lead)


# 6名|南荒地村|的农民: a count of people printed right before the village they belong to.
COUNT_BEFORE = re.compile(r"[\d.]+[万]?[名户位个]")
VILLAGERS_AFTER = re.compile(r"的?(?:农民|村民|农户|贫困户|脱贫户|群众|党员)")


def described_topic_of_figure(text: str, mentions: Sequence[LocalityMention], offset: int) -> Place | None:
    """投资1000万元的者苗乡八中村渭标油茶基地,: a figure inside the description of a clause's topic is the topic's."""
    clause_start = max(text.rfind(c, 0, offset) for c in "，,。；;！!？?\n：:") + 1
    ordered = sorted(mentions, key=lambda m: m.start)
    first = next((m for m in ordered if m.start > offset), None)
    if first is None:
        return None
    end = chain_end(ordered, first)
    if COUNT_BEFORE.fullmatch(text, offset, first.start) and VILLAGERS_AFTER.match(text, end.end):
        return end.place  # 6名南荒地村的农民成立了合作社: the count counts that village's people
    if "的" not in text[offset : first.start]:
        return None
    return end.place if is_described_topic(text, clause_start, first.start, end.end) else None


# 颍上县等18个贫困县, 姚邵村等100个村, 盐池县、红寺堡区9个贫困县区: a count that closes a list of places counts a set
# the listed places only belong to.
COUNTED_SET = re.compile(
    r"[\d一二两三四五六七八九十百千万.]+\s?个?[\u4e00-\u9fff“”]{0,10}?(县|区|市|乡|镇|村|社区|街道)"
)
UNREAD_EXAMPLE = re.compile(r"[\u4e00-\u9fff]{1,5}[村居]等")
SET_NOUNS = {
    "prefecture": ("市",),
    "county": ("县", "区", "市"),
    "zone": ("区",),
    "township": ("乡", "镇", "街道"),
    "village": ("村",),
    "community": ("社区",),
}


def counts_listed_places(text: str, ordered: Sequence[LocalityMention], offset: int) -> list[LocalityMention] | None:
    """The places of the list a count at `offset` closes (颍上县等18个贫困县 → [颍上县]), or None when the figure does
    not count places printed right before it."""
    before = [m for m in ordered if m.end <= offset]
    counted = COUNTED_SET.match(text, offset)
    if not before or counted is None:
        return None
    last = before[-1]
    level = last.place.level
    gap = text[last.end : offset]
    if UNREAD_EXAMPLE.fullmatch(gap) and counted.group(1) in SET_NOUNS["village"]:
        return [last]  # 夹河乡姚邵村等100个村: an example the reader did not resolve, within the last place read
    if gap not in ("等", "") or counted.group(1) not in SET_NOUNS.get(level, ()):
        return None  # 某县2个乡镇: the county's own townships, not a set the county belongs to
    listed = [last]
    for m in reversed(before[:-1]):
        between = text[m.end : listed[-1].start]
        if m.place.level == level and len(between) <= 8 and all(c not in "。；;！!？?\n" for c in between):
            listed.append(m)
        elif m.place.level != level and m.end == listed[-1].start:
            continue  # 阜阳市|颍东区: a parent printed before a listed place
        else:
            break
    return listed


# 凤城市东南部的边门镇, 县城北面的某村: a part of the place named by its direction, before 的.
DIRECTION_PART = re.compile(r"(?:[东西南北中]{1,2}(?:部|端|面|边|侧)?)?的")


def possessed_chain_end(text: str, ordered: Sequence[LocalityMention], end: LocalityMention) -> LocalityMention:
    """林芝市的察隅县上察隅镇岗藏村, 凤城市东南部的边门镇: a place within the one before 的 continues the printed
    chain."""
    part = DIRECTION_PART.match(text, end.end)
    if part is None:
        return end
    inner = next((n for n in ordered if n.start == part.end() and n.place.is_within(end.place)), None)
    return chain_end(ordered, inner) if inner is not None else end


def listed_total(text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None) -> Place | None:
    """颍上县等18个贫困县, 同心县、盐池县、红寺堡区9个贫困县区: a count closing a list of places of its own kind is
    the count of a larger set — the places' common parent, or for one named example the article's own place (or
    what it shares with it)."""
    listed = counts_listed_places(text, sorted(mentions, key=lambda m: m.start), offset)
    if not listed:
        return None
    places = list(dict.fromkeys(m.place for m in listed))
    if len(places) > 1:
        return common_parent(places)
    if default is not None and places[0].is_within(default):
        return default
    # an example outside the article's own place: the set reaches as far as both (or the example's parent)
    shared = common_parent([places[0], default]) if default is not None else None
    return shared or places[0].parent


def common_parent(places: list[Place]) -> Place | None:
    chains = [p.chain for p in places]
    shared = None
    for level_places in zip(*chains, strict=False):
        if all(p == level_places[0] for p in level_places):
            shared = level_places[0]
        else:
            break
    return shared
