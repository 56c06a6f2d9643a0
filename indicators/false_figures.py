"""Figures that are read correctly as numbers but are not indicators of the page.

A report frames its figures with phrases that carry a numeral of their own: a point within a year
(一年中最忙的时候), a story's year (辛苦一年下来), a time pointed back to (那两年), a couple (老两口), the length
of a quoted slogan (“乡村振兴”4个字). Such figures are dropped before metric naming; `numbers.find_quantities`
keeps reading them, since they are quantities all the same.

The gold is inclusive (tests/fixtures/CONVENTIONS.md): the span of a change (4年来共减少…), a span ahead or
behind (未来5年, 过去40年), a stretch (21年间), a handful guessed with neighbouring digits (两三分钟 as a range),
meals, kin and a count restated by 上述 are all figures, so none of them is dropped here.
"""

from __future__ import annotations

import re

from core.text.numbers import Quantity

_PERIOD_UNITS = ("年", "个月")
_FRAMING_UNITS = (*_PERIOD_UNITS, "天", "周", "星期")
_CLAUSE_BREAK = re.compile(r"[,，;；。!！?？:：\n、]")
# 一年中最幸福的时刻: a time figure followed by 中 is a point within it (21年间, 过去40年里 measure a span).
_WITHIN = ("中",)
# 辛苦一年下来: a year a story runs through.
_STORY_YEAR_AFTER = ("下来", "中")
# 一天忙碌下来: a verb of two characters may stand between the span and 下来.
_STORY_DAY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}下来")
# 开始一天的劳作, 开始了一年的忙碌: the day's (year's) routine begins; it is not measured.
_STARTING = ("开始", "开始了", "迎来")
# 经过一年的养殖, 近一年的培训, 一年的时间: words that make 一年的 a span the gold counts.
_SPAN_LEADS = ("经过", "近", "不到", "用", "花", "历时", "整整", "足足", "长达", "短短", "仅", "只")
_SPAN_NOUNS = ("时间", "时光", "工夫", "功夫", "光景")
# 去年一年, 今年一年: the year is already named; 一年 restates it.
_NAMED_YEARS = ("去年", "今年", "前年", "明年")
# 收入达到103万元,首次突破百万元大关: a round figure after the exact one of its sentence says it again.
_ROUND = re.compile(r"[百千万亿]")
_DIGITS = re.compile(r"[\d零〇一二两三四五六七八九十]")
_SENTENCE_BREAK = re.compile(r"[。!！?？;；\n]")
# 那两年, 这三年: a demonstrative before a span written in characters points back to a stretch of time already
# told (这两个村, 这三个字 still count things, and the gold counts them).
_DEMONSTRATIVE = ("这", "那")
_SMALL_WORD_COUNT = re.compile(r"[一二两三四五六七八九十]+")
# 老两口, 两口子: a married couple, not the size of a household (一家6口 stays).
_COUPLE_BEFORE, _COUPLE_AFTER = "老", "子"
_AFTER = ("后", "以后", "之后")
_EVERY = "每"
# 三个级别, 两个层级: the levels of a tier are a descriptor, not a count the page reports (省、市、县三级).
_TIER_NOUNS = ("级别", "层级")
# A quoted name closing right where a parenthesis opens: “十万工程”(.
_QUOTED_BEFORE = re.compile(r"[“\"「]([^“”\"「」]{1,12})[”\"」]$")


def is_false_figure(
    text: str, quantity: Quantity, following: Quantity | None, previous: Quantity | None = None
) -> bool:
    """True when `quantity` (found in `text`) frames, dates, restates or narrates rather than measures.

    `following` and `previous` are the next and the previous figure of the text, if any.
    """
    if previous is not None and _restates(text, quantity, previous):
        return True
    after = text[quantity.end : quantity.end + 2]
    if quantity.text.startswith("一") and after.startswith("性"):
        return True  # 一次性投资, 一揽子: "one-off", an adjective
    if _a_year_in_a_story(text, quantity):
        return True
    if quantity.unit in _PERIOD_UNITS and after.startswith(_WITHIN):
        return True
    if quantity.unit in _FRAMING_UNITS and _dates_a_clause(text, quantity):
        return True
    if _narrates_a_few(text, quantity) or _spells_out_a_name(text, quantity):
        return True
    if quantity.unit == "个" and text.startswith(_TIER_NOUNS, quantity.end):
        return True  # 市级、县级、乡级三个级别: a tier descriptor, like 省、市、县三级
    # “长效机制”4个字: the length of a quoted phrase.
    return (
        quantity.unit == "个"
        and text.startswith("字", quantity.end)
        and text[quantity.start - 1 : quantity.start] in '”"」'
    )


def _narrates_a_few(text: str, quantity: Quantity) -> bool:
    """A span pointed back to (那两年) or a couple (老两口): story words, not measurements."""
    before = text[max(0, quantity.start - 2) : quantity.start]
    word_count = _SMALL_WORD_COUNT.match(quantity.text)
    pointed_back = before.endswith(_DEMONSTRATIVE) and word_count is not None
    if pointed_back and quantity.unit in _PERIOD_UNITS:
        return True
    couple = before.endswith(_COUPLE_BEFORE) or text.startswith(_COUPLE_AFTER, quantity.end)
    return quantity.unit == "口" and quantity.value == 2 and couple


def _spells_out_a_name(text: str, quantity: Quantity) -> bool:
    """“十万工程”(万亩茶、十万斤酒…): a list in the parenthesis after a quoted name made of numbers spells out
    what the name counts; its figures are the name's parts (as 五个振兴 is a name), not figures the page reports."""
    opening = max(text.rfind("(", 0, quantity.start), text.rfind("（", 0, quantity.start))
    if opening < 0 or re.search(r"[)）]", text[opening : quantity.start]) or text[quantity.start - 1] not in "(（、":
        return False  # a part of the name opens its list item (十万斤酒); 桥梁2座 reports a figure
    closing = re.search(r"[)）]", text[opening:])
    listed = "、" in text[opening : opening + closing.start() if closing else len(text)]
    quoted = _QUOTED_BEFORE.search(text, 0, opening)
    return listed and bool(quoted) and bool(_DIGITS.search(quoted.group(1)) or _ROUND.search(quoted.group(1)))


def _a_year_in_a_story(text: str, quantity: Quantity) -> bool:
    """辛苦一年下来, 一年中: a year spelt 一年 that a story runs through (一年要闲半年, 脱贫一年来, 一年就收回了成本
    are spans the gold counts). A day is told the same way: 一天忙碌下来, 开始一天的劳作 (a day's work, its
    routine, not a duration), and 去年一年 restates the year just named."""
    if quantity.text not in ("一年", "一年多", "一天") or quantity.unit not in ("年", "天"):
        return False
    if text.startswith(_STORY_YEAR_AFTER, quantity.end) or _STORY_DAY_AFTER.match(text, quantity.end):
        return True
    before = text[max(0, quantity.start - 3) : quantity.start]
    if before.endswith(_STARTING) and text.startswith("的", quantity.end):
        return True
    if _a_periods_worth(text, quantity, before):
        return True
    return quantity.unit == "年" and before.endswith(_NAMED_YEARS)


def _a_periods_worth(text: str, quantity: Quantity, before: str) -> bool:
    """一年的收成打了水漂, 一天的卖瓜钱: "a year's (a day's) X" names what a period yields, not how long anything
    took; 经过一年的养殖, 近一年的培训, 一年的时间 measure a span (a lead word before it, or 时间 after it)."""
    if not text.startswith("的", quantity.end) or text.startswith(_SPAN_NOUNS, quantity.end + 1):
        return False
    return not before.endswith(_SPAN_LEADS)


def _dates_a_clause(text: str, quantity: Quantity) -> bool:
    """三年苗木长成进入挂果期后: a span that opens a clause ending in 后 says when the next thing happens."""
    clause = _CLAUSE_BREAK.search(text, quantity.end)
    rest = text[quantity.end : clause.start() if clause else len(text)]
    opens = not text[max(0, quantity.start - 1) : quantity.start].strip() or _CLAUSE_BREAK.match(
        text, max(0, quantity.start - 1)
    )
    return bool(opens) and rest.endswith(_AFTER) and not _DIGITS.search(rest)


def _restates(text: str, quantity: Quantity, previous: Quantity) -> bool:
    round_figure = _ROUND.search(quantity.text) and not _DIGITS.search(quantity.text)
    if not round_figure or previous.unit != quantity.unit or previous.value < quantity.value:
        return False
    return not _SENTENCE_BREAK.search(text, previous.end, quantity.start)
