"""Generic vocabulary for recognising quantities: units, measure words, qualifier words.

Data only (no seed-specific strings). Units are grouped by how safely they can follow a numeral:
some measure words double as ordinary words after 一 (一起 "together", 一度 "once", 一道 "along"),
so they count only after Arabic digits.
"""

from __future__ import annotations

# Units printed as they are; the value is already normalised by any 万/亿 multiplier before them.
MEASURE_UNITS = """
个 人 名 位 户 家 支 只 批 件 项 条 台 辆 艘 架 部 片 场 场次 次 人次 户次 车次 架次 班次 批次 频次 趟 轮
类 大类 种 方面 处 座 盏 棵 株 份 篇 封 枚 颗 粒 根 把 块 张 口 头 匹 套 间 栋 幢 所 本 册 幅 首 例 宗
款 门 堂 课时 学时 餐 顿 遍 回 倍 成 个百分点 百分点 组 届 期 床 袋 箱 瓶 桶 盒 穗 羽 尾 头只 棒 棚 包 担
亩 公顷 顷 平方公里 平方千米 平方米 平米
平方 立方米 立方 公里 千米 米 厘米 毫米 延米 里 吨 公斤 千克 克 斤 升 毫升 元 美元 欧元 港元 角 千瓦时 千瓦 兆瓦
年 个月 周 星期 天 小时 个小时 钟头 个钟头 分钟 秒 个工作日 工作日 个季度 昼夜 周年 对 双 起 度 道 层 节 方
省 市 县 乡 镇 村 季
"""
UNITS: frozenset[str] = frozenset(MEASURE_UNITS.split())

# Units that are ordinary words after Chinese 一/两 (一起, 一度, 一道, 一层, 一方面, 一行, 一对一, 一双).
# Places counted without 个 (等5镇入选, 山区26县) count only after digits: 一村一品, 三乡五镇 are names and sayings.
# 包 and 担 are words of their own after a numeral in characters (三包服务, 一担挑).
_ARABIC_ONLY = "起 度 道 节 方 对 双 回 遍 届 期 升 棒 省 市 县 乡 镇 村 包 担"
ARABIC_ONLY_UNITS: frozenset[str] = frozenset(_ARABIC_ONLY.split())
# 更上一层楼 is a saying, but 两层新房, 三层农房, 二层小楼 count floors: these measure words are ordinary words only
# after 一 in characters.
ONE_ONLY_IDIOM_UNITS: frozenset[str] = frozenset({"层"})
# 两季的茶叶, 再采三季花 count harvests; 四季 is the four seasons of a saying (一年四季, 四季榴园) and 一季 a rate
# (一季就能挣8000元): 季 counts after other numerals in characters only.
SEASON_UNIT, SEASON_IDIOM_NUMERALS = "季", ("一", "四")
# A measure character that starts a longer word with the character after it (包括, 担任): no unit there.
WORD_AFTER_UNIT: dict[str, frozenset[str]] = {
    "包": frozenset("括含装容干揽办联保抄"),
    "担": frozenset("任当心负保忧起纲"),
    "棚": frozenset("户区膜架"),
    "季": frozenset("节末报风"),
}

# Time units count as quantities only as durations; these spellings are dates, clock times or ages.
_DATE_OR_CLOCK = "月 日 号 时 点 点钟 分 岁 周岁 虚岁 年级 年代 世纪 季度 月份 月底 月初 月末 楼 级 等奖 等 周年"
DATE_OR_CLOCK_UNITS: frozenset[str] = frozenset(_DATE_OR_CLOCK.split())

_TIME = "年 个月 周 星期 天 小时 个小时 钟头 个钟头 分钟 秒 个工作日 工作日 个季度 昼夜"
TIME_UNITS: frozenset[str] = frozenset(_TIME.split())

# Multipliers that may sit between the digits and the unit (1370.19万元, 5.2万场次, 1300余万元).
MULTIPLIERS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "千": 10**3, "百": 10**2}

# Qualifier words directly before the numeral, longest first when matching.
PREFIX_QUALIFIERS: dict[str, str] = {
    "大约": "approx", "约为": "approx", "约": "approx", "大概": "approx", "将近": "approx", "接近": "approx",
    "近": "approx", "差不多": "approx", "预计": "approx", "约有": "approx", "大约有": "approx",
    "约占": "approx", "约合": "approx",
    "超过": "more_than", "超": "more_than", "逾": "more_than", "突破": "more_than", "多于": "more_than",
    "大于": "more_than", "高于": "more_than", "不止": "more_than",
    "不低于": "at_least", "不少于": "at_least", "至少": "at_least", "最少": "at_least", "起码": "at_least",
    "不小于": "at_least", "最低": "at_least", "最高": "at_most",
    "不超过": "at_most", "不多于": "at_most", "最多": "at_most", "至多": "at_most", "不到": "at_most",
    "不足": "at_most", "少于": "at_most", "小于": "at_most", "低于": "at_most", "未满": "at_most",
    "不高于": "at_most", "不大于": "at_most", "大于等于": "at_least", "小于等于": "at_most", "不下": "at_least",
    "≥": "at_least", "≤": "at_most", ">": "more_than", "<": "at_most",
}  # fmt: skip
# 不得低于60%, 不能少于3次, 不应超过5天: a rule forbidding a figure below (above) a mark sets a floor (ceiling), as
# 不低于 does; a modal between 不 and the comparison changes nothing.
_FORBIDDING_MODALS = ("不得", "不能", "不应", "不可", "不宜", "不准", "不许")
_FLOORED_BY = ("低于", "少于", "小于")
_CAPPED_BY = ("超过", "高于", "多于", "大于", "超出")
PREFIX_QUALIFIERS.update({modal + word: "at_least" for modal in _FORBIDDING_MODALS for word in _FLOORED_BY})
PREFIX_QUALIFIERS.update({modal + word: "at_most" for modal in _FORBIDDING_MODALS for word in _CAPPED_BY})
# 大概是400吨, 大约有300人: a copula between "about" and the figure changes nothing (约为, 约有 are listed above).
PREFIX_QUALIFIERS.update({about + copula: "approx" for about in ("大概", "大约") for copula in "是有为在"})
# 超过了2万元, 突破了1亿元: the aspect particle after a word of exceeding changes nothing.
PREFIX_QUALIFIERS.update({word + "了": "more_than" for word in ("超过", "突破", "超出", "高于", "多于")})
# Comparisons that make a bare figure a bound even with no unit printed (大于20, 不超过0.5).
COMPARATORS: frozenset[str] = frozenset(
    word
    for word, qualifier in PREFIX_QUALIFIERS.items()
    if (qualifier != "approx" and len(word) > 1) or word in ("≥", "≤", ">", "<")
)
# Words after a bare figure that make it a bound (20以上, 5以内).
BOUND_SUFFIXES = ("以上", "以下", "以内", "之内")
# 大于20[且]小于30: the upper comparison that closes a two-sided range.
UPPER_COMPARATORS = ("小于等于", "不超过", "不高于", "不大于", "小于", "低于", "少于", "不到", "不足")
# Words that end in a prefix qualifier but mean something else (最近 = recently, 附近 = nearby).
PREFIX_FALSE_FRIENDS = ("最近", "附近", "邻近", "就近", "靠近", "临近", "贴近", "亲近", "远近", "超超",
                        "放不下", "坐不下", "容不下", "装不下", "住不下", "吃不下", "停不下", "留不下")  # fmt: skip

# Markers between the digits and the unit (60多里, 1300余万元, 十来个, 十几万元).
INNER_QUALIFIERS: dict[str, str] = {"余": "more_than", "多": "more_than", "来": "approx", "几": "more_than"}

# Qualifier words directly after the unit, longest first when matching.
SUFFIX_QUALIFIERS: dict[str, str] = {
    "以上": "more_than", "有余": "more_than", "多": "more_than", "余": "more_than",
    "以下": "at_most", "以内": "at_most", "之内": "at_most", "以外": "more_than", "之外": "more_than",
    "开外": "more_than", "左右": "approx", "上下": "approx", "前后": "approx", "打底": "at_least",
}  # fmt: skip

RANGE_SEPARATORS = ("——", "—", "–", "-", "~", "～", "至", "到")

# People nouns that let a bare figure count people (7.17万贫困群众 → 人) when no measure word is printed.
_PERSON_NOUNS = """
群众 居民 农民 村民 市民 人口 党员 干部 学生 儿童 老人
职工 游客 患者 志愿者 工人 人员 农户 家庭 青年 妇女 人才
"""
PERSON_NOUN_ENDINGS: tuple[str, ...] = tuple(_PERSON_NOUNS.split())

# Words before 一 that make it part of an idiom or a determiner, not a count (最后一公里, 每一处, 这一项).
ONE_IDIOM_PREFIXES = ("最后", "这", "那", "每", "哪", "某", "另", "同", "任何", "单身", "独自", "唯", "逐", "又",
                      "其中", "统", "专", "划")  # fmt: skip

# Words after a figure+unit that make it the name of a programme or period (三年行动, 五年规划).
NAME_TAILS = ("行动", "计划", "规划", "攻坚", "工程")

# Words after a year number that keep it a date even without 年 printed next (2017年底).
RELATIVE_TIME_TAILS = ("前", "后", "以前", "以后", "之前", "之后")
