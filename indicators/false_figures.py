"""Figures that are read correctly as numbers but are not indicators of the page.

A report dates and frames its figures with phrases that carry a numeral of their own: the period of a change
(农村人口5年减少30万: 5年 says over how long), a relative time (一年中最忙的时候, 十余年间), the members of a
family in a story (要养两个孩子), the length of a quoted slogan (“乡村振兴”4个字). Such figures are dropped
before metric naming; `numbers.find_quantities` keeps reading them, since they are quantities all the same.
"""

from __future__ import annotations

import re

from core.text.numbers import Quantity

_PERIOD_UNITS = ("年", "个月")
# 仅仅两天3万株幼苗下地: a span of days or weeks right before another figure frames it as well.
_FRAMING_UNITS = (*_PERIOD_UNITS, "天", "周", "星期")
_TIME_UNITS = (*_FRAMING_UNITS, "小时", "个小时", "分钟", "秒", "季度")
# 5年减少30万, 两年内共产了22个牛犊: a span of time directly before another figure of its clause frames that figure.
_MAX_GAP_TO_FRAMED = 8
_CLAUSE_BREAK = re.compile(r"[,，;；。!！?？:：\n、]")
# 连续8年稳定在…: a run of years is itself the figure the sentence reports.
_RUN_WORDS = ("连续", "已连续", "持续")
# 一年中, 十余年间, 这三年里: a time figure followed by "within" is a relative period.
_WITHIN = ("中", "间", "里")
# 收入达到103万元,首次突破百万元大关: a round figure after the exact one of its sentence says it again.
_ROUND = re.compile(r"[百千万亿]")
_DIGITS = re.compile(r"[\d零〇一二两三四五六七八九十]")
_SENTENCE_BREAK = re.compile(r"[。!！?？;；\n]")
_KIN = ("孩子", "儿子", "女儿", "子女", "孙子", "孙女", "兄弟", "姐妹", "老伴")
_MAX_KIN_COUNT = 10
# 两三分钟, 六七个包袱: two neighbouring digits with no magnitude after them guess at a handful; a measured
# amount guessed this way keeps its magnitude (四五千元, 两三百户) and stays.
_HANDFUL = re.compile(r"(?:一二|两三|二三|三四|四五|五六|六七|七八|八九)(?![十百千万亿])")
# 这两个村, 那三年: a demonstrative before a small count written in characters points back to things already
# named or to a stretch of time, it does not report a new figure (这5户参与项目, printed in digits, still counts).
_DEMONSTRATIVE = ("这", "那")
# 上述9个县: a count restated from the text before it, in any numerals.
_RESTATING = ("上述", "前述")
# 还管三顿饭: meals are a story's, never a statistic.
_STORY_UNITS = ("顿",)
_SMALL_WORD_COUNT = re.compile(r"[一二两三四五六七八九十]+")
_SMALL = 10
# 老两口, 两口子: a married couple, not the size of a household (一家6口 stays).
_COUPLE_BEFORE, _COUPLE_AFTER = "老", "子"
# 未来5年, 今后三年: the span ahead (or behind) that a plan or a change is set in frames the figures of the clause.
_SPAN_LEADS = ("未来", "今后", "过去", "前期", "后期", "初期", "头")
_AFTER = ("后", "以后", "之后")
_EVERY = "每"
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
    if quantity.unit in _FRAMING_UNITS and following is not None and _frames(text, quantity, following):
        return True
    if quantity.unit in _FRAMING_UNITS and _dates_a_clause(text, quantity):
        return True
    if quantity.unit in ("个", "名") and quantity.value <= _MAX_KIN_COUNT and text.startswith(_KIN, quantity.end):
        return True
    if _narrates_a_few(text, quantity) or _spells_out_a_name(text, quantity):
        return True
    # “长效机制”4个字: the length of a quoted phrase.
    return (
        quantity.unit == "个"
        and text.startswith("字", quantity.end)
        and text[quantity.start - 1 : quantity.start] in '”"」'
    )


def _narrates_a_few(text: str, quantity: Quantity) -> bool:
    """A handful guessed (两三分钟), counted back (这两个村), a couple (老两口) or a span ahead (未来5年): story words,
    not measurements."""
    if _HANDFUL.match(quantity.text):
        return True
    before = text[max(0, quantity.start - 2) : quantity.start]
    word_count = _SMALL_WORD_COUNT.match(quantity.text)
    if before.endswith(_DEMONSTRATIVE) and word_count is not None and quantity.value < _SMALL:
        return True
    if before.endswith(_RESTATING) or quantity.unit in _STORY_UNITS:
        return True
    couple = before.endswith(_COUPLE_BEFORE) or text.startswith(_COUPLE_AFTER, quantity.end)
    if quantity.unit == "口" and quantity.value == 2 and couple:
        return True
    return quantity.unit in _PERIOD_UNITS and before.endswith(_SPAN_LEADS)


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
    """一年要闲半年, 一年就收回了成本, 辛苦一年下来: a year spelt 一年 with no qualifier word frames a story.

    A year that is measured says so: 近一年的培训 (a qualifier), 一年的努力 (the activity after 的)."""
    if quantity.text not in ("一年", "一年多") or quantity.unit != "年":
        return False
    return not text.startswith("的", quantity.end)


def _frames(text: str, quantity: Quantity, following: Quantity) -> bool:
    gap = text[quantity.end : following.start]
    if len(gap) > _MAX_GAP_TO_FRAMED or _CLAUSE_BREAK.search(gap) or "的" in gap:
        return False
    before = text[max(0, quantity.start - 3) : quantity.start]
    if before.endswith(_EVERY):
        return False  # 每两周至少开展1次: a span after 每 is the period of a rate, it frames nothing
    return not before.endswith(_RUN_WORDS) and following.unit not in _TIME_UNITS


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
