"""Scope words and allocation targets: a clause that names its place indirectly (全区, 该镇, 下达某县, 向某村捐赠).

Kept apart from the resolver because these rules read a clause's wording rather than its subject position: the
level a scope word names, the place it points back to, and the recipient a quota or fund is assigned to — within
the clause, or carried over from an earlier clause of the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localities.base_reference import base_referred_to
from localities.clause_cues import chain_end, common_parent
from localities.clause_subject import (
    CLAUSE_BREAKS,
    DEIXIS,
    FULL_STOPS,
    LEADING_NOISE,
    PARAGRAPH_BREAKS,
    SENTENCE_BREAKS,
    bounds,
    clause_subject,
    names_several_villages,
)
from localities.places import LocalityMention, Place

# 全区/该镇 point back to a place of that level, and so does 村里/镇里/州里 — but not 乡村里/城市里, nor a
# destination (距市里3公里, 到镇里办事).  各村/各社区 is distributive: every place of that level, not one of them.
# 全组/全屯 are a villagers' group's or hamlet's own; 全场/农场 a state farm's or forest farm's (龙镇农场…农场负责人
# 介绍,今年农场全面推广…) — but not a 家庭农场 (a family farm is a business, not the farm the article is about).
# 州级财政/省级财政 安排资金: the budget of that level is the prefecture's or province's own (县级财政 is left out: in
# a report on a prefecture it is its counties' budgets together, not one county's).
# 村集体 opening a clause is the village's own collective (去年村集体经济收入…), never a hamlet's or the county's;
# 各村集体/120个村集体 are every village of a larger scope, 农村集体经济 the countryside's as a whole.
# 村中有3家企业 is the village's like 村里; 乡政府又利用…资金, 2022年镇政府投资… are that level's own (a government
# printed alone, not ending a name such as 五台县政府, which the subject rule reads).
SCOPE_WORD = re.compile(
    r"(?:全|该|本|我|(?=[省州市]级财政))(省|州|市|区|县|旗|镇|乡|街道|村|社区|组|屯|场)"
    r"|(?<![乡城都距离到去进回往])(州|市|区|县|旗|镇|乡|村|社区)里"
    r"|(?<!家庭)(?<!个人)(农场|林场|牧场)(?![主工])"
    r"|(?<![乡城各个农])(村)集体"
    r"|(?<![乡城农山])(村)中(?![国华央学小])"
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[年日又]))(乡|镇|县|区|旗)(?:人民)?政府"
)


LOCAL_SCOPES = ("村", "镇", "乡", "社区", "街道")

# 占全市的40%, 高于全省, 稳居全省首位, 来自全县各乡镇: the scope word is the whole a share or comparison is taken
# of, or the origin of what the subject receives — the figure belongs to the subject, not to that scope.
# 在全市率先实现, 全省首个, 全县第一: the scope word names the field the subject leads, not who owns the figures.
RANKED_WITHIN = re.compile(r"(?:范围内)?(?:率先|领先|首[个家批位]|第一|前列|排名|名列)")
# 2015年全县…, 去年以来该镇…: a date opening the clause comes before the subject's own short lead.
DATE_LEAD = re.compile(r"[ \u3000]*(?:\d{4}年(?:\d{1,2}月)?|今年|去年|前年|近年|近几年)(?:以来|来|底|初|末)?")
# 接到本市及邻县种粮大户…的订单: the scope word names where what the subject receives comes from.
NOT_SCOPE_OWNER = re.compile(r"[占比较于自从]|高出|超出|超过|领先|[位稳居]居|位列|名列|排名|排在|跻身|[接收]到|承接")


def owned_scope_in(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a scope word that owns its clause's figures (not 占全市的, not 接到本市…的订单)?"""
    for match in SCOPE_WORD.finditer(text, start, end):
        clause_start, _ = bounds(text, match.start(), CLAUSE_BREAKS)
        if not NOT_SCOPE_OWNER.search(text, clause_start, match.start()):
            return True
    return False


def _in_a_predicate(text: str, mention: LocalityMention) -> bool:
    """某区…,是广西主要蔗糖产区之一。该区…: a place printed after 是 in its clause describes the subject (the field
    it ranks in); 该 points back to a place the text spoke about, not to one of its predicates."""
    clause_start, _ = bounds(text, mention.start, CLAUSE_BREAKS)
    return text[clause_start : mention.start].lstrip(" \u3000").startswith(("是", "也是", "系"))


def _home_at_level(candidate: Place, default: Place | None, suffix: str) -> Place:
    """全市 after an incidental mention of the prefecture (某镇是某某市首批试点…全市) still means the article's own
    county-level city: when the nearest place of that suffix is an ancestor of the home place's own place of that
    suffix, the home one is meant."""
    if default is None:
        return candidate
    home = next((place for place in reversed(default.chain) if place.name.endswith(suffix)), None)
    if home is not None and home.is_within(candidate):
        return home
    return candidate


def scoped_place(
    text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None, homes: Sequence[Place] = ()
) -> Place | None:
    """全区共有… / 该镇… : a scope word opening the clause names the level; the place is the nearest one before
    it of that level (or the default's ancestor of that level), the article's own place when that is nearer home."""
    start, _ = bounds(text, offset, CLAUSE_BREAKS)
    deixis = DEIXIS.match(text, start)
    if deixis is not None:  # 这里是山东省较大的…基地: 这里 is the place just described, the province a predicate
        before = [m for m in mentions if m.end <= deixis.start()]
        return max(before, key=lambda m: (m.end, -m.start)).place if before else None
    dated = DATE_LEAD.match(text, start)
    lead_start = dated.end() if dated is not None and dated.end() <= offset else start
    match = SCOPE_WORD.search(text, start, min(offset + 1, lead_start + LEADING_NOISE + 3))
    if match is None:  # 民宿产业又带动本村及周边群众90人就业: 本村/该镇 point back wherever the clause prints them
        later = SCOPE_WORD.search(text, start, offset)
        if later is not None and later.group(0)[:1] in "本该" and later.group(1) in LOCAL_SCOPES:
            match = later
    if match is None or NOT_SCOPE_OWNER.search(text, start, match.start()):
        return None
    if RANKED_WITHIN.match(text, match.end()):
        return None  # 在全市率先实现…: the whole the subject is ranked in, not whose figures follow
    if match.group(4):
        wider_subject = _wider_subject_before(text, mentions, match.start())
        if wider_subject is not None:
            return wider_subject
        match = _wider_scope_before(text, mentions, match) or match
    suffix = next(group for group in match.groups() if group)
    if any(m.start <= match.start() < m.end for m in mentions):
        return None  # 荆竹村集体…: the 村 ends a printed name, whose clause the subject rule reads
    if match.group(0)[0] == "我" and any(m.start == match.end() for m in mentions):
        return None  # 我省湘西州某村、某市某村等9个村: 我省 only introduces the places after it, the subject rule reads
    referents = mentions
    if match.group(0)[0] == "该":
        referents = [m for m in mentions if not _in_a_predicate(text, m)]
    level_place = place_of_level(referents, match.start(), default, suffix)
    if level_place is not None:
        return _part_named_after(mentions, match.end(), level_place)
    # 新疆日报讯…全区, 某某日报…我市: nothing before names that level, so it is the paper's own home
    at_home = {place for home in homes for place in home.chain if place.name.endswith(suffix)}
    if len(at_home) == 1:
        return _part_named_after(mentions, match.end(), at_home.pop())
    if match.group(0)[0] in "我本":  # 深入我市8个观察点…金华市委: the writer's own place, named further on
        for m in sorted((m for m in mentions if m.start >= match.end() and not m.dateline), key=lambda m: m.start):
            named = [place for place in m.place.chain if place.name.endswith(suffix)]
            if named:
                return named[-1]
    return None


def place_of_level(
    mentions: Sequence[LocalityMention], before: int, default: Place | None, suffix: str
) -> Place | None:
    """The place of the level `suffix` names (镇, 县…) that a word of that level printed at `before` means: the
    nearest printed place of that level (or holding one) before it, else the default's of that level."""
    for m in sorted((m for m in mentions if m.end <= before), key=lambda m: -m.end):
        for place in reversed(m.place.chain):
            if place.name.endswith(suffix):
                return _home_at_level(place, default, suffix)
    if default is not None:
        for place in reversed(default.chain):
            if place.name.endswith(suffix):
                return place
    return None


WIDER_THAN_VILLAGE = ("镇", "乡", "街道", "县", "区", "市", "旗", "州", "省")


def _wider_scope_before(text: str, mentions: Sequence[LocalityMention], village_word: re.Match) -> re.Match | None:
    """今年该乡实施的村集体产业项目32个,预计村集体经营性收入…: once the sentence has named a township's (or a
    county's) scope, a later 村集体 is that scope's village collectives together, not the last village printed
    before the sentence — unless a village is named after the wider scope word."""
    sentence_start, _ = bounds(text, village_word.start(), FULL_STOPS)
    wider = [
        m
        for m in SCOPE_WORD.finditer(text, sentence_start, village_word.start())
        if m.group(1) in WIDER_THAN_VILLAGE and m.group(0)[0] in "全该本我"
    ]
    if not wider:
        return None
    last = wider[-1]
    if any(last.end() <= m.start < village_word.start() for m in mentions):
        return None
    return last


VILLAGE_LEVELS = ("village", "community")


def _wider_subject_before(text: str, mentions: Sequence[LocalityMention], village_word: int) -> Place | None:
    """“十二五”以来,榆阳区把…作为重中之重,…,村集体经济迅速发展壮大,相继成立了404个…: a sentence whose subject is a
    county (or a township) speaks of its village collectives together with a later 村集体, not of the last village
    printed before the sentence — unless a village is named between that subject and the word."""
    sentence_start, _ = bounds(text, village_word, FULL_STOPS)
    subject = None
    cursor = sentence_start
    while cursor < village_word:
        _, clause_end = bounds(text, cursor, CLAUSE_BREAKS)
        found = clause_subject(text, mentions, cursor, min(clause_end, village_word), min(clause_end, village_word))
        if found is not None:
            subject = found
        cursor = clause_end + 1
    if subject is None or subject.level in VILLAGE_LEVELS:
        return None
    if any(sentence_start <= m.start < village_word and m.place.level in VILLAGE_LEVELS for m in mentions):
        return None
    return subject


def _part_named_after(mentions: Sequence[LocalityMention], end: int, scope: Place) -> Place:
    """该村小溪组…: a place printed right after the scope word and lying within it narrows the scope to itself."""
    part = next((m.place for m in mentions if m.start == end and m.place.is_within(scope)), None)
    return part or scope


# 州里下达某县任务2万亩, 为某村拨付资金: the place a quota or fund is assigned to is whom the figure is about; so is
# the place a firm or office helps (某集团帮扶某村建设的650千瓦电站).
ALLOCATION = re.compile(r"(?:下达|分配|下拨|拨付|划拨|拨给|分解到|落实到|帮扶|援建)$")
# 向某镇选派干部180名, 向某村捐赠…: the same with the recipient put before the verb by 向.
SENT_TO = re.compile(r"(?:选派|派驻|派出|输送|捐赠|捐助|援助|拨付|下拨|划拨|下达|支援)")


# 党群工作部为, 农业农村局为, 某公司为: an office or firm doing something for the place printed next.
OFFICE_DOING_FOR = re.compile(r"(?:部|局|委|办|厅|公司|集团|银行|中心)为$")
CENTRED_ON = re.compile(r"为(?:核心|中心|重点|主体|龙头)")


def _allocation_target(
    text: str, mentions: Sequence[LocalityMention], start: int, limit: int, own_clause: bool = False
) -> Place | None:
    """The place printed right after an allocation verb between `start` and `limit`, most specific of its chain;
    in the figure's `own_clause` also the place a clause opening on 为 is done for (it does not carry over to the
    next clause: 为某乡招聘10人，为14个村配备… is not about that township any more)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in ordered:
        if not start <= m.start < limit:
            continue
        target = m
        for n in ordered:  # 下达某县某镇: the chain's most specific member
            if n.start == target.end and n.place.is_within(target.place):
                target = n
        if ALLOCATION.search(text, start, m.start):
            return target.place
        if text[m.start - 1 : m.start] == "向" and SENT_TO.match(text, target.end):
            return target.place
        if own_clause and text[start : m.start].strip(" \u3000") == "为":
            return target.place  # 为某乡卫生院招聘10名医护人员: the clause is done for the place it opens on
        if own_clause and OFFICE_DOING_FOR.search(text, start, m.start):
            return target.place  # 某区党群工作部为某村合作社购买鱼苗700余斤: what an office does for a village
        if own_clause and CENTRED_ON.match(text, target.end) and text[m.start - 1 : m.start] == "以":
            return target.place  # 形成了以鸡东县为核心6个林场4.6万亩的基地: the place the figures centre on
    return None


# 入驻鸡西市鸡东县, 落户某镇, 扎根于某村: where a firm or project has settled.
SETTLED = re.compile(r"(?:入驻|进驻|落户|落地|扎根|迁入|选址)(?:在|于|到)?$")


def settled_in(text: str, mentions: Sequence[LocalityMention], start: int, end: int) -> Place | None:
    """The place (most specific of its printed chain) a firm settled in, printed right after 入驻/落户… between
    `start` and `end`."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in ordered:
        if start <= m.start < end and SETTLED.search(text, start, m.start):
            settled = chain_end(ordered, m)
            others = [n for n in ordered if n.start > settled.end and text[settled.end : n.start] in ("和", "、", "及")]
            if others:  # 选址于五华县横陂镇和河东镇: a site over two townships is their county's
                return common_parent([settled.place, chain_end(ordered, others[0]).place])
            return settled.place
    return None


def clause_scope(
    text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None, homes: Sequence[Place] = ()
) -> Place | None:
    """What a clause's own wording says governs `offset`: the place a quota is assigned to, else its scope word."""
    start, _ = bounds(text, offset, CLAUSE_BREAKS)
    target = _allocation_target(text, mentions, start, offset + 1, own_clause=True)
    return target or scoped_place(text, mentions, offset, default, homes)


# 在该县扶贫资金的帮助下, 在某镇党委的带动下: a frame naming a helper; the clause after it has its own subject.
HELPER_FRAME = re.compile(
    r"[ \u3000]*在[^，,。；;\n]{1,24}?(?:帮助|帮扶|支持|扶持|带动|推动|引领|指导|资助|协助|关心|关怀)下[ \u3000]*"
)


def earlier_scope(
    text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None, homes: Sequence[Place] = ()
) -> Place | None:
    """去年,全区120个村…,收入超过30万元的村占比达到40%；农民人均收入…: a scope word (or an
    allocation target) in an earlier clause of the same sentence — a semicolon does not end it — still governs a
    clause that names no place; the nearest one wins.  A place opening a clause in between ends the search: in an
    earlier part of the paragraph it is the nearest subject and governs (该医院是教学医院。多年来,… still speaks of the
    hospital's city, not of the province that opened the paragraph); in the same clause group the sentence's own
    subject rule decides (None).  A scope word beyond the full stop is left to those rules too: 全市各镇要…。 is an
    exhortation, not the subject of the next sentence's figures."""
    clause_start, clause_end = bounds(text, offset, CLAUSE_BREAKS)
    if clause_subject(text, mentions, clause_start, clause_end, offset + 1) is not None:
        return None
    paragraph_start, _ = bounds(text, offset, PARAGRAPH_BREAKS)
    sentence_start, _ = bounds(text, offset, SENTENCE_BREAKS)
    full_sentence_start, _ = bounds(text, offset, FULL_STOPS)
    end = clause_start - 1
    while end > paragraph_start:
        begin, _ = bounds(text, end - 1, CLAUSE_BREAKS)
        if HELPER_FRAME.fullmatch(text, begin, end):
            end = begin - 1
            continue  # 在该县扶贫资金的帮助下,: who helped, not whose figures follow
        target = _allocation_target(text, mentions, begin, end)
        if target is not None:
            return target
        settled = settled_in(text, mentions, begin, end)
        if settled is not None and end >= full_sentence_start:
            return settled  # 这家企业自2017年入驻鸡东县以来,…,目前已形成年产…1500吨: the firm's figures are there
        subject = clause_subject(text, mentions, begin, end, end)
        if subject is not None:
            if end < sentence_start and names_several_villages(text, mentions, paragraph_start, sentence_start):
                return None  # a paragraph of examples: the sentence's and the paragraph's own subject decide
            if end >= sentence_start:
                return None
            # 今年以来,大平乡…。“按照基地和公司签订的收购合同…”: a base referred to since then is the figure's
            return base_referred_to(text, mentions, end, offset, subject) or subject
        scoped = scoped_place(text, mentions, end - 1, default, homes)
        if scoped is not None:
            return scoped if end >= full_sentence_start else None
        end = begin - 1
    return None
