"""Word lists and patterns `indicators.metrics` cuts metric phrases with (kept apart so that module stays short)."""

from __future__ import annotations

import re

# Scope and linking words at the edges of a phrase that say nothing about what is measured.
_LEADING = """
其中 全市 全区 全县 全镇 全乡 全村 全省 全街道 全旗 全盟 全州 该镇 该区 该市 该县 该村 该街道 本报讯
全组 全屯 全场 该组 该屯 该场 本组 本村 本镇
上述 前述 该基地 该协会 该院 该公司 共 共有 有 先后 已 已经 还 并 同时 目前 现有
今年 去年 今年以来 去年以来 截至目前 此外 另外 通过 为 对 将 把 在 各类
是 要 又 也 还 还要 就 都 可以 能 据介绍 据了解 据统计 另据 让 使 使得
含 包括 包含 其中包括 全部
"""
_TRAILING = """
达到 达 为 是 有 共 共计 合计 总计 累计达 增至 增加到 提高到 降低到 降至 了 的 等 各类 各种 各项 约 近
超过 突破 达到了 已达 分别 分别为 至 到 只收 收 计 规模 占 已有 全部 都 均
可 可以 能 能够 将 会 预计将 还有 过 超 共有
"""
# (含, 包括 open a breakdown of the thing counted: 含4家省级龙头企业 counts the enterprises, not the containing.)
# (过, 超 close a run-up as a bound, like 超过: 财政收入过500万元.)
# (可, 能, 将 close a run-up only as modals of the verb dropped after them: 产量可达到, 人数将超过.)
LEADING_NOISE = frozenset(_LEADING.split())
# Negations opening a phrase (未脱贫户, 尚未出列的村, 非贫困村) name the complement of what follows; an adverb
# to jieba, but never noise.
NEGATIONS = frozenset({"未", "尚未", "还未", "仍未", "非"})
TRAILING_NOISE = frozenset(_TRAILING.split())
DROP_WORDS = {"各类", "各种", "各项", "等", "了", "的", "“", "”", "《", "》"}
# Time words inside a phrase (果园今年挂果率) date the figure, which the period already says; they name nothing.
NOW_WORDS = {"今年", "去年", "当年", "目前", "现在", "如今", "今年以来"}
NAME_FLAGS = {"nr", "nrt", "nrfg"}
# 亩产由过去的4.5吨: the baseline of a from-to change follows 由/从; the measured thing stands before it.
# 贫困发生率由2014年建档立卡时的9.1%: any baseline dated by a time word (年, 时, 底) before the figure, too.
FROM_BASELINE = re.compile(
    r"[由从](?:过去|以前|原来|原先|当初|最初|之前|去年|上年|[0-9一二三四五六七八九〇零]{4}年(?:底|末|初)?)的?$"
    r"|(?:由|从(?!事))[^由从,，。；;、]{0,10}?(?:年|时|底|末|初|前)(?:底|末|初)?的?$"
)
# 收入达到历史新高的7611元: the record the figure sets says nothing about what it measures.
RECORD = re.compile(r"(?:达到了?|创下?了?|刷新了?)?历史(?:新高|最高|最好)(?:水平)?的?$")
PRICE = re.compile(r"^((?:每[\u4e00-\u9fff])?[\u4e00-\u9fff]{0,4}?)(?:[只仅就才]?(?:需要|需|要))$")
# Units after which the metric names a count and takes 数 (or 人数/户数).
COUNT_SUFFIX = {"人": "人数", "名": "人数", "位": "人数", "户": "户数", "人次": "人次", "场次": "场次", "口": "人口",
                 "户次": "户次"}  # fmt: skip
PERSON_UNITS = {"人", "名", "位", "口"}
# A counted noun that already names people (网格员, 第一书记, 贫困人口) takes 数, not 人数.
PERSON_HEADS = ("员", "者", "长", "干部", "书记", "人才", "学生", "幼儿", "儿童", "党员", "群众")
NOT_COUNTS = {"元", "%", "‰", "亩", "平方米", "公顷", "平方公里", "公里", "米", "里", "吨", "斤", "公斤", "千克", "倍",
               "百分点", "年", "个月", "天", "小时", "个小时", "周", "分钟", "成"}  # fmt: skip
NOUN_FLAGS = ("n", "j", "nz", "ng", "an", "l", "i", "b", "s", "nt", "nr")
# z: status words (短短6公里, 密密麻麻) describe how the thing looks, not what it is.
LEADING_FLAGS = {"x", "p", "c", "t", "r", "m", "d", "z", "uj", "ul", "nr", "nrt", "nrfg", "f"}
PLACE_SUFFIXES = set("省市县区镇乡村街道旗盟州")
# A word of three or more characters ending in one of these opens a phrase as a place name (招远市, 悬崖村).
PLACE_ENDINGS = set("省市县镇乡村旗盟州")
PLACE_PREFIX = re.compile(r"(?:(?![的在对为将把和与及共其全该各每本这那有])[\u4e00-\u9fff]{2,4}?[省市县镇乡村旗])+")
NOT_PLACES = ("乡村", "农村", "新村", "专业村", "贫困村", "重点村", "示范村", "行政村", "自然村", "城市", "超市")
# ad before the figure (年亩产值普遍超过1.5万元) says how widely or how much, not what is measured.
TRAILING_FLAGS = {"x", "uj", "ul", "p", "d", "ad", "z", "c", "m", "y"}
# Places counted without 个 (等5镇入选, 山区26县): the classifier is the counted noun.
PLACE_CLASSIFIERS = ("县", "乡", "镇", "村")
AREA_UNITS = {"亩", "平方米", "公顷", "顷", "平方公里", "平方千米", "立方米"}
LENGTH_UNITS = {"公里", "米", "里", "千米", "厘米", "毫米", "延米", "海里", "英里", "英尺", "英寸"}
FAMILY_HEADS = {"area": "面积", "length": "长度", "ratio": "占比"}
# Phrases that already end in a measured quantity keep their own head (平均海拔, 种植面积, 办件量).
MEASURE_ENDINGS = ("面积", "长度", "里程", "距离", "半径", "海拔", "高度", "宽度", "深度", "规模", "量", "路程", "行程")
MAX_ATTRIBUTIVE = 12
MAX_LEFT = 14
MAX_VERB_RUN = 3
RATIO_ENDINGS = ("率", "比例", "比重", "占比", "比")
# What a figure with nothing but its unit measures, so that a metric is never empty.
FALLBACK = {"area": "面积", "length": "距离", "money": "金额", "ratio": "比例", "measure": "数量"}
STOP_RIGHT_FLAGS = ("x", "uj", "p", "c", "r", "d", "m", "f", "t")
# 修建3条机耕道总计4.35公里: a total after the counted noun starts the next figure's clause.
# 35户贫困户人均增收: a per-head word after the counted noun opens the next measure.
STOP_RIGHT_WORDS = {"等", "不等", "分别", "总计", "共计", "合计", "累计", "人均", "户均", "亩均"}
# Verbs that never sit inside a noun compound (迎来, 正值, 实现): after the counted noun they start the predicate,
# which is not part of what is counted (6000亩水稻迎来抽穗期, 9个村实现脱贫).
_PREDICATES = """
迎来 迎来了 正值 进入 实现 实施 成为 获得 享受 参加 加入 入选 位于 覆盖 涉及 纳入 开始 完成 通过 带动 用于 抱团
迈入 走上 走出 告别 搬进 搬入 住进 参与 上榜 摆脱 达到 产生 吸引 接待 提供 形成 迎接 喜获 陆续 全面 已经 正在
"""
PREDICATE_VERBS = frozenset(_PREDICATES.split())
SKIP_RIGHT_WORDS = {"全部", "都", "均"}
PUNCT = re.compile(r"[\s,，。、；;：:!！?？()（）“”\"'《》]")
# A quoted name inside a noun phrase (建设“数字城管”系统) loses its quotes; quoted names side by side or before
# punctuation are a list and keep them, so the phrase stops there (生产线“山药面条”“山药粉”).
QUOTED = re.compile(r"[“「《]([^“”「」《》]{1,12})[”」》](?![“「《,，。、；;：:!！?？\s])")
# Verbs of change and of share: a clause made of one of them measures its sentence's subject (增长7.1%).
# 降至0.78% cut by jieba as 降|至: the bare verb still only moves the sentence's subject
CHANGE_VERBS = {"增长", "下降", "增加", "减少", "提升", "提高", "降低", "上升", "增至", "降至", "降", "升", "增", "减"}
CHANGE_VERBS |= {verb + end for verb in CHANGE_VERBS for end in "到至" if len(verb) <= 2}  # 降到1%, 提高到95%
CHANGE_VERBS |= {"同比" + verb for verb in CHANGE_VERBS}  # 同比增加30斤: a year-on-year change of the subject
# Modal and aspect words that say a figure is time spent (要两天时间, 只需1小时).
MODALS = {"要", "需要", "需", "只需", "只要", "就", "才", "得", "用", "花", "花费", "至少", "最多", "仅", "仅需"}
MONEY_INPUT_VERBS = ("投资", "投入")
# 实现产值260万元, 实现综合产值45亿元, 获得收入480万元: "achieved" or "gained" before a sum of output or
# income says nothing about what it is.
# 完成粮食播种面积23.93万亩, 实现每亩净收益2000元: "completed"/"achieved" before a measured quantity, likewise.
ACHIEVED_SUM = re.compile(
    r"^(?:实现|完成)(?=[\u4e00-\u9fff]{0,6}?(?:产值|收入|销售额|营收|利润|增加值|税收|收益|面积|产量|销量))"
    r"|实现(?=(?:综合|总)?(?:产值|收入|销售额|营业收入|营收|利润|增加值|税收))"
    r"|^(?:获得|取得)(?=(?:总|经济|纯)?(?:收入|利润|收益)$)"
)
# Verbs that acquire, create or change land, kept before the land an area measures (流转土地面积, 新建农田面积).
LAND_VERBS = frozenset(
    {"流转", "新建", "新增", "改造", "复垦", "整治", "治理", "开垦", "平整", "承包", "租用", "租赁", "入股"}
)
# 全村1708人, 贫困户55户共131人, 女性1453人: people counted as a place's or a group's members are its 人口.
POPULATION_GROUPS = ("贫困", "贫苦", "男性", "女性", "农牧民")
# 年轻人占比已跃升到70%, 贫困发生率高达67.7%, 比例不得低于60%: words of reaching a level (or a bound's 不得)
# after the measured head are the predicate
# (a change itself, 同比增长8%, is what its figure measures and stays).
AFTER_HEAD = re.compile(
    r"(?<=率|比|重|例|量|值|额|入|口)(?:已|将|还|也|均|都|预计|可|跃升|增至|降至|减至|升至|高|达|不得|不能|不会|不)+$"
)
# Verbs of building, setting up or having before a counted noun (建成3个交易中心, 组建6支工作队, 进驻279个村): the
# count is of the thing, and the verb is left out of its name.
EXISTENCE_VERBS = frozenset(
    {"建成", "建有", "建起", "建设", "组建", "实施", "组织实施", "进驻", "拥有", "设有", "有", "发展", "成立", "设立"}
)
# 等 closes an enumeration (补助、助学金等各类补助资金) unless it starts a word (等级, 等待).
ETC = re.compile(r"等(?![级待候于同])")
# 产量10.9万吨, 年产值2184万元: a clause naming only a generic measure of output or income leaves out whose it
# is; the sentence's topic (粮食 of 粮食播种面积 before it) says.
GENERIC_HEAD = re.compile(
    r"^(?:预计|全年|当年|年|总|亩均|平均|每亩|亩|月)*"
    r"(?:产量|产值|收入|纯收入|毛收入|销售额|营业额|销售收入|营业收入|利润|毛利|效益|经济效益|亩产|单产|销量|收益|分红"
    r"|占地面积|建筑面积|建设面积)$"
)

# 贫困发生率下降到, 贫困人口已减至, 收入增加到了: a change verb with 到/至/为 after a named thing states the
# level it reached.
# 总面积基本稳定在300万亩, 产量保持在50亿斤: a level held is named by what holds it, too.
LEVEL_REACHED = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:已|已经|稳步|逐步|进一步)?(?:下降|降低|降|提高|提升|上升|增加|增长|减少|减)(?:到|至|为)了?\s*$"
    r"|(?<=[\u4e00-\u9fff]{2})(?:基本|始终|一直|持续|长期|常年|仍然|仍)?(?:稳定|保持|维持|稳定保持|稳)(?:在|于)\s*$"
)
# 卖了, 卖出去, 就能挣, 可以赚到: a verb of selling or earning closing a money phrase; the sum is an income.
# 每公斤可获利1元: a verb of making a profit closing a money phrase; the sum is a profit (盈利 is one already).
PROFITED = re.compile(r"(?:就|还|都|也)?(?:可以|能够|能|可)?(?:获利|净赚)(?:了)?$")
EARNED = re.compile(r"(?:就|还|都|也)?(?:可以|能够|能|可)?(?:卖|赚|挣)(?:了|到|得|出去|出)?$")
