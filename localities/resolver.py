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
from dataclasses import dataclass, field

from localities.clause_cues import chain_end as printed_chain_end
from localities.clause_cues import (
    common_parent,
    is_described_topic,
    listed_total,
    located_at,
    located_elsewhere,
    names_a_funder,
    possessed_chain_end,
    stationed_at,
    strip_note,
)
from localities.gazetteer.loader import get_gazetteer
from localities.place_grammar import DATELINE, in_dateline, is_hanzi, organisation_follows
from localities.place_index import scan, select, word_boundaries
from localities.resolution import ArticleState, PageResolver


@dataclass(frozen=True)
class Place:
    """One place as the database will hold it; ``parent`` makes the chain up to the province."""

    name: str  # as newspapers print it: 枣庄市, 山亭区, 水泉镇, 阳泉高新技术产业开发区
    level: str  # province|prefecture|county|zone|township|village|community
    code: str | None  # 12-digit official code, None when inferred from grammar only
    parent: Place | None
    verified: bool  # False when not in the gazetteer (inferred from grammar with a parent in the text)
    aliases: tuple[str, ...] = field(default=(), compare=False)  # long forms, short forms, OCR readings

    @property
    def chain(self) -> list[Place]:
        """Ancestors from the province down, ending with self."""
        chain: list[Place] = []
        node: Place | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    @property
    def full_name(self) -> str:
        return "".join(p.name for p in self.chain)

    def is_within(self, other: Place) -> bool:
        return any(p == other for p in self.chain[:-1])


@dataclass(frozen=True)
class LocalityMention:
    start: int  # offsets into the text it was found in
    end: int
    text: str  # exactly as printed (may be a short form 滕州 or an OCR variant)
    place: Place
    confidence: float
    dateline: bool = False  # names where a dateline was filed from (新华社哈尔滨电), not the report's subject


# 新疆日报讯, 湖北日报全媒记者, 广西新闻网: a place that names a newspaper or a station is where the outlet is,
# not what the text is about. It still helps read the page's other names, but is not a mention of its own.
OUTLET_AFTER = re.compile(r"(?:日报|晚报|新闻网|电视台|广播电视台|卫视|客户端|融媒体中心|网讯)")


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
        for m in sorted(article.mentions, key=lambda m: (m.start, m.end)):
            if m.place is None:
                continue
            if OUTLET_AFTER.match(article.text, m.end):
                homes[m.place] = None
                continue
            dateline = in_dateline(article.text, m.start, m.end)
            text = article.text[m.start : m.end]
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
    for m in ordered:
        counts[m.place] = counts.get(m.place, 0) + 1
    opening = current.place.chain
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


# A dash opens an appositive that names the subject of what follows: 他所在的“山药第一村”——西李村,种植山药…
CLAUSE_BREAKS = frozenset("，,。；;！!？?\n：:—")
SENTENCE_BREAKS = frozenset("。；;！!？?\n")
PARAGRAPH_BREAKS = frozenset("\n")
FULL_STOPS = frozenset("。！!？?\n")  # a semicolon joins clauses of one sentence
LEADING_NOISE = 3  # a clause may open with 在/全/该… before its subject


def _bounds(text: str, offset: int, breaks: frozenset[str]) -> tuple[int, int]:
    start = offset
    while start > 0 and text[start - 1] not in breaks:
        start -= 1
    end = offset
    while end < len(text) and text[end] not in breaks:
        end += 1
    return start, end


# 为杨家庄乡卫生院…: X is an object, not the actor; 销往宁夏, 赴某县: a destination is not the actor either.
# 来自某县的957户, 从县城颠簸了60多公里: where people, goods or a journey come from is not the actor either.
NOT_SUBJECT = frozenset("为向对与和同跟给把将让被帮助距离据经由以往赴从自")
DESCRIPTOR = re.compile(r"[\u4e00-\u9fff]{0,4}(?:村|镇|乡|街道|社区|区|县|市)$")  # 省定贫困村|泥沟镇邵里村


# “韭菜村”宁安市渤海镇龙泉村有…: a quoted label before the place is an epithet of the subject, not a lead.
QUOTED_LABEL = re.compile(r"^[“\"][^”\"，,。]{1,12}[”\"]")

# Who visits a place at the opening of a report; 记者走进某村 is about the village as much as 走进某村 is.
REPORTER = re.compile(r"^(?:记者|笔者|采访组|调研组)(?:一行)?|^图为")  # 图为某区村民…: a caption's subject
# 刘小英来自偏远的山段村, 家住某村: a person's home village (a name or pronoun, then the verb of origin).
HOME_LEAD = re.compile(r"[\u4e00-\u9fff](?:来自|家住|家在|出生于|出生在)(?:[\u4e00-\u9fff]{0,4}的)?$")


def _is_subject(text: str, mention: LocalityMention) -> bool:
    """Does `mention` open its clause, allowing a short lead (在, 今年, 省定贫困村) but not a preposition, and not
    a dateline (本报邹城讯 reports from a city; the clause after it names the actor)?"""
    clause_start, _ = _bounds(text, mention.start, CLAUSE_BREAKS)
    # a closing quote too: “……。”某村村民某某说 opens on the speaker's village once the quotation has ended
    lead = strip_note(text[clause_start : mention.start].lstrip(" \u3000▲□"))
    lead = QUOTED_LABEL.sub("", lead).lstrip(" \u3000▲□“”\"'")
    dateline = DATELINE.match(lead)
    if dateline is not None:  # 本报瑞金讯 走进瑞金市…: the clause after the dateline opens with its own words
        lead = lead[dateline.end() :].lstrip(" \u3000")
    lead = REPORTER.sub("", lead)  # 记者走进巴河镇秀巴村: the reporter only leads the reader to the subject
    if mention.place.level in FOCUS_LEVELS and HOME_LEAD.search(lead):
        return True  # 车衣工刘小英来自偏远的仙下乡山段村: a person introduced by their village, whose story follows
    if lead.endswith("本报") or any(c in NOT_SUBJECT for c in lead) or DEIXIS.match(lead):
        return False
    if not all(is_hanzi(c) for c in lead):
        return False
    return len(lead) <= LEADING_NOISE or DESCRIPTOR.fullmatch(lead) is not None


def _clause_subject(text: str, mentions: Sequence[LocalityMention], start: int, end: int, limit: int) -> Place | None:
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
        if not _is_subject(text, m) and not is_described_topic(text, start, m.start, chain_end.end):
            continue
        if names_a_funder(text, chain_end.end):
            continue  # 深圳市援藏资金投入…: the donor, not the place the figure is about
        located = (
            located_at(text, ordered, chain_end)
            or stationed_at(text, ordered, chain_end)
            or located_elsewhere(text, ordered, chain_end)
        )
        if located is not None:
            return located
        listed = [chain_end]
        for n in ordered:
            between = text[listed[-1].end : n.start]
            if n.start > listed[-1].end and between[:1] == "、" and len(between) <= 6 and "，" not in between:
                listed.append(n)  # 杨峪村、萧沟村、等驾庄村: an unrecognised item in between does not end the list
        if len(listed) > 1:
            return common_parent([x.place for x in listed]) or chain_end.place
        return chain_end.place
    return None


# 全区/该镇 point back to a place of that level, and so does 村里/镇里/州里 — but not 乡村里/城市里, nor a
# destination (距市里3公里, 到镇里办事).  各村/各社区 is distributive: every place of that level, not one of them.
# 全组/全屯 are a villagers' group's or hamlet's own; 全场/农场 a state farm's or forest farm's (龙镇农场…农场负责人
# 介绍,今年农场全面推广…) — but not a 家庭农场 (a family farm is a business, not the farm the article is about).
# 村集体 opening a clause is the village's own collective (去年村集体经济收入…), never a hamlet's or the county's;
# 各村集体/120个村集体 are every village of a larger scope, 农村集体经济 the countryside's as a whole.
SCOPE_WORD = re.compile(
    r"(?:全|该|本|我)(省|州|市|区|县|旗|镇|乡|街道|村|社区|组|屯|场)"
    r"|(?<![乡城都距离到去进回往])(州|市|区|县|旗|镇|乡|村|社区)里"
    r"|(?<!家庭)(?<!个人)(农场|林场|牧场)(?![主工])"
    r"|(?<![乡城各个农])(村)集体"
)


LOCAL_SCOPES = ("村", "镇", "乡", "社区", "街道")

# 这里/这儿 opening a clause points back to the place the text has just described (走进某村…。这里是…).
DEIXIS = re.compile(r"[ \u3000“]?(?:这里|这儿|当地)")

# 占全市的40%, 高于全省, 稳居全省首位, 来自全县各乡镇: the scope word is the whole a share or comparison is taken
# of, or the origin of what the subject receives — the figure belongs to the subject, not to that scope.
NOT_SCOPE_OWNER = re.compile(r"[占比较于自从]|高出|超出|超过|领先|[位稳居]居|位列|名列|排名|排在|跻身")


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


def _scoped_place(
    text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None, homes: Sequence[Place] = ()
) -> Place | None:
    """全区共有… / 该镇… : a scope word opening the clause names the level; the place is the nearest one before
    it of that level (or the default's ancestor of that level), the article's own place when that is nearer home."""
    start, _ = _bounds(text, offset, CLAUSE_BREAKS)
    deixis = DEIXIS.match(text, start)
    if deixis is not None:  # 这里是山东省较大的…基地: 这里 is the place just described, the province a predicate
        before = [m for m in mentions if m.end <= deixis.start()]
        return max(before, key=lambda m: (m.end, -m.start)).place if before else None
    match = SCOPE_WORD.search(text, start, min(offset + 1, start + LEADING_NOISE + 3))
    if match is None:  # 民宿产业又带动本村及周边群众90人就业: 本村/该镇 point back wherever the clause prints them
        later = SCOPE_WORD.search(text, start, offset)
        if later is not None and later.group(0)[:1] in "本该" and later.group(1) in LOCAL_SCOPES:
            match = later
    if match is None or NOT_SCOPE_OWNER.search(text, start, match.start()):
        return None
    suffix = match.group(1) or match.group(2) or match.group(3) or match.group(4)
    if any(m.start <= match.start() < m.end for m in mentions):
        return None  # 荆竹村集体…: the 村 ends a printed name, whose clause the subject rule reads
    if match.group(0)[0] == "我" and any(m.start == match.end() for m in mentions):
        return None  # 我省湘西州某村、某市某村等9个村: 我省 only introduces the places after it, the subject rule reads
    for m in sorted((m for m in mentions if m.end <= match.start()), key=lambda m: -m.end):
        for place in reversed(m.place.chain):
            if place.name.endswith(suffix):
                return _part_named_after(mentions, match.end(), _home_at_level(place, default, suffix))
    if default is not None:
        for place in reversed(default.chain):
            if place.name.endswith(suffix):
                return _part_named_after(mentions, match.end(), place)
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


def _part_named_after(mentions: Sequence[LocalityMention], end: int, scope: Place) -> Place:
    """该村小溪组…: a place printed right after the scope word and lying within it narrows the scope to itself."""
    part = next((m.place for m in mentions if m.start == end and m.place.is_within(scope)), None)
    return part or scope


# 州里下达某县任务2万亩, 为某村拨付资金: the place a quota or fund is assigned to is whom the figure is about.
ALLOCATION = re.compile(r"(?:下达|分配|下拨|拨付|划拨|拨给|分解到|落实到)$")
# 向某镇选派干部180名, 向某村捐赠…: the same with the recipient put before the verb by 向.
SENT_TO = re.compile(r"(?:选派|派驻|派出|输送|捐赠|捐助|援助|拨付|下拨|划拨|下达|支援)")


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
    return None


def _clause_scope(
    text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None, homes: Sequence[Place] = ()
) -> Place | None:
    """What a clause's own wording says governs `offset`: the place a quota is assigned to, else its scope word."""
    start, _ = _bounds(text, offset, CLAUSE_BREAKS)
    target = _allocation_target(text, mentions, start, offset + 1, own_clause=True)
    return target or _scoped_place(text, mentions, offset, default, homes)


def _earlier_scope(
    text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None, homes: Sequence[Place] = ()
) -> Place | None:
    """去年,全区120个村…,收入超过30万元的村占比达到40%；农民人均收入…: a scope word (or an
    allocation target) in an earlier clause of the same sentence — a semicolon does not end it — still governs a
    clause that names no place; the nearest one wins.  A place opening a clause in between ends the search: in an
    earlier part of the paragraph it is the nearest subject and governs (该医院是教学医院。多年来,… still speaks of the
    hospital's city, not of the province that opened the paragraph); in the same clause group the sentence's own
    subject rule decides (None).  A scope word beyond the full stop is left to those rules too: 全市各镇要…。 is an
    exhortation, not the subject of the next sentence's figures."""
    clause_start, clause_end = _bounds(text, offset, CLAUSE_BREAKS)
    if _clause_subject(text, mentions, clause_start, clause_end, offset + 1) is not None:
        return None
    paragraph_start, _ = _bounds(text, offset, PARAGRAPH_BREAKS)
    sentence_start, _ = _bounds(text, offset, SENTENCE_BREAKS)
    full_sentence_start, _ = _bounds(text, offset, FULL_STOPS)
    end = clause_start - 1
    while end > paragraph_start:
        begin, _ = _bounds(text, end - 1, CLAUSE_BREAKS)
        target = _allocation_target(text, mentions, begin, end)
        if target is not None:
            return target
        subject = _clause_subject(text, mentions, begin, end, end)
        if subject is not None:
            return subject if end < sentence_start else None
        scoped = _scoped_place(text, mentions, end - 1, default, homes)
        if scoped is not None:
            return scoped if end >= full_sentence_start else None
        end = begin - 1
    return None


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
    listed = listed_total(text, mentions, offset, default)
    if listed is not None:
        return listed
    scoped = _clause_scope(text, mentions, offset, default, homes) or _earlier_scope(
        text, mentions, offset, default, homes
    )
    if scoped is not None:
        return scoped
    for breaks in (CLAUSE_BREAKS, SENTENCE_BREAKS, PARAGRAPH_BREAKS):
        start, end = _bounds(text, offset, breaks)
        subject = _clause_subject(text, mentions, start, end, offset + 1 if breaks is CLAUSE_BREAKS else offset)
        if subject is not None:
            return subject
    paragraph_start, _ = _bounds(text, offset, PARAGRAPH_BREAKS)
    if DEIXIS.match(text, paragraph_start):  # 当地引进…: a paragraph opening on 当地 goes on about that place
        referred = _scoped_place(text, mentions, paragraph_start, default, homes)
        if referred is not None:
            return referred
    return _focus_of_earlier_paragraphs(text, mentions, offset, default) or default


FOCUS_LEVELS = ("township", "village", "community")


def _focus_of_earlier_paragraphs(
    text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None
) -> Place | None:
    """A paragraph that names no place, nor a scope (全县), goes on about the village or township the nearest
    earlier paragraph opened on (在遵义市汇川区松林镇松林村,…。 / 当地引进公司,流转水田688亩…), when it lies inside
    the article's own place. A place named in passing (not opening its paragraph's first sentence), a list of
    villages (their township) or a place outside the article's (销往上海) is no change of subject; a table's rows
    speak for the table, not for the text."""
    if default is None:
        return None
    sentence_start, sentence_end = _bounds(text, offset, SENTENCE_BREAKS)
    line_start, line_end = _bounds(text, offset, PARAGRAPH_BREAKS)
    if SCOPE_WORD.search(text, sentence_start, sentence_end) or _is_table_line(text[line_start:line_end]):
        return None
    end = line_start - 1
    while end > 0:
        paragraph_start, _ = _bounds(text, end - 1, PARAGRAPH_BREAKS)
        paragraph_end = end
        place = _paragraph_subject(text, mentions, paragraph_start, paragraph_end)
        end = paragraph_start - 1
        if place is None:
            continue
        if place == default or default.is_within(place):
            return None  # the text came back to the article's own place, or above it
        hamlet = place.parent is not None and place.parent.level in FOCUS_LEVELS[1:]
        if place.level in FOCUS_LEVELS and not hamlet and place.is_within(default):
            return place
        if place.level in SECTION_LEVELS and _opens_paragraph(text, mentions, paragraph_start, paragraph_end, place):
            return place  # 本报讯 今年以来,木里…: a section that opens on another county goes on about it
    return None


SECTION_LEVELS = ("county", "zone", "township", "village", "community")


def _opens_paragraph(text: str, mentions: Sequence[LocalityMention], start: int, end: int, place: Place) -> bool:
    """Is `place` the subject of the first clause of the paragraph text[start:end] — the place a section or a
    new story opens on (not one its last sentence names in passing)?"""
    _, sentence_end = _bounds(text, start, SENTENCE_BREAKS)
    limit = min(sentence_end, end)
    if _clause_subject(text, mentions, start, limit, limit) != place:
        return False
    first = min((m.start for m in mentions if m.place == place and m.start >= start), default=limit)
    if "在" in text[start:first]:
        return False  # 肖丽原先在金坛城里上班: where a person was, not the place a section is about
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
        _, sentence_end = _bounds(text, cursor, SENTENCE_BREAKS)
        sentences.append((cursor, min(sentence_end, end)))
        cursor = sentence_end + 1
    for begin, stop in sentences[:1] + sentences[:0:-1]:
        subject = _clause_subject(text, mentions, begin, stop, stop)
        if subject is not None:
            return subject
    return _resident_home(text, mentions, start, end)


# 亚火村村民巴绒, 某村党支部书记某某: a person introduced by the village they live in or serve.
RESIDENT = re.compile(
    r"(?:村民|居民|农民|农户|贫困户|脱贫户|种植户|养殖户|党支部书记|党总支书记|支书|村主任|主任|妇女主任)"
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
