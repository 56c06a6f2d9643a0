"""The grammar of Chinese place names as newspapers print them: suffixes, generic words, datelines, OCR confusions.

Everything here is generic vocabulary of the language and of newspaper convention, never names of particular
places; the places themselves come from the gazetteer.  Kept apart from the resolver so that the rules a reader
applies ("村民 is not a village", "本报X讯 names the reporting city") can be read and tested on their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.text.segmentation import tagged

# A dateline: 本报邹城讯, 本报枣庄11月9日讯, 新华社济南电 — the place the article reports from.
DATELINE = re.compile(r"(?:本报|新华社|中新社)([\u4e00-\u9fff]{2,8}?)(?:\d{1,2}月\d{1,2}日)?(?:电|讯)")
# Around a place a dateline names: the outlet before it (本报, 新华社, 人民网, 光明日报, 国际在线黑龙江频道) and the
# date and 电/讯/消息 after it (新华社哈尔滨11月4日电, 本报北京讯, 央广网西安8月6日消息).
DATELINE_OUTLET_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff])(?:本报|[\u4e00-\u9fff]{0,8}(?:社|网|台|报|频道))$")
DATELINE_AFTER = re.compile(r"\s{0,2}(?:\d{1,2}\s?月\s?\d{1,2}\s?日)?\s?(?:电(?![站厂网力商视器子话影价费])|讯|消息)")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Does the place printed at text[start:end] name where a dateline was filed from (新华社哈尔滨11月4日电)?
    That is where the reporter was, not what the report is about."""
    # a wrapped layout may break the dateline over two lines; its parts still sit side by side
    before = "".join(text[max(0, start - 16) : start].split())
    return DATELINE_OUTLET_BEFORE.search(before) is not None and DATELINE_AFTER.match(text, end) is not None


# A kicker or run-in lead naming the place: "招远：", "李沧:" at the start of a line.
KICKER = re.compile(r"(?m)^[\s□■▲]*([\u4e00-\u9fff]{2,8})[：:]")

# Generic names of development zones and the official type they stand for.
GENERIC_ZONES = {
    "高新区": "高新技术产业开发区",
    "高新技术产业开发区": "高新技术产业开发区",
    "高新技术开发区": "高新技术产业开发区",
    "经开区": "经济技术开发区",
    "经技区": "经济技术开发区",
    "经济技术开发区": "经济技术开发区",
    "经济开发区": "经济开发区",
    "开发区": "开发区",  # only when the city has exactly one zone
}
# Zone types and the characters that identify them inside an official zone name.
ZONE_MARKERS = {
    "高新技术产业开发区": ("高新", "高技术"),
    "经济技术开发区": ("经济技术",),
    "经济开发区": ("经济开发",),
}

# Suffixes of village-level names as printed, and the printed form of committee suffixes.
VILLAGE_SUFFIXES = (
    ("村民委员会", "村"),
    ("村委会", "村"),
    ("居委会", "社区"),
    ("社区", "社区"),
    ("村", "村"),
    ("嘎查", "嘎查"),
)
LEVEL_BY_SUFFIX = (
    ("街道", "township"),
    ("镇", "township"),
    ("乡", "township"),
    ("苏木", "township"),
    ("管理服务中心", "township"),
    ("社区", "community"),
    ("居委会", "community"),
    ("村", "village"),
    ("嘎查", "village"),
    ("开发区", "zone"),
    ("高新区", "zone"),
    ("县", "county"),
    ("区", "county"),
    ("旗", "county"),
)


def _word_list(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words ending like a place that are not places: the reader's "市民 is not a city" list.
GENERIC_PLACE_WORDS = _word_list(
    """
    农村 乡村 新农村 城乡 城镇 乡镇 村镇 镇村 村村 全村 本村 该村 各村 每村 邻村 一村
    村民 村集体 村级 行政村 自然村 贫困村 示范村 重点村 专业村 中心村 空壳村 薄弱村
    经济薄弱村 旅游村 文明村 样板村 淘宝村 名品村 美丽乡村 和美乡村 宜居乡村 社区 全社区
    该社区 各社区 新社区 城市社区 农村社区 智慧社区 示范社区 老旧社区 市民 市场 县域 区域
    镇域 乡域 城区 郊区 矿区 园区 辖区 片区 景区 社区治理 全市 全县 全区 全镇 全乡 村委
    村委会 村干部 村容 村貌 村务 村庄 村里 村内 村头 村口 村支部 村支书 村两委 村级 村集体
    村民 村落 村规 村企 村官 村医 村居 村组 社区居民 社区干部 社区书记 社区党委 社区工作者
    镇党委 镇政府 乡党委 乡政府 镇村 乡镇
    嘎查村 嘎查 苏木 苏木镇 苏木乡镇 旗县 旗县市 旗县区 全旗 全盟 全州 全苏木 全嘎查 各嘎查 该嘎查
    """
)
# Township-level names as printed carry one of these endings; a gazetteer township without one (现代农业产业园,
# 某某农场, 工业园区) is named like a facility and only counts when the page is about its region.
TOWNSHIP_ENDINGS = ("镇", "乡", "街道", "苏木", "民族乡", "管理服务中心")
# Characters that never start a place name in running text (numbers, measure words, determiners, particles).
NON_INITIAL = frozenset("个各全本该每此等和与及或的了是在到赴于对为向给从将把被由其这那某多几第")
# POS classes (jieba) that mark a clause, not a name: verbs, adverbs, pronouns, time words, function words.
CLAUSE_POS = frozenset("vdprtcmuaq")
SUFFIX_CHARS = frozenset("村乡镇市县区省")  # 村容村貌: a stem never opens with a suffix
NEGATIONS = frozenset("不没未很都也就才又再还")  # 大事不出村: a clause
# Characters that end the name before a suffix search when walking left ("在庙岭村" → 庙岭).
LEFT_BOUNDARY = frozenset("在到赴于对为向给从将把被由和与及、或以是了的即经就至往去来让使帮带走进入驻")

# Institutions whose name begins with a place: the place inside 济宁医学院 is not a mention of 济宁.
ORGANISATION_SUFFIXES = (
    "有限公司", "公司", "集团", "大学", "学院", "医学院", "中学", "小学", "学校", "幼儿园", "银行", "农商行", "信用社",
    "商会", "协会", "学会", "研究院", "研究所", "合作社", "工厂", "厂", "宾馆", "酒店", "超市", "报社", "电视台",
    "新联会", "联合会", "基金会",
)  # fmt: skip
ORGANISATION_TAIL = re.compile(r"[\u4e00-\u9fff]{0,10}?(" + "|".join(ORGANISATION_SUFFIXES) + ")")

# Characters OCR confuses in place names, mapped to one canonical member (峄 is read as 峰, 闸 as 闻 …), and the
# variant characters a writer uses for the official one (闫 for 阎, 硷 for 碱, 菴 for 庵): 闫坪村 is the 阎坪村 of
# the gazetteer, not a village it lacks.
CONFUSABLE = str.maketrans(
    {"峄": "峰", "闸": "闻", "汶": "汉", "泗": "洒", "茌": "荏", "郓": "鄆", "鄄": "甄", "巿": "市"}
    | {"闫": "阎", "硷": "碱", "菴": "庵"}
)


def canonical(text: str) -> str:
    """The OCR-insensitive form used to index and look up names."""
    return text.translate(CONFUSABLE)


def is_hanzi(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


# Facilities named after a place (金河山东公墓, 滕州路): the place word right before them is part of the name.
FACILITY_NEXT = re.compile(r"公墓|公园|广场|小区|花园|大道|大街|大桥|[路街桥站港]")


def organisation_follows(text: str, end: int) -> bool:
    """True when the characters after `end` complete an institution or facility name (济宁|医学院,
    邹城|农商银行, 山东|公墓)."""
    if FACILITY_NEXT.match(text, end) is not None:
        return True
    if FIRM_LISTED_AS_INVESTOR.match(text, end) is not None:
        return True
    return ORGANISATION_TAIL.match(text, end, min(len(text), end + 14)) is not None


# 山东金太阳等外商: a place's short form opening a brand name that a closing 等外商/等企业 calls a firm (never a stem
# that ends like a place itself: 枣庄市中区等企业 lists places).
FIRM_LISTED_AS_INVESTOR = re.compile(
    r"[\u4e00-\u9fff]{2,6}?(?<![区县市镇乡村])等(?:外商|客商|外资企业|企业|厂商|厂家|公司|商家)"
)


# 科尔沁草原, 锡林郭勒草原腹地, 大兴安岭南麓, 缙云仙都景区, 黄山脚下: a landscape, scenic area or mountain named
# after a region, not the division of that name.
LANDSCAPE_NEXT = re.compile(
    r"草原|脚下|山脚|草场|牧场|沙漠|沙地|湿地|山脉|山麓|[南北东西]麓|林区|林海|盆地|平原|高原|峡谷|湖畔|河畔|江畔|流域|水库"
    r"|风景名胜区|风景区|景区|景点"
)


def landscape_follows(text: str, end: int) -> bool:
    """True when the characters after a place's short form make it a landscape's name (科尔沁|草原): the region of
    grassland or mountains the word names is a place feature, not the division (科尔沁区) sharing its name."""
    return LANDSCAPE_NEXT.match(text, end) is not None


def names_a_village(text: str, end: int) -> bool:
    """错高乡 … 错高村: a township's bare name followed by a village suffix is the village named after it, not a
    short mention of the township (村民, 村里 open ordinary words and leave it a short form)."""
    for printed, _normal in VILLAGE_SUFFIXES:
        if text.startswith(printed, end):
            return len(printed) > 1 or not suffix_opens_word(text, end)
    return False


def level_from_suffix(name: str) -> str | None:
    for suffix, level in LEVEL_BY_SUFFIX:
        if name.endswith(suffix) and len(name) > len(suffix):
            return level
    return None


class _JiebaLexicon:
    """jieba's dictionary as word → (frequency, POS), read from the tables jieba itself loads (its cached
    frequency table and the tagger's POS table) instead of parsing dict.txt a second time."""

    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        jieba.initialize()
        self.freq: dict[str, int] = jieba.dt.FREQ
        self.tags: dict[str, str] = jieba.posseg.dt.word_tag_tab

    def get(self, word: str, default: tuple[int, str] = (0, "")) -> tuple[int, str]:
        freq = self.freq.get(word, 0)
        return (freq, self.tags.get(word, "")) if freq else default


@lru_cache(maxsize=1)
def _jieba_words() -> _JiebaLexicon:
    return _JiebaLexicon()


def word_frequency(word: str) -> int:
    return _jieba_words().get(word, (0, ""))[0]


def is_common_word(word: str, threshold: int = 200) -> bool:
    """A frequent ordinary word (城区, 和平, 新华): as a bare name it needs context before it counts as a place."""
    freq, pos = _jieba_words().get(word, (0, ""))
    return freq >= threshold and pos != "ns"


def is_place_word(word: str) -> bool:
    """jieba tags the word as a place name (ns)."""
    return _jieba_words().get(word, (0, ""))[1] == "ns"


def is_generic_place_word(word: str) -> bool:
    """村民, 美丽乡村, 新农村 …: words ending in a place suffix that name no particular place."""
    if word in GENERIC_PLACE_WORDS:
        return True
    freq, pos = _jieba_words().get(word, (0, ""))
    return freq >= 50 and pos != "ns"


def plausible_stem(stem: str) -> bool:
    """Could `stem` be the proper part of a place name the gazetteer does not know (兖山, 庙岭, 百通雅苑)?

    Rejects stems that open with a determiner or particle (各, 全, 在) and stems containing a frequent verb,
    adverb, pronoun, time or function word (聚焦, 依托, 当前), which make them a clause rather than a name.
    """
    if not 1 <= len(stem) <= 5 or not all(is_hanzi(c) for c in stem) or "个" in stem:
        return False
    if stem[0] in NON_INITIAL or stem[0] in SUFFIX_CHARS or any(c in NEGATIONS for c in stem):
        return False
    words = _jieba_words()
    for size in (2, 3, 4):
        for i in range(len(stem) - size + 1):
            freq, pos = words.get(stem[i : i + size], (0, ""))
            if (freq >= 100 and pos[:1] in CLAUSE_POS) or (freq >= 3000 and pos != "ns"):
                return False  # a verb (依托) or a very common word (联系, 人民) inside: a clause
            if size == len(stem) and ((freq >= 500 and pos != "ns") or (freq >= 20 and pos[:1] in CLAUSE_POS)):
                return False  # the whole stem is a common word (熟人, 城市, 催生)
    return True


# 富民强村, 产业兴村, 建强村“两委”, 某办驻村: a verb whose object is 村 (a slogan, a campaign, being stationed) —
# the characters before 村 are no name.
# 张某回村担任村支书, 返村, 离村, 出村, 九龙溪穿村而过, 茶香满村, 邻村: coming, leaving, crossing or filling the
# village, or being next to it — the character before 村 is a verb (or 邻), and what precedes it a clause.
VERBS_TAKING_VILLAGE = frozenset("强兴富立治建联包驻进入到帮扶回返离出穿满邻")
# 千企结千村, 百企帮百村, 某某两村, 几村: a numeral before 村 counts villages (the slogan's pair of numerals, or
# 两/几/数, which never end a name); a single 千/百/万 may (大千村), so those count only when a numeral repeats.
COUNTING_NUMERALS = frozenset("两几数")
ROUND_NUMERALS = frozenset("十百千万")
# 小山村, 偏远山村: an adjective of size or remoteness before 山村 (a mountain village) describes, it names nothing.
DESCRIBED_MOUNTAIN_VILLAGE = re.compile(r"(?:小|大|穷|深|偏远|贫困|偏僻)山$")


def verb_before_village(stem: str) -> bool:
    """Does the stem printed before 村 end in a verb that takes the village as its object?"""
    return stem[-1:] in VERBS_TAKING_VILLAGE


def counts_villages(stem: str) -> bool:
    """Does the stem printed before 村 end in a numeral counting villages (两村, 千企结千村)?"""
    if stem[-1:] in COUNTING_NUMERALS:
        return True
    return stem[-1:] in ROUND_NUMERALS and sum(c in ROUND_NUMERALS for c in stem) >= 2


def no_name_before_village(stem: str) -> bool:
    """The stem before 村 is a verb phrase, a count or a description (回村, 两村, 小山村): no village's name."""
    return verb_before_village(stem) or counts_villages(stem) or DESCRIBED_MOUNTAIN_VILLAGE.search(stem) is not None


def ends_with_generic(name: str, suffix: str) -> bool:
    """清廉乡村, 市定贫困村, 城市社区: a name whose tail (longer than its suffix) is a generic place word names no
    particular place."""
    return any(is_generic_place_word(name[i:]) for i in range(len(name) - len(suffix)))


def suffix_opens_word(text: str, suffix_start: int) -> bool:
    """True when a one-character suffix at `suffix_start` begins an ordinary word (乡村, 村民, 村干部, 镇域),
    so it is not the end of a place name.  A doubled suffix (社甲村村民) ends the name with its first character:
    the second opens the word."""
    if text[suffix_start + 1 : suffix_start + 2] == text[suffix_start : suffix_start + 1]:
        return False
    for size in (2, 3, 4):
        word = text[suffix_start : suffix_start + size]
        if len(word) == size and (word in GENERIC_PLACE_WORDS or word_frequency(word) >= 30):
            return True
    return False


def reads_countryside(text: str, end: int) -> bool:
    """美丽宜居乡村1482个: a township name ending in 乡 right before a 村 that opens no word of its own (村民, 村委)
    is the start of 乡村 (the countryside), not a name."""
    if text[end - 1 : end] != "乡" or text[end : end + 1] != "村":
        return False
    return not suffix_opens_word(text, end)


# The hundred most common Chinese surnames (generic vocabulary, not names of people).
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


# 脱贫户叶建华, 村党支部书记王建华: the words that introduce a person right before their surname.
PERSON_TITLE_BEFORE = re.compile(
    r"(?:村民|居民|农民|农户|贫困户|脱贫户|种植户|养殖户|大户|书记|主任|村长|镇长|乡长|县长|理事长|经理|记者|通讯员)$"
)
# 叶建华说 / 叶建华对记者说 / 叶建华告诉记者: speech right after a two-character given name.
SPEECH_AFTER = re.compile(r"(?:说|对记者|告诉|表示|介绍说|笑着说)")


def given_name_of_person(text: str, start: int, end: int) -> bool:
    """脱贫户叶建华 / 叶建华对记者说: a short form right after a surname, with a person's title before the surname or
    speech after the name, is a given name — however well the page's places would fit the district it abbreviates."""
    if start == 0 or text[start - 1] not in COMMON_SURNAMES:
        return False
    return bool(PERSON_TITLE_BEFORE.search(text, max(0, start - 7), start - 1) or SPEECH_AFTER.match(text, end))


def inside_person_name(text: str, start: int, end: int) -> bool:
    """True when jieba's tagger reads the span as part of a longer person name (王长清 holds 长清), which is how
    a county's short form turns up in bylines and quotes."""
    if start == 0 or text[start - 1] not in COMMON_SURNAMES:
        return False  # the tagger is slow: only ask it when a surname stands right before the span
    low, high = max(0, start - 3), min(len(text), end + 3)
    position = low
    for word, flag in tagged(text[low:high]):
        token_start, position = position, position + len(word)
        if not flag.startswith("nr") or word[0] in LEFT_BOUNDARY or word[0] in NON_INITIAL:
            continue  # 和长清 is a conjunction before a place, not a surname
        if token_start <= start and end <= position and position - token_start > end - start:
            return True
    return False


# “湖南省美丽乡村示范镇”, 《乡村振兴启示录——改革开放40年广东…》: a quoted title or a book's name.
TITLE_MARKS = {"“": "”", "《": "》", "「": "」"}
LONGEST_TITLE = 40


def inside_a_title(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of a longer quoted title (“广东农房风貌提升名村”, 《…广东…》)?  A province printed
    only there names who confers the title or what the book is about, not a place the article reports on."""
    line_start = max(text.rfind("\n", 0, start), start - LONGEST_TITLE, 0)
    for i in range(start - 1, line_start - 1, -1):
        close = TITLE_MARKS.get(text[i])
        if close is not None:
            after = text.find(close, end, min(len(text), i + LONGEST_TITLE + 1))
            return after >= 0 and "\n" not in text[i:after] and after - i - 1 > end - start
        if text[i] in "”》」":
            return False
    return False
