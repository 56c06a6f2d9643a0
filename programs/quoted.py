"""Quoted program names: “码上西岗”, “智慧西岗”公众号, “一家人”党建引领社会治理品牌.

Chinese newspapers put local brand names in quotation marks, but they quote slogans, metaphors and
jargon just as often (“好环境”, “二维码”, “三个确保”). A quoted phrase is taken as a program only when the
grammar around it says so:

- a program head noun follows the closing quote within a short noun phrase (“聚智”模式, “1+94”公共服务下沉体系);
- a launching verb precedes it and a clause boundary follows (建设“码上西岗”,);
- the quoted phrase is itself built like a program (“六大增收工程”) or a financial product (“扶贫特惠保”);
- a mechanism or team head follows it in a clause that founds it (建立“网格员+十户长”工作机制), or a lone place
  word follows it right after a launching verb (打造“五美”乡村);
- it is a formula of three or more short nouns (“村集体+合作社+农户”, “稻米+民俗+旅游”): the way newspapers
  name a local development model, whatever words surround it;
- a launching verb precedes it and 等 follows (培育“红枫义警”等平安类社会组织): the first of a kind of thing
  the place built, named by its brand;
- a coined phrase helps a development goal (重庆“村企共建”助脱贫), as headlines name a local measure.

Quoted facilities (‘周村果蔬基地’), a sector's offices (“农口”系统) and brands counted as a list stay out.
A quotation the layout broke over a line (often a blank one) is read as one (“村集体+ / 合作社+农户”).

Numbered slogans (三个确保, 六有, 一站式) pass only with a strong head (“五化”工作法) or a ``+`` formula
(“9+2改革攻坚行动”), and enumerations (“路平、灯亮、水美”) never do.
"""

from __future__ import annotations

import re

from programs.candidates import Candidate, inside_book_title
from programs.canonical import national_aliases, national_program_for
from programs.formulas import read_ocr_plus
from programs.plan_titles import quotation_names_a_plan
from programs.quoted_context import EVENT_WORDS, named_by_its_context
from programs.vocabulary import is_dictionary_word

CJK = "\u4e00-\u9fff"


# Heads that, right after a quoted phrase, make it the name of an initiative. Strong heads name the
# program itself; weak heads name a channel or attribute of it (公众号, 称号, 系统) and are enough for
# an ordinary quoted name but not for a numbered slogan (“一站式”结算系统 is not a program).
STRONG_HEADS = (
    "工作法", "工程", "行动", "计划", "模式", "品牌", "体系", "建设", "制度", "专项整治", "工作室", "战略",
    "改革", "创建",  # “三变”改革, “放管服”改革; “五星”支部创建, “全国文明城市”创建
    "改造",  # “平改坡”改造, “煤改气”改造: a coined renovation programme, like a reform
)  # fmt: skip
# 工作 is deliberately absent: “...”工作 follows any quoted phrase.
# Descriptor heads name a channel or attribute and never belong to the program's name (see `_name_needs_head`).
DESCRIPTOR_HEADS = ("活动", "公众号", "称号", "系统", "平台", "认证", "政策", "工作队")
# A demonstration title right after a quoted field (“智慧农业”示范点, “全国一村一品”示范村) is the designation a
# place was given; a numbered slogan before it (“五好”乡村振兴示范村) is only the title's criteria.
DESIGNATION_HEADS = ("示范点", "示范村", "示范户")
WEAK_HEADS = (*DESCRIPTOR_HEADS, *DESIGNATION_HEADS, "项目", "服务", "座谈")
# Heads that name a program only when the clause founds it: 建立“网格员+十户长”工作机制, 组建“平安东城”志愿者
# 队伍 are new local initiatives, while 完善“指挥棒+专班”工作机制 or a team merely mentioned are not.
FOUNDED_HEADS = ("机制", "队伍", "服务队", "志愿队")
_FOUNDING_VERB_RE = re.compile(r"建立|组建|成立|推行|实行|构建|创新|探索|创设|首创|打造")
# 服务 after a descriptor names a kind of service (“彝汉双语”便民服务), not a brand: only “...”服务 itself counts.
_BARE_ONLY_HEADS = ("服务",)
# A place word right after a quoted descriptor names a model the clause builds: 打造“五美”乡村.
_PLACE_HEADS = ("乡村", "村庄", "庭院", "家园")

# A quoted phrase ending like this is a program whatever follows it (“六大增收工程”, “倍增计划”).
_SELF_HEADS = ("工程", "行动", "计划", "工作法", "模式", "品牌", "战略", "课堂")
# Financial products and insurance schemes are named 贷/保 (“富民生产贷”, “扶贫特惠保”).
_PRODUCT_ENDINGS = ("贷", "保")

# Verbs that start or build a program (开展“百企帮百村”, 建设“码上西岗”). Verbs that adopt a way of working
# (推行“容缺受理”, 设立“企业服务专员”) are left out: what follows them is usually a mechanism or a post.
_LAUNCH_VERB_RE = re.compile(
    r"(?:实施|开展|启动|创建|打造|建设|推出|购买|入选|举办|开通|上线|争创|培育|建立|组建|成立|掀起)(?:了|出|起)?$"
)
_NUMBERED = re.compile(r"^[一二三四五六七八九十两0-9]")
# 四查四补, 三清两建 (一格一档, 一村一品 say "one per", a rule of thumb, not a campaign)
_PAIRED_COUNTS = re.compile(rf"[二三四五六七八九十两][{CJK}][二三四五六七八九十两][{CJK}]")
_PROJECT_HEADS = ("工程", "计划", "行动")
_PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")
_COUNTED_THINGS = re.compile(rf"[一二三四五六七八九十两百千0-9]+[大项个类条][{CJK}]{{2,}}")
_COUNT_ONLY = re.compile(rf"[一二三四五六七八九十两百千0-9]+[大项个条]?(?:{'|'.join(_SELF_HEADS)})")
_IDIOM = re.compile(r"^应(.)尽\1$")  # 应保尽保, 应享尽享: policy idioms, not products
_ADJECTIVAL_ENDINGS = ("式", "化", "型", "性")
# Words between the quote and a head that show the head belongs to something else (“...”系列文体活动, “八抓八提升”措施
# 高效推进……建设: the measures of a clause that builds something else); a count
# there makes the head a class the quotation is one of (骆屯“某某”三个果蔬品牌: a list of brands, not a programme).
_TAIL_BREAKS = re.compile(
    r"[的和与及等或为是在将把被让使向对从到已]|[一二三四五六七八九十两0-9]+[个项种类家]|系列|同时|正在|开工|全面|不断|积极|进一步|加快|"
    r"措施|举措|推进|推动"
)
# Weak heads must sit close to the quote: “智慧西岗”公众号, not “双联”互动精细化服务.
_WEAK_TAIL_MAX = 6
# Numbered phrases need their strong head right after the quote: “五化”工作法, not “两委”包保联系网格制度.
_NUMBERED_TAIL_MAX = 4
_QUOTE_RE = re.compile(r"“([^“”\n]{2,24})”|‘([^‘’\n]{2,20})’|“([^“”\n]{1,23})\n[\s\u3000]{0,4}?([^“”\s]{1,23})”")
# A quotation broken over a line is joined only when it is as short as a name and holds no sentence end.
_BROKEN_QUOTE_MAX = 24
_SENTENCE_END = re.compile(r"[。!！?？;；:：]")
# Three or more short nouns joined by + name a development or governance model (“党支部+合作社+农户”). Actors
# and sectors are printed as two- or three-character nouns; four-character parts are usually verb phrases
# describing a principle (“政府引导+市场运作+社会参与”), which count only with a head noun after the quote.
_FORMULA_RE = re.compile(rf"[{CJK}]{{2,3}}(?:[+＋][{CJK}]{{2,3}}){{2,}}")
# A region's or a product's brand is a label under which goods are sold (区域公共品牌, 农产品商标品牌), not a
# programme; a service or governance brand (“太好办”服务品牌) is one.
PRODUCT_BRAND_HEADS = ("公共品牌", "公用品牌", "区域品牌", "商标品牌", "产品品牌", "农业品牌")
# “万元地”种植模式: a way of farming after a quoted name describes how that programme farms; the name stays bare so
# the programme is one row with its “万元地”工程.
_FARMING_WAY = re.compile(r"(?:种植|养殖|种养|栽培|生产|经营)模式$")
# “农口”系统, “政法”系统: an ordinary word before 系统 names a sector and its offices, not a product of a programme.
_SECTOR_HEADS = ("系统",)
# ‘周村果蔬基地’: a quoted place of production or trade is a facility the clause built, not a programme.
_FACILITY_ENDINGS = ("基地", "园区", "产业园", "大棚", "工厂", "厂", "市场", "超市", "中心", "合作社", "公司")
# Market measures after a head show the head is a modifier of them (品牌价值, 品牌影响力), not a program's head.
_HEAD_MODIFIES = ("价值", "影响力", "知名度", "溢价", "估值")
_PAIR_FORMULA_RE = re.compile(rf"[{CJK}]{{2,3}}[+＋][{CJK}]{{2,3}}")
# A count plus open slots (“3+X”, “4+1+X”) is how a province names a policy framework: a fixed set of priorities
# plus local choices.  Printed without a province before it, the same shape usually labels a team or an org chart
# (组成“1+N”互助组, 搭建“5+N”管理架构), so it counts only after 某省/全省/省级 (see _province_before).
_COUNT_FORMULA_RE = re.compile(r"[0-9]{1,2}(?:[+＋](?:[0-9]{1,2}|[XNＸＮxn]))*[+＋][XNＸＮxn]")
# A label made of digits only (“1+10”, “2251”, “1 1 1 n”) codes the parts of a rule or mechanism; before 制度 or
# 机制 it names a way of working, and before 战略 a county's list of priorities (“5+3”发展战略), not a programme
# (before 体系, 模式 or 建设 it may name one: “1+94”公共服务下沉体系).
_DIGIT_CODE = re.compile(r"[0-9][0-9+＋\s NnXxＮＸ]*")
_RULE_HEADS = ("制度", "机制", "战略")
_CLAUSE_END = set(",，。;；:：!！?？、)）\n")
_CLAUSE_MARKS = (",", "，", "。", ";", "；", "!", "！", "?", "？", "\n")


def quoted_program_candidates(text: str) -> list[Candidate]:
    """Quoted phrases that name a program, with the head noun that follows them in the printed span."""
    found = []
    for match in _QUOTE_RE.finditer(text):
        content = match.group(1) or match.group(2) or _joined_quote(match.group(3), match.group(4))
        if content is None:
            continue
        content = read_ocr_plus(content)  # “公司十合作社十农户”: OCR's 十 for +
        quote_start, quote_end = match.span()
        if inside_book_title(text, quote_start):
            if quotation_names_a_plan(text, content, quote_end):
                found.append(Candidate(quote_start, quote_end, content, national=False, confidence=0.65))
            continue
        if "+" not in content and _FORMULA_THEN_OF.search(text, max(0, quote_start - 30), quote_start):
            continue  # “企业+合作社+贫困户”的“三位一体”模式: a second name for the model the formula names
        head = _head_after(text, quote_start, quote_end)
        confidence = _program_confidence(text, content, quote_start, quote_end, head)
        if confidence is None:
            confidence = named_by_its_context(text, content, quote_start, quote_end, head, _is_programme)
        if confidence is None:
            continue
        end = quote_end + len(head)
        if head and text.startswith(_HEAD_MODIFIES, end):
            continue  # “赣南脐橙”品牌价值: the head qualifies a market measure, so the quote names a product
        if head.endswith("建设") and head[: -len("建设")].endswith(_FACILITY_ENDINGS):
            continue  # “芯谷里”现代农业示范基地建设: the building of a facility named by the quotation
        if head.endswith("品牌") and _names_a_place(text, content):
            continue  # “毛卜喇”品牌羊肉 beside 毛卜喇村: a brand named after the place its goods come from
        if head.endswith(PRODUCT_BRAND_HEADS):
            continue  # “云和云居·六头民宿”区域公共品牌: a label for a region's products, not a programme
        if head.endswith(DESIGNATION_HEADS) and _names_a_national_programme(content):
            continue  # “全国一村一品”示范村镇: the model villages of a national programme, reported as that programme
        name_text = content + head if head and _name_needs_head(content, head) else content
        if _FARMING_WAY.search(head):
            name_text = content  # “万元地”种植模式: how the programme farms, the programme itself is “万元地”
        province = _province_before(text, quote_start)
        found.append(Candidate(quote_start, end, name_text, False, confidence, province=province, quoted=content))
    return found


# What a place's name ends in where the page prints it in full (毛卜喇村, 永昌县).
_PLACE_NAME_ENDINGS = "村镇乡县"


def _names_a_place(text: str, content: str) -> bool:
    """Whether the page prints `content` as a place's name elsewhere (毛卜喇 -> 毛卜喇村)."""
    return re.search(re.escape(content) + f"[{_PLACE_NAME_ENDINGS}]", text) is not None


def _names_a_national_programme(content: str) -> bool:
    """Whether a national programme's name is printed inside `content` (全国一村一品 holds 一村一品)."""
    return any(alias in content for alias, record in national_aliases().items() if not record.quoted_only)


# (a short modifier may come between: “党组织+龙头企业+合作社+农户+基地”的产业党建“皇菊模式”)
_FORMULA_THEN_OF = re.compile(r"“[^“”\n]*[+＋][^“”\n]*”的[^\W的之]{0,8}$")


def _is_programme(text: str, content: str, start: int, end: int) -> bool:
    """Whether the quotation “content” at text[start:end] is itself a programme's name (national or local)."""
    if national_program_for(content) is not None:
        return True
    closing = start + len(content) + 2
    return _program_confidence(text, content, start, closing, _head_after(text, start, closing)) is not None


# 陕西省“3+X”特色产业, 全省“三变”改革: a province printed right before the quotation runs the program, whatever
# place the sentence is about (the county only takes part in it).
_PROVINCE_BEFORE = re.compile(rf"(?:(?P<name>[{CJK}]{{2}})省|全省|省级)$")


def _province_before(text: str, start: int) -> str | None:
    """The province printed right before a quotation opening at `start` ("" for 全省/省级, whose province is the
    page's), or None.  Two characters are kept: nearly every province is named by two before 省."""
    match = _PROVINCE_BEFORE.search(text, max(0, start - 3), start)
    if match is None:
        return None
    return match.group("name") or ""


def _joined_quote(before: str, after: str) -> str | None:
    """The content of a quotation broken over a line break, or None when it reads as two pieces of prose."""
    joined = before.strip() + after
    if len(joined) > _BROKEN_QUOTE_MAX or _SENTENCE_END.search(joined):
        return None
    return joined


def _head_after(text: str, start: int, position: int) -> str:
    """The shortest noun phrase after the closing quote at `position` that ends in a head, extended to the
    longest adjacent head ('服务' + '模式'); empty when none ends within ten characters.  `start` is where the
    quote opens: founded and place heads depend on the verb before it."""
    run = re.match(rf"[{CJK}]{{1,14}}", text[position:])
    if not run:
        return ""
    words = run.group()
    # Founded and place heads are weaker evidence: an ordinary word before them (“红黑榜”机制) is a descriptor.
    coined = not is_dictionary_word(text[start + 1 : position - 1])
    if words in _PLACE_HEADS:  # the place word alone ends the phrase: 打造“五美”乡村, not “一红一绿”乡村振兴格局
        return words if coined and _LAUNCH_VERB_RE.search(text[max(0, start - 4) : start]) else ""
    breaks = _TAIL_BREAKS.search(words)
    if breaks:
        words = words[: breaks.start()]
    founded = coined and _FOUNDING_VERB_RE.search(text[_clause_start(text, start) : start]) is not None
    strong = weak = ""
    for length in range(1, min(len(words), 14) + 1):
        tail = words[:length]
        if tail.endswith(STRONG_HEADS):
            strong = tail
        elif length > _WEAK_TAIL_MAX:
            continue
        elif tail.endswith(WEAK_HEADS):
            if tail in _BARE_ONLY_HEADS or not tail.endswith(_BARE_ONLY_HEADS):
                weak = tail
        elif founded and tail.endswith(FOUNDED_HEADS):
            weak = tail
    # A strong head wins even when a weak one follows it: “三资”专项整治工作 is a 专项整治.
    return strong or weak


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` begins (after the last comma or full stop)."""
    return max(text.rfind(mark, 0, position) for mark in _CLAUSE_MARKS) + 1


def _program_confidence(text: str, content: str, start: int, end: int, head: str) -> float | None:
    """How sure we are that the quoted `content` names a program, or None when it does not."""
    strong_head = head.endswith(STRONG_HEADS) or head in _PLACE_HEADS
    # Enumerations (“路平、灯亮”) and chains of command (“街道党工委—社区党委—网格党支部”) are not names.
    if (re.search(r"[、。—―－]", content) and not _parallel_name(content, head)) or _IDIOM.match(content):
        return None
    if EVENT_WORDS.search(head) or EVENT_WORDS.search(content):
        return None
    if head in _SECTOR_HEADS and is_dictionary_word(content):
        return None
    adjectival = content.endswith(_ADJECTIVAL_ENDINGS) and not content.endswith(_SELF_HEADS)  # 模式 ends in 式
    if adjectival and not (strong_head and len(head) <= _NUMBERED_TAIL_MAX):
        return None
    if _COUNT_ONLY.fullmatch(content) and text[max(0, start - 1) : start] == "等":
        # 甲、乙等“九大行动”: the count sums up the measures the sentence lists (alone, “五大工程” names a package)
        return None
    if _COUNTED_THINGS.fullmatch(content) and not content.endswith(_SELF_HEADS) and len(head) > _NUMBERED_TAIL_MAX:
        return None  # “七大产业集群”主导扶贫产业体系: a count of sectors, the head far away belongs to the sentence
    if _PLAN_PERIOD.fullmatch(content):
        return None  # “十三五”计划, “十四五”期间: a five-year plan's period, not a programme
    if _DIGIT_CODE.fullmatch(content) and head.endswith(_RULE_HEADS):
        return None  # “1+10”党员联系户制度, “2251”管护机制: a work mechanism labelled by a code of digits
    if ("," in content or "，" in content) and not head:
        return None
    # A two-character numbered word (两委, 六有) reaches a strong head only right after the quote; longer
    # phrases (“一家人”党建引领社会治理品牌) are names that merely start with a numeral.
    numbered_ok = strong_head and (len(head) <= _NUMBERED_TAIL_MAX or len(content) >= 3)
    # A numbered phrase that a clause founds as a mechanism or team (推行“十户联防”机制) is coined, not a slogan,
    # once it is as long as a name.
    founded_ok = len(content) >= 4 and head.endswith(FOUNDED_HEADS)
    # 实施“八七扶贫攻坚”: a numbered name as long as a title that a clause puts in place is the programme's name.
    # (a figure in digits opens a measure instead: 打造“15分钟品质生活圈”).
    launched = _launched_before(text, start)
    launched_name = len(content) >= 5 and launched and not content[0].isdigit()
    # 常态化开展“四查四补”: two counted actions paired (四跟四走, 三清两建) are a campaign's name once launched;
    # 启动“三西”扶贫开发计划: so is a short numbered word that a launched project head completes.
    paired = launched and _PAIRED_COUNTS.fullmatch(content) is not None
    launched_project = launched and head.endswith(_PROJECT_HEADS)
    numbered_fine = numbered_ok or founded_ok or launched_name or paired or launched_project
    numbered_fine = numbered_fine or "+" in content or content.endswith(_SELF_HEADS)
    if _NUMBERED.match(content) and not numbered_fine:
        return None
    if _NUMBERED.match(content) and launched_name and not head:
        return 0.6
    if head:
        return 0.8 if strong_head else 0.7
    if len(content) >= 4 and content.endswith(_SELF_HEADS):
        return 0.75
    if len(content) >= 3 and content.endswith(_PRODUCT_ENDINGS):
        return 0.65
    if _FORMULA_RE.fullmatch(content):
        return 0.65
    if _COUNT_FORMULA_RE.fullmatch(content) and _province_before(text, start) is not None:
        return 0.65
    before = text[max(0, start - 4) : start]
    if _PAIR_FORMULA_RE.fullmatch(content) and (_FOUNDING_VERB_RE.search(before) or _LAUNCH_VERB_RE.search(before)):
        # 推行“网格+楼长”管理: a two-part model is named as such only when the clause puts it in place.
        return 0.6
    followed_by_boundary = end >= len(text) or text[end] in _CLAUSE_END
    # 培育“红枫义警”等平安类社会组织: the quoted brand is the first example of what the clause built
    followed_by_boundary = followed_by_boundary or text[end] == "等"
    if content.endswith(_FACILITY_ENDINGS):
        return None
    if followed_by_boundary and launched and len(content) >= 4 and not is_dictionary_word(content):
        return 0.6
    return None


# 重点项目建设“满弓劲发”: 建设 after the works it builds is a noun, the subject the quotation praises, not a verb
# putting the quoted thing in place.
_WORKS_BUILT = re.compile(r"(?:项目|工程)建设$")


# 打造多种类型“共富工坊”, 培育一批“…”: how many of the launched kind, printed between the verb and the quotation.
_KINDS_LAUNCHED = re.compile(
    r"(?:多种类型|各种类型|多种|各类|一批|一系列|[0-9一二三四五六七八九十两百]+[个家处座批])的?$"
)


def _launched_before(text: str, start: int) -> bool:
    """Whether a launching verb is printed right before the quotation opening at `start` (how many of its kind
    may stand between them)."""
    kinds = _KINDS_LAUNCHED.search(text, max(0, start - 6), start)
    start = kinds.start() if kinds else start
    before = text[max(0, start - 4) : start]
    return _LAUNCH_VERB_RE.search(before) is not None and _WORKS_BUILT.search(before) is None


def _parallel_name(content: str, head: str) -> bool:
    """Whether `content` is a two-part parallel name (千村示范、万村整治) that a project head right after the
    quote makes one program: “千村示范、万村整治”工程, …”专项行动.  Longer enumerations stay lists of goals."""
    parts = content.split("、")
    return (
        len(parts) == 2
        and len(parts[0]) == len(parts[1]) >= 3
        and head.endswith(("工程", "行动", "计划"))
        and len(head) <= _NUMBERED_TAIL_MAX  # “千企结千村、消灭薄弱村”专项行动: a qualified head is still right there
        and not re.search(r"[。—―－]", content)
    )


def _name_needs_head(content: str, head: str) -> bool:
    """Whether the head belongs to the program's name.

    Project heads are part of the name (“绿满家园”建设工程, “新面孔”计划); a short quoted word needs its
    head to be a name at all (“聚智”模式 -> 聚智模式); descriptor heads (公众号, 称号, 系统, 活动) never do, nor does a
    bare 建设: “两区”建设 is the building of the programme “两区”.
    """
    if head == "建设":
        return False
    if head.endswith(("工程", "计划", "行动", "工作法", "工作室", *DESIGNATION_HEADS)):
        return True
    return len(content) <= 3 and not head.endswith(DESCRIPTOR_HEADS)
