"""Titles conferred on places: 获评全国乡村旅游重点村, 入选贵州省甲级乡村旅游村寨, 纳入省级乡土名品村.

A ministry's or a province's designation of model villages, towns and workshops is a named programme with its
own list, criteria and funding, and researchers follow it like one.  The grammar that marks it is general: an
award verb (获评, 入选, 纳入 ...) followed by one or more titles, each carrying the level that confers it
(全国, 国家级, 中国, 省级, 贵州省) and ending in the kind of place it is given to (村, 镇, 村寨, 工坊 ...).
Without a level prefix the phrase is usually a description (入选特色精品村 says what the village is), and a
list or catalogue (入选全国名特优新农产品名录) names products, not a programme.  Two more printings need no award
verb: a title printed whole in quotation marks, a year or batch and a province's short name included (“2018年全国
生态文化村”, “广东农房风貌提升名村”名单公布), and a designation the place is counted among (国家20个大型商品粮
基地之一).

Titles conferred by a city or county (市级, 县级) are left out: who confers them cannot be told from the text.
"""

from __future__ import annotations

import re

from programs.candidates import Candidate, inside_book_title
from programs.provinces import PROVINCES

CJK = "\u4e00-\u9fff"

# 通过(省级……示范村创建验收), 创建成, 建成: a place that passes the title's assessment or builds up to it holds it;
# 获得 a list of titles (获得全国产粮大县、全国生猪调出大县等荣誉) is given them.
_AWARD_VERBS = (
    r"被评为|被命名为|被授予|被认定为|获评|评为|入选|荣获|获批|纳入|列入|认定为|命名为|授予|跻身|创成|创建成|成功创建|"
    r"建成|通过|获得|列为|确定为|评定为|入围|上榜"
)
# A ministry publishing its list (公布2022年全国……亿元村名单) names the title just as an award does.
_LIST_VERBS = r"公布|公示|发布|印发"
# The years a title covers may be a span (2016—2018年度全国魔芋产业重点县).
_YEARS = r"[0-9]{4}(?:[—–\-~～至]{1,2}[0-9]{4})?年度?"
_BATCH = rf"(?:了)?(?:{_YEARS})?(?:首批|第[一二三四五六七八九十0-9]+批|新一批)?(?:{_YEARS})?"
_NATIONAL_LEVELS = r"全国|国家级|国家|中国"
# A province is printed in full (贵州省, 内蒙古自治区) or as 省级; short forms (贵州) are too ambiguous here.  The
# four municipalities directly under the State Council rank as provinces, so their titles are provincial too; they
# are the only cities of that rank (a prefecture's 市级 title is left out, see above).
_MUNICIPALITIES = r"北京市|天津市|上海市|重庆市"
_PROVINCIAL_LEVELS = rf"省级|全省|[{CJK}]{{2,3}}省|[{CJK}]{{2,8}}自治区|{_MUNICIPALITIES}"
# What a title is given to: the last characters of the title.
_PLACE_KINDS = (
    r"村|镇|乡|村寨|村落|村镇|乡镇|社区|街区|小镇|工坊|基地|之乡|县|示范区|示范点|示范园|产业园|园区|强镇|示范项目|"
    r"景区|度假区|公园|示范社|示范合作社|家庭农场|先行区|试验区|村庄"
)
# The village title of a town-and-village list printed right after the town's (全国特色产业十亿元镇亿元村名单).
_GLUED_VILLAGE = rf"(?![村镇乡])[{CJK}]{{1,5}}?村"
_GLUED_VILLAGE_RE = re.compile(rf"(?P<body>{_GLUED_VILLAGE})")
# What may close a title: a list's name (创建对象名单: the places designated to build towards the title), the next
# title of the same list printed without a separator (十亿元镇亿元村名单), 等 closing a list of titles, the count of
# titled places (建成省级乡村治理示范镇各1个), punctuation.
_TITLE_END = (
    r"(?:创建对象|创建单位|培育对象)?(?:名单|名录|称号|行列|序列)|(?:创建)?验收|等(?![级待同于])|"
    r"各?[0-9一二三四五六七八九十两]+[个家处座]|"
    r"[、和及,，。;；:：!！?？)）”\s]|$"
)
_TITLE_RE = re.compile(
    rf"(?P<level>{_NATIONAL_LEVELS}|{_PROVINCIAL_LEVELS})“?(?P<body>[{CJK}]{{2,14}}?(?:{_PLACE_KINDS}))"
    rf"(?=(?:(?<=镇){_GLUED_VILLAGE})?(?:{_TITLE_END}))"
)
_BARE_TITLE_RE = re.compile(rf"(?P<body>(?![村镇乡])[{CJK}]{{2,14}}?(?:{_PLACE_KINDS}))(?={_TITLE_END})")
# The size or count of what was built or listed may stand between the verb and the title (建成19.2万亩全国绿色食品
# 原料标准化生产基地, 创成3个省级……村): the title is still the one conferred.
_SIZE = r"(?:[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十两百千]+)[万千百]?(?:亩|个|家|处|座|公顷)"
_AWARD_RE = re.compile(rf"(?:{_AWARD_VERBS}){_BATCH}(?:{_SIZE})?")
_LIST_RE = re.compile(rf"(?:{_LIST_VERBS}){_BATCH}(?=[^,，。;；]{{4,30}}?名单)")
# A title may be printed in quotation marks (被评为“全国一村一品示范村”、……).
_OPEN_QUOTE, _CLOSE_QUOTE = "“「", "”」"
# 是省级现代农业全产业链典型县, 为国家级农业标准化示范项目, 是全国“耳菇之乡”, 成为全省蚕桑特色县: a place or
# product that *is* a titled one of a conferring level holds that title.
# The verb may open a clause after a comma (被誉为“…”,是国家级……基地县), and a city may be printed between it and a
# provincial level (是厦门市省级乡村振兴试点村: the city's village among the province's titled ones).  誉为, 称为 and
# 视为 praise or liken the place: no one confers that.
_IS_TITLED_RE = re.compile(
    rf"(?<=[{CJK},，])(?<![誉称视喻])[是为](?:[{CJK}]{{1,4}}市(?=省级))?(?=“?(?:{_NATIONAL_LEVELS}|省级|全省|国家级))"
)
# The national grading of scenic areas (国家A级旅游景区, printed AAA级景区, 4A级旅游景区, AA级乡村旅游型景区): one
# designation whatever the grade, named A级旅游景区.
# The grade may be printed without 级 (国家级4A景区, AAAA景区) but a lone A needs it (A级景区).
_GRADED_SCENIC_RE = re.compile(r"(?:国家级?)?(?:(?:[1-5]A|A{2,5})级?|A级)(?:乡村)?(?:旅游)?(?:型)?景区")
# Between two titles of one list: 全国乡村旅游重点村、贵州省甲级乡村旅游村寨 / 全国……村和吉林省……村.
_LIST_SEPARATOR = re.compile(r"[、和及]|以及")
# 是全国最大的蔬菜基地: a superlative or a 的-phrase describes the place; a title is a fixed name.
# A poverty label (省级贫困县, 深度贫困村, 省定贫困村) states the place's need, a status that is lifted, not a title.
_DESCRIPTION = re.compile(r"[的最第]|重要|主要|唯一|首个|较大|贫困")
_MAX_TITLES = 6
# The count of places holding a title, printed after it in a list (省级乡村治理示范镇各1个、……).
_COUNT_AFTER = re.compile(r"各?[0-9一二三四五六七八九十两]+[个家处座]")


def honour_candidates(text: str) -> list[Candidate]:
    """Titles awarded after an award verb, each with the level that confers it."""
    found = []
    for award in [*_AWARD_RE.finditer(text), *_LIST_RE.finditer(text), *_IS_TITLED_RE.finditer(text)]:
        position = award.end()
        level = None
        for _ in range(_MAX_TITLES):
            quoted = text[position : position + 1] in _OPEN_QUOTE
            position += quoted
            title = _TITLE_RE.match(text, position)
            graded = _GRADED_SCENIC_RE.match(text, position) if title is None else None
            if graded is not None:  # 创建成AAA级景区3个、省级旅游度假区1个: a graded scenic area opens the list
                listed = _COUNT_AFTER.match(text, graded.end()) or graded
                separator = _LIST_SEPARATOR.match(text, listed.end())
                if not separator:
                    break
                position = separator.end()
                continue
            if title is not None:
                level = title.group("level")
            elif level is not None:  # 省级乡村振兴示范乡镇、示范村: the list's later titles share its level
                title = _BARE_TITLE_RE.match(text, position)
            if not title or inside_book_title(text, title.start()) or _describes(title.group("body"), quoted):
                break
            found.append(titled_candidate(level, title.group("body"), title.start(), title.end()))
            glued = _GLUED_VILLAGE_RE.match(text, title.end()) if title.group("body").endswith("镇") else None
            if glued is not None and re.match(_TITLE_END, text[glued.end() :]):  # 十亿元镇亿元村名单
                found.append(titled_candidate(level, glued.group("body"), glued.start(), glued.end()))
                title = glued
            after = title.end() + (text[title.end() : title.end() + 1] in _CLOSE_QUOTE)
            after = counted.end() if (counted := _COUNT_AFTER.match(text, after)) else after
            separator = _LIST_SEPARATOR.match(text, after)
            if separator:
                position = separator.end()
            elif after > title.end() and text[after : after + 1] in _OPEN_QUOTE:
                position = after  # 荣获“中国最美休闲乡村”“全国文明村”: quoted titles printed one after another
            else:
                break
    for match in _GRADED_SCENIC_RE.finditer(text):
        found.append(Candidate(match.start(), match.end(), "A级旅游景区", national=True, confidence=0.7))
    found.extend(_quoted_titles(text))
    found.extend(_one_of_designated(text))
    found.extend(_plaque_titles(text))
    return found


# 为牌坊店村挂上了“乡村旅游度假点”的牌匾: the words on a plaque an office hangs on a place are the title it confers.
_PLAQUE_RE = re.compile(rf"“(?P<body>[{CJK}]{{2,14}})”的?(?:牌匾|匾额|铜牌)")


def _plaque_titles(text: str) -> list[Candidate]:
    """Titles printed on a plaque hung on the place that holds them."""
    return [
        Candidate(match.start(), match.end(), match.group("body"), national=False, confidence=0.7)
        for match in _PLAQUE_RE.finditer(text)
        if not inside_book_title(text, match.start())
    ]


# A province printed by its short name inside the quotation marks of a title (“广东农房风貌提升名村”): within a
# quoted title the short name is the conferring level, not a place the sentence is about.
_QUOTED_TITLE_RE = re.compile(
    rf"“{_BATCH}(?P<level>{_NATIONAL_LEVELS}|{_PROVINCIAL_LEVELS}|{PROVINCES})"
    rf"(?P<body>[{CJK}]{{2,14}}?(?:{_PLACE_KINDS}))[ \t]*”"
)


# “中国瓜子黄杨之乡” is as often praise (的美誉, 被誉为) as a title: quoted epithets are read in programs.epithets.
_EPITHET_KINDS = ("之乡",)


def _quoted_titles(text: str) -> list[Candidate]:
    """Titles printed whole in quotation marks, a year or a batch included (“2018年全国生态文化村”, “第一批国家森林
    乡村”, “广东改革开放示范百村”名单公布): the marks make a level and a kind of place one fixed name wherever the
    sentence prints it."""
    found = []
    for match in _QUOTED_TITLE_RE.finditer(text):
        body = match.group("body")
        if inside_book_title(text, match.start()) or _describes(body, quoted=True) or body.endswith(_EPITHET_KINDS):
            continue
        found.append(titled_candidate(match.group("level"), body, match.start(), match.end()))
    return found


# 国家20个大型商品粮基地之一: a place counted among the state's designated ones of a kind holds the designation;
# a ranking (全国十大夏粮主产区) counts with 大, not 个.
_ONE_OF_DESIGNATED_RE = re.compile(
    rf"(?P<level>{_NATIONAL_LEVELS}|省级|全省)(?:[0-9]+|[一二三四五六七八九十两百]+)[个家批]"
    rf"(?P<body>[{CJK}]{{2,12}}?(?:{_PLACE_KINDS}))之一"
)


def _one_of_designated(text: str) -> list[Candidate]:
    """Designations whose holders the text counts, the place being one of them (国家20个大型商品粮基地之一)."""
    found = []
    for match in _ONE_OF_DESIGNATED_RE.finditer(text):
        body = match.group("body")
        if inside_book_title(text, match.start()) or _DESCRIPTION.search(body):
            continue
        found.append(titled_candidate(match.group("level"), body, match.start(), match.end("body")))
    return found


def _describes(body: str, quoted: bool) -> bool:
    """Whether a title's body describes the place rather than naming a title.  A quoted title is a fixed name
    even with a superlative in it (荣获“中国最美休闲乡村”); a poverty label never is a title."""
    if quoted:
        return _POVERTY_LABEL.search(body) is not None
    return _DESCRIPTION.search(body) is not None


_POVERTY_LABEL = re.compile(r"^(?:深度)?贫困")


def titled_candidate(level: str, body: str, start: int, end: int) -> Candidate:
    """A conferred title: a national one keeps its level in its name, a provincial one is named without it."""
    if re.fullmatch(_NATIONAL_LEVELS, level):
        # the level is part of a national title's name: 全国乡村旅游重点村, 中国传统村落
        return Candidate(start, end, level + body, national=True, confidence=0.7)
    # a provincial title is named without its level (甲级乡村旅游村寨); the province is recorded apart
    own = level.removesuffix("省").removesuffix("自治区").removesuffix("市")
    province = "" if level in ("省级", "全省") else own
    return Candidate(start, end, body, national=True, confidence=0.7, province=province)
