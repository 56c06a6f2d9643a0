"""Find named programs (initiatives, campaigns, projects, brands, mechanisms) in page text.

Three sources of evidence, from most to least certain:

1. national programs from the curated vocabulary (乡村振兴, 雪亮工程, 枫桥经验 ...), matched with their aliases;
2. quoted names that the surrounding grammar marks as a program: a head noun right after the closing quote
   (“智慧西岗”公众号, “聚智”模式), a launching verb right before it (建设“码上西岗”,), or a name that is itself
   built like a program (“六大增收工程”, “扶贫特惠保”);
3. unquoted noun phrases ending in a program head (工程/行动/计划/模式 ...) right after a launching verb
   (实施网格员素质能力提升工程) or national designations (国家现代农业示范区).

Local programs are found, never listed: the grammar above is what recognises them. Numbered slogans
(三个确保, 四个强化), document titles in 《》 and generic words (二维码, 网格员) are rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from programs.candidates import Candidate, inside_book_title
from programs.canonical import (
    canonical_program_name,
    national_aliases,
    national_program_for,
    national_program_province,
)
from programs.counted import counted_candidates
from programs.epithets import epithet_candidates
from programs.formulas import unquoted_formulas
from programs.honours import honour_candidates
from programs.plan_titles import plan_title_candidates
from programs.quoted import PRODUCT_BRAND_HEADS, quoted_program_candidates
from programs.regions import region_candidates
from programs.unwrapping import printed_span, unwrap
from programs.vocabulary import is_dictionary_word

CJK = "\u4e00-\u9fff"


@dataclass(frozen=True)
class ProgramMention:
    """One place where the text names a program."""

    start: int
    end: int
    text: str
    name: str
    national: bool
    confidence: float
    # The province running a provincial program or conferring a provincial title (千万工程 -> 浙江, 贵州省甲级乡村
    # 旅游村寨 -> 贵州); "" when the text says only 省级.  Such mentions are `national` too: never run by a place
    # named near them.
    province: str | None = None


def find_programs(text: str) -> list[ProgramMention]:
    """All program mentions in `text`, ordered by position, never overlapping.

    Where candidates overlap the longer (more specific) one wins, so 精准扶贫台儿庄模式 is one local
    program rather than a mention of 精准扶贫.  The finders read the text with column wraps removed (see
    `programs.unwrapping`); spans are given in the printed text.
    """
    printed = text
    text, offsets = unwrap(printed)
    candidates = [
        *_national_candidates(text),
        *quoted_program_candidates(text),
        *_pattern_candidates(text),
        *honour_candidates(text),
        *counted_candidates(text),
        *region_candidates(text),
        *plan_title_candidates(text),
        *epithet_candidates(text),
    ]
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), -c.confidence, c.start)):
        if any(cand.start < end and start < cand.end for start, end in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    mentions = []
    names_of_quotations = _one_name_per_quotation(chosen)
    for cand in sorted(chosen, key=lambda c: c.start):
        name = names_of_quotations.get(cand.quoted) or canonical_program_name(cand.name_text)
        national = cand.national or national_program_for(cand.name_text) is not None
        province = cand.province if cand.province is not None else national_program_province(name)
        start, end = printed_span(offsets, cand.start, cand.end)
        mentions.append(
            ProgramMention(
                start=start,
                end=end,
                text=printed[start:end],
                name=name,
                national=national,
                confidence=cand.confidence,
                province=province,
            )
        )
    return mentions


def _one_name_per_quotation(chosen: list[Candidate]) -> dict[str, str]:
    """The name of each local programme printed in quotation marks, taken from its first printing: one quotation
    with different heads (“半亩田”行动, “半亩田”增收行动; “万元地”工程, “万元地”种植模式) is one programme."""
    names: dict[str, str] = {}
    for cand in sorted(chosen, key=lambda c: c.start):
        if cand.quoted and not cand.national and national_program_for(cand.name_text) is None:
            names.setdefault(cand.quoted, canonical_program_name(cand.name_text))
    return names


# --- national vocabulary -------------------------------------------------------------------------------------


def _national_regex() -> re.Pattern[str]:
    aliases = sorted(national_aliases(), key=len, reverse=True)
    return re.compile("|".join(re.escape(alias) for alias in aliases))


_NATIONAL_RE: re.Pattern[str] | None = None


def _national_candidates(text: str) -> list[Candidate]:
    """Curated national programs, with their quotation marks and a trailing 战略 kept in the printed span."""
    global _NATIONAL_RE
    if _NATIONAL_RE is None:
        _NATIONAL_RE = _national_regex()
    table = national_aliases()
    found = []
    for match in _NATIONAL_RE.finditer(text):
        record = table[match.group()]
        start, end = match.span()
        quoted = start > 0 and text[start - 1] in "“‘「" and end < len(text) and text[end] in "”’」"
        if record.quoted_only and not quoted:
            continue
        if record.listed_only and not quoted and not _listed_among_programmes(text, start, end):
            continue
        if (
            record.launched_only
            and not quoted
            and not _RUN_BY_VERB_BEFORE.search(text, max(0, start - 5), start)
            and not _listed_among_programmes(text, start, end)
        ):
            continue
        if quoted:
            start, end = start - 1, end + 1
        if text.startswith("战略", end):
            end += len("战略")
        elif _run_into_a_thing(text, end, quoted):
            continue
        found.append(Candidate(start, end, match.group(), national=True, confidence=0.95))
        campaign = _SEASONAL_CAMPAIGN.match(text, end)
        if campaign is not None:  # 脱贫攻坚春季攻势: the province's campaign of the season, a programme of its own
            found.append(Candidate(start, campaign.end(), text[start : campaign.end()], national=False, confidence=0.7))
    return found


# A season's or a hundred days' push of a national programme, printed right after its name.
_SEASONAL_CAMPAIGN = re.compile(
    r"(?:春季|夏季|秋季|冬季|冬春|春夏|夏秋|秋冬|百日)(?:攻势|战役|会战|大会战|攻坚战|攻坚|行动)"
)


# A strategy that is a national programme only when a clause runs it (推进全域旅游发展; 全域旅游格局 describes a
# place): the launching verbs, 发展 (发展全域旅游), and the verbs that enrol a person in a scheme (申请了低保).
_RUN_BY_VERB_BEFORE = re.compile(
    r"(?:实施|推进|推动|启动|推行|发展|创建|打造|深化|开展|做强|做优|纳入|享受|申请|领取|办理)了?$"
)
# An enumeration's members are separated by 、 and the enumeration ends at a clause mark (or at 等).
_ENUMERATION_BOUNDARY = re.compile(r"[,，。;；:：!！?？\n]|等")
_LIST_REACH = 40


def _listed_among_programmes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a member of an enumeration (甲、乙、丙) another member of which is a national
    programme: 打造集绿化、美丽庭院、城乡环卫一体化、厕所革命…… lists 美丽庭院 among the campaigns it runs."""
    first = max((m.end() for m in _ENUMERATION_BOUNDARY.finditer(text, max(0, start - _LIST_REACH), start)), default=0)
    first = max(first, start - _LIST_REACH)
    after = _ENUMERATION_BOUNDARY.search(text, end, end + _LIST_REACH)
    last = after.start() if after else min(len(text), end + _LIST_REACH)
    own_start = text.rfind("、", first, start) + 1 or first
    own_end = text.find("、", end, last)
    own_end = last if own_end == -1 else own_end
    if own_start == first and own_end == last:
        return False  # no enumeration mark around it: not a member of a list
    others = text[first : max(first, own_start - 1)] + "、" + text[min(own_end + 1, last) : last]
    return any(_plainly_national(member) for member in others.split("、"))


def _plainly_national(member: str) -> bool:
    """Whether an enumeration's member holds a national programme's name that counts wherever it is printed
    (厕所革命 of 厕所革命于一体的新村 closing the list, 乡村振兴 of 激发乡村振兴新动能)."""
    if _NATIONAL_RE is None:
        return False
    records = (national_aliases()[match.group()] for match in _NATIONAL_RE.finditer(member))
    return any(not (record.launched_only or record.quoted_only or record.listed_only) for record in records)


# A national name run on into a product or facility names that thing, not the program: 数字乡村驾驶舱 is a
# dashboard, 乡村振兴助农直播间 a live-stream room, 全民健身中心 a building.
_PRODUCT_HEADS = (
    "驾驶舱", "平台", "系统", "大屏", "小程序", "公众号", "专区", "专栏", "直播间", "展厅", "展馆", "馆", "驿站",
    "超市", "商城", "学院", "学校", "讲堂", "公司", "基金会", "研究院", "协会", "联盟", "产业园", "综合体", "数据库",
    "中心", "服务站", "广场", "一张图", "地图", "码", "APP", "App", "app",
    "指挥部", "办公室",  # 福建援疆泉州分指挥部: the office that runs a programme is an organisation
)  # fmt: skip
# “一带一路”美丽乡村论坛, 共同富裕高峰论坛: a gathering named after programmes is an event, quoted names included.
_EVENT_HEADS = ("论坛", "峰会", "博览会", "研讨会")
# 新型城镇化体系, 美丽乡村景观: a system or a view printed right after the name is that thing, not a mention of
# the program (a fund is not: 稻谷目标价格补贴资金 is the subsidy's money, paid under the program).
_ADJACENT_HEADS = ("体系", "景观")
# Words that end the noun phrase before a product head: a verb or a conjunction starts a new phrase
# (推进乡村振兴搭建平台 is about 乡村振兴).
_PRODUCT_RUN_BREAKS = re.compile(
    r"[的和与及等、为]|搭建|建设|打造|构建|建立|开发|上线|推出|成立|建成|提供|依托|通过|利用|借助"
)
_PRODUCT_RUN_MAX = 8


def _run_into_a_thing(text: str, end: int, quoted: bool) -> bool:
    """Whether a national name ending at `end` runs on into a product or an event's name (quoted: an event's only,
    the quotation marks close the programme's own name before a product head)."""
    if quoted:
        return not text.startswith(_ADJACENT_HEADS, end) and _names_a_product(text, end, _EVENT_HEADS)
    return _names_a_product(text, end, (*_PRODUCT_HEADS, *_EVENT_HEADS))


def _names_a_product(text: str, end: int, heads: tuple[str, ...]) -> bool:
    """Whether the characters right after a national name continue it into the name of a product, a facility or
    an event (one of `heads`)."""
    if text.startswith(_ADJACENT_HEADS, end):
        return True
    run = re.match(rf"[{CJK}A-Za-z]{{1,{_PRODUCT_RUN_MAX}}}", text[end:])
    if not run:
        return False
    words = run.group()
    breaks = _PRODUCT_RUN_BREAKS.search(words)
    if breaks:
        words = words[: breaks.start()]
    return any(_ends_in_a_head(words, length, heads) for length in range(1, len(words) + 1))


def _ends_in_a_head(words: str, length: int, heads: tuple[str, ...]) -> bool:
    """Whether words[:length] ends in one of `heads`; a one-character head (码, 馆) does not end there when it and
    the next character make one word (码头 is a wharf: 美丽乡村建设安徽省白洋码头……公司 names no QR code)."""
    head = next((head for head in heads if words[:length].endswith(head)), None)
    if head is None:
        return False
    return len(head) > 1 or length == len(words) or not is_dictionary_word(words[length - 1 : length + 1])


# --- unquoted pattern names ------------------------------------------------------------------------------------

# Verbs that launch or run a program; a program head right after one of them names a program
# (实施……工程, 开展……行动, 探索……模式), while the same head after other words is usually generic.
_LAUNCH_VERBS = "实施|开展|推进|启动|推行|推广|打造|创建|探索|深化|参与|形成|构建|建设|推动|创新|组织|举办"
# 试点: 实施扶贫到户资金使用机制试点工作 — a pilot a clause launches is a programme with its own rules and funds.
# 品牌 is not among them: unquoted, 打造龙州坚果品牌 or 打造农产品特色品牌 is a label for goods; a service brand is
# printed quoted (“太好办”服务品牌, see programs.quoted).
_HEADS = "工程|行动|计划|工作法|模式|工作室|乡村建设|示范区建设|改革|试点"
_PATTERN_RE = re.compile(
    rf"(?:{_LAUNCH_VERBS})(?:了|出|起)?(?:(?:{_LAUNCH_VERBS})(?:了|出)?)?"
    rf"(?P<name>[{CJK}0-9+]{{2,12}}?(?P<head>{_HEADS}))"
)
# 通过党支部领办合作社模式, 采取电商扶贫模式: a model the clause works through is named as one, like a model it
# launches (the verbs of adoption are weaker evidence for other heads: 通过……制度 is a rule, not a programme).
_ADOPTED_MODEL_RE = re.compile(rf"(?:通过|采取|采用|依托|按照|借助)(?P<name>[{CJK}]{{4,12}}?(?P<head>模式))")
# 推进生态畜牧业建设, 开展清廉乡村建设: what a clause sets out to build, when it is a kind of place or sector rather
# than a generic object of construction (基础设施建设, 长效机制建设, 产业基地建设, 清廉文化建设) or an ideology's
# aim (社会主义建设).
_BUILT_RE = re.compile(rf"(?:{_LAUNCH_VERBS})(?:了)?(?P<name>[{CJK}]{{3,10}}?(?P<head>建设))")
_GENERIC_BUILT_END = re.compile(
    r"(?:设施|基地|园|园区|机制|格局|品牌|文化|体系|队伍|能力|项目|工程|制度|阵地|平台|中心|网络|道路|公路|产业|"
    r"经济|文明|组织|班子|作风|基础|城市|城镇|水利|交通|化|标准|规范|法治|党风|廉政|人才|设计|规划|工作|主义)$"
)
# A listed program closing an enumeration: 义仓物资派送、圆梦行动等.
_LISTED_RE = re.compile(rf"、(?P<name>[{CJK}]{{2,10}}?(?P<head>工程|行动|计划))等")
# East-West pairing programs are named by the two provinces' one-character abbreviations: 闽宁协作 (Fujian and
# Ningxia), 沪滇协作, 粤桂协作, 鲁渝扶贫协作.  Each is a branch of the national 东西部协作 programme.
_PROVINCE_ABBREVIATIONS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新"
_PAIRING_RE = re.compile(
    rf"(?<![{_PROVINCE_ABBREVIATIONS}])(?P<a>[{_PROVINCE_ABBREVIATIONS}])(?!(?P=a))[{_PROVINCE_ABBREVIATIONS}]"
    r"(?:对口)?(?:扶贫)?协作"
)
# 开展孝善养老:各镇(街)均成立理事会……: a run-in heading that opens a paragraph with a launching verb and a colon
# names the measure the paragraph describes.
_RUN_IN_HEADING_RE = re.compile(
    rf"^[ \t\u3000]*(?:开展|推广|实施|探索|创新|推行|启动|深化|创建)(?P<name>[{CJK}]{{2,8}})[:：]", re.MULTILINE
)
_NATIONAL_DESIGNATION_RE = re.compile(rf"国家[{CJK}]{{2,12}}?(?:试验区|示范区|示范县|示范市|试点县)")
# 创建农业绿色发展示范区, 以建设环首都扶贫攻坚示范区为发展定位: a demonstration zone a place sets out to become or
# builds is a designation it competes for or holds, whatever its modifier (发展 included, unlike the heads above).
# (建成 is left out: 力争建成……示范区 states an aim.)
_COUNT_AFTER = re.compile(r"[0-9一二三四五六七八九十两]+[个处座片]")
_COMPETED_DESIGNATION_RE = re.compile(rf"(?:创建|争创|创成|建设)(?P<name>[{CJK}]{{4,12}}?示范(?:区|县|市|园))")

# Modifiers that make a head generic: 民生工程, 小区治理模式, 乱贴乱画整治行动, 年度目标考核计划, 技术模式, and a
# way of farming (生态高效生产模式, 立体种植模式) describes how, it names nothing.
_GENERIC_MODIFIER_END_RE = re.compile(
    r"(?:民生|民心|重点|治理|管理|运营|运行|供给|服务|发展|经营|工作|整治|专项|合作|"
    r"联建|改造|系列|各项|一系列|有关|相关|这项|该项|此项|新|各类|这一|技术|考核|目标|年度|生产|种植|养殖|种养)$"
)
# Whole modifiers too generic to name anything on their own (探索项目模式, 实施帮扶计划).
_GENERIC_MODIFIERS = frozenset({"项目", "帮扶", "扶贫", "示范", "试点", "创新", "改革", "建设", "提升", "长效"})
# Characters that never occur inside a program name but do occur between a verb and a generic head.
_NOT_IN_NAME = re.compile(
    r"[的了与及等是在把将为对向由赴]|和(?!建设|利用|修复|治理)|[0-9一二三四五六七八九十两][个项条批]|获得|获批|成为|列入|纳入"
)
# 生态保护和建设工程: 和 joining two works inside a name is part of it; elsewhere it joins two phrases.
_MIN_REFORM_MODIFIER = 4
# 三大工程, 五个一工程, 十项行动: a count opens a numbered slogan; a place named with a numeral (三江源) does not.
_NUMBERED = re.compile(r"[一二三四五六七八九十两百千0-9]+(?:[个项大条批类级种张支件星好有化]|$)|[0-9]")
# A second launching verb inside the phrase means the regex spans a clause (创新思路打造多元化扶贫模式);
# at the very end of the modifier it is part of the name (美丽庭院创建行动).
_LAUNCH_VERB_INSIDE = re.compile(_LAUNCH_VERBS)
_UPGRADE_WORDS = re.compile(r"提质|提升|升级|提档|扩面|巩固")
# 实施设施农业二期工程: a phase of a construction project is a building job, not a programme.
_PHASE = re.compile(r"[一二三四五六七八九十0-9]期工程$")
# Characters that continue a compound past the head (工程师, 计划生育, 行动者): then the head is not a head.
_HEAD_CONTINUATIONS = set("师生者队款量书表单车部局处科学院")


def _pattern_candidates(text: str) -> list[Candidate]:
    found = []
    for regex, confidence in ((_PATTERN_RE, 0.6), (_ADOPTED_MODEL_RE, 0.55), (_LISTED_RE, 0.55)):
        for match in regex.finditer(text):
            name = match.group("name")
            start, end = match.span("name")
            if not _acceptable_pattern_name(text, name, match.group("head"), end):
                continue
            found.append(Candidate(start, end, name, national=False, confidence=confidence))
    for match in _BUILT_RE.finditer(text):
        name, (start, end) = match.group("name"), match.span("name")
        if _GENERIC_BUILT_END.search(name[: -len("建设")]) or not _acceptable_pattern_name(text, name, "建设", end):
            continue
        found.append(Candidate(start, end, name, national=False, confidence=0.55))
    for match in _RUN_IN_HEADING_RE.finditer(text):
        name = match.group("name")
        if not _NOT_IN_NAME.search(name) and not _NUMBERED.match(name) and name not in _GENERIC_MODIFIERS:
            found.append(Candidate(match.start("name"), match.end("name"), name, national=False, confidence=0.55))
    for start, end, formula in unquoted_formulas(text):  # 采取公司+合作社+农户模式
        found.append(Candidate(start, end, formula, national=False, confidence=0.6))
    for match in _PAIRING_RE.finditer(text):
        found.append(Candidate(match.start(), match.end(), match.group(), national=True, confidence=0.75))
    for match in _COMPETED_DESIGNATION_RE.finditer(text):
        name = match.group("name")
        if _COUNT_AFTER.match(text, match.end()):
            continue  # 建设江洲万亩棉花高产示范区1个: sites built by the number are works, not a designation
        if not _NOT_IN_NAME.search(name) and not inside_book_title(text, match.start()):
            found.append(Candidate(match.start("name"), match.end("name"), name, national=False, confidence=0.6))
    for match in _NATIONAL_DESIGNATION_RE.finditer(text):
        if not inside_book_title(text, match.start()):
            found.append(Candidate(match.start(), match.end(), match.group(), national=True, confidence=0.8))
    return found


def _acceptable_pattern_name(text: str, name: str, head: str, end: int) -> bool:
    if end < len(text) and text[end] in _HEAD_CONTINUATIONS:
        return False
    if _PHASE.search(name):
        return False
    if inside_book_title(text, end - 1):
        return national_program_for(name) is not None
    if national_program_for(name) is not None:
        return True
    # 组织村干部赴外省学习千万工程: the phrase ran from an earlier verb up to a national name, which is the mention.
    if any(national_program_for(name[cut:]) is not None for cut in range(1, len(name) - 3)):
        return False
    # 开展美丽乡村提质升级建设: a national programme's next stage is still that programme, found by its own name.
    if any(
        national_program_for(name[:cut]) is not None and _UPGRADE_WORDS.match(name, cut) for cut in range(2, len(name))
    ):
        return False
    if name.endswith(PRODUCT_BRAND_HEADS):
        return False  # 推进木里农特产品商标品牌建设: a label for goods, not a programme
    modifier = name[: -len(head)]
    if head == "乡村建设":
        return len(modifier) == 2
    if head == "改革" and len(modifier) < _MIN_REFORM_MODIFIER:
        return False  # 深化改革, 推进农村改革: reform in general; 实施农村旱厕改革 names one
    if len(modifier) < 2 or _NOT_IN_NAME.search(modifier) or _LAUNCH_VERB_INSIDE.search(modifier[:-2]):
        return False
    if modifier.endswith(("化", "式", "型", "性")):  # 多元化扶贫模式: a description, not a name
        return False
    if _NUMBERED.match(modifier):
        return False
    return not _GENERIC_MODIFIER_END_RE.search(modifier) and modifier not in _GENERIC_MODIFIERS
