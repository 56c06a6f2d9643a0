"""Context tests that turn a figure-with-unit into a non-quantity: dates, ordinals, names, idioms.

Kept apart from the reader in `numbers.py` because these are judgement rules about Chinese usage
(一 as an article, 三个确保 as a slogan, 2017年 as a date) that grow with experience.
"""

from __future__ import annotations

import bisect
import re

from core.text.bare_figures import is_round_bound, is_round_figure
from core.text.one_counts import counted_in_a_series, one_built, one_coordinated, one_measured, one_of_them
from core.text.place_counts import PLACE_CLASSIFIERS, is_place_count, starts_a_word
from core.text.qualifiers import is_plus_tail
from core.text.quantity_words import (
    ARABIC_ONLY_UNITS,
    DATE_OR_CLOCK_UNITS,
    NAME_TAILS,
    ONE_IDIOM_PREFIXES,
    ONE_ONLY_IDIOM_UNITS,
    RELATIVE_TIME_TAILS,
    SEASON_IDIOM_NUMERALS,
    SEASON_UNIT,
    TIME_UNITS,
)
from core.text.segmentation import tagged

_SLOGAN_WORD_FLAGS = ("v", "a", "ad", "vd", "d", "an")
_PUNCTUATION = set(",，。、；;：:!！?？”’」』》)）\n \t…—-·")
_WEEKDAY_MARKERS = ("周", "星期", "礼拜")
_ARTICLE_CONTEXT = set("是的了为成")
_ONE_AFTER = "(?:接着|连着|挨着|接|连|挨)"  # 一处接着一处, 一家连一家: one after another
_VERBAL_MEASURES = {"次", "趟", "遍", "回", "餐", "顿", "场次", "人次"}
_FINANCIAL_DIGITS = "壹贰貳叁參叄肆伍陆陸柒捌玖"
# Where a clause goes on after 一年/一天: another figure in it makes 一年 a rate (一年能收入6万元), not a count.
_CLAUSE_END = re.compile(r"[,，。；;!！?？:：\n]")
_FIGURE_CHAR = re.compile(r"[\d两二三四五六七八九十百千万]")
_QUOTE_PAIRS = {"“": "”", "《": "》", "‘": "’", "「": "」", "『": "』", "〈": "〉"}
_MAX_QUOTED_NAME = 25
# 磨一剑, 如一日: a verb and 一 + noun after a span written in characters close a four-character set phrase.
# 十年九旱: a second digit and one character right after the span, then a break, close a four-character phrase the
# same way.
_SET_PHRASE_AFTER_SPAN = re.compile(
    r"[\u4e00-\u9fff]一[\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]一[日剑]"
    r"|[一二两三四五六七八九][\u4e00-\u9fff](?![\u4e00-\u9fff])"
)
# 再过3个月, 再过不到一个月: a span counted ahead from now is a point in time, like 三个月后.
_AHEAD = re.compile(r"再过(?:不到|约|大约|近|将近)?$")
# 春风十里, 十里八乡: 十里 alone (no 多/余/约) is a poetic distance, not a measured one.
_POETIC_DISTANCE = ("十", "里")
# What follows a villagers' group's number (五组的村民, 四组境内): the group is a place, named by its number.
_GROUP_NAME_TAILS = ("境内", "村民", "的村民", "农户", "的农户", "群众", "的群众", "的贫困户", "贫困户")
# A sum of money right before 一 + measure word makes that measure the one the price is for (30元一斤).
_PRICE_BEFORE_ONE = re.compile(r"(?:元|元钱|块|块钱|角|毛|毛钱)$")
# Only quote marks and line breaks change the state of the quote scan; everything else is skipped in C.
_QUOTE_MARKS = re.compile("[" + re.escape("".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values())) + '"\n]')
# Quoted speech has clause punctuation; a quoted name (“4点半”学校, “9+2改革攻坚行动”) has none.
_SPEECH_PUNCTUATION = re.compile(r"[,;。!?，；！？]")


def _first_words(fragment: str, count: int = 2) -> list[tuple[str, str]]:
    if not fragment:
        return []
    return list(tagged(fragment)[:count])


def _is_chinese_numeral(numeral: str) -> bool:
    return not re.search(r"\d", numeral)


def is_rejected_by_context(folded: str, numeral: str, start: int, unit: str, end: int, is_range: bool) -> bool:
    """True when the figure at folded[start:end] (numeral + unit) is not a measured amount.

    `folded` is the text with full-width characters folded; offsets are shared with the original.
    """
    if unit in DATE_OR_CLOCK_UNITS:
        return True
    before = folded[max(0, start - 4) : start]
    after = folded[end : end + 6]
    if before.rstrip().endswith("第") or (before[-1:] and re.match(r"[A-Za-z+＋#]", before[-1])):
        return True
    if unit == "组" and (before.endswith("村") or after.startswith(_GROUP_NAME_TAILS)):
        return True  # 黄金村2组, 五组的村民, 四组境内: a villagers' group is numbered, not counted
    if starts_a_word(unit, after):
        return True  # 5村民, 3县级: the place character starts a word of its own (村民, 县级), it counts nothing
    if (after[:1] in ("+", "＋") and not is_plus_tail(folded, end)) or re.match(r"[A-Za-z]", after[:1]):
        return True
    if unit == "年" and _is_year_or_relative_time(numeral, after):
        return True
    if unit in TIME_UNITS and after.lstrip("多余").startswith(RELATIVE_TIME_TAILS):
        return True  # 20天后即将上市, 三个月前: a time counted from now dates an event, it measures nothing
    if unit in TIME_UNITS and _AHEAD.search(folded, max(0, start - 6), start):
        return True
    if unit in TIME_UNITS and _is_chinese_numeral(numeral) and _SET_PHRASE_AFTER_SPAN.match(after):
        return True  # 十年磨一剑, 三年如一日: a span in a set phrase
    if numeral.startswith(("百分之", "千分之")):
        return False
    if _is_chinese_numeral(numeral):
        if after.startswith(("不", "之")) and unit not in TIME_UNITS and not re.search("[万亿]", folded[start:end]):
            # 三个不减, 一项不落, 三口之家: slogans and set phrases.
            return True
        return _rejects_chinese_numeral(folded, numeral, start, unit, end, before, is_range)
    return False


def _is_year_or_relative_time(numeral: str, after: str) -> bool:
    if re.fullmatch(r"[12]\d{3}", numeral):
        return True
    if len(numeral) == 4 and _is_chinese_numeral(numeral) and not re.search("[十百千万亿]", numeral):
        # 二〇二〇年: a year read digit by digit.
        return True
    # 十多年前 / 三年后 / 两年多前 are relative times; 五年行动 / 三年规划 are names of plans.
    return (
        after.lstrip("多余").startswith(RELATIVE_TIME_TAILS)
        or after.startswith(NAME_TAILS)
        or after[:1] in ("底", "初", "末")
    )


def _rejects_chinese_numeral(
    folded: str, numeral: str, start: int, unit: str, end: int, before: str, is_range: bool
) -> bool:
    if numeral[0] in "百千万亿萬億佰仟":
        # A bare 百/千/万 is rhetorical (千名代表, 万家, 百企): no digit, no count — unless a word of size makes it a
        # round figure (近百件, 千余头, 百余户, 超千亿元, 上万元; `bare_figures.is_round_figure`).
        round_amount = unit not in TIME_UNITS and is_round_figure(folded, numeral, start, end)
        return not (round_amount or is_round_bound(folded, numeral, end))
    measured = re.search("[多余]", folded[start : end + 1]) or (before[-1:] and before[-1] in "约近")
    if (numeral, unit) == _POETIC_DISTANCE and not measured:  # 十余里 and 十里多 are measured, 十里荷花 is poetry
        return True
    if len(numeral) == 1 and numeral in _FINANCIAL_DIGITS:
        # 石元柒: a lone financial-form digit is part of a person's name; amounts in that form are written out
        # whole (伍万元, 壹佰元).
        return True
    if unit in PLACE_CLASSIFIERS:
        return not is_place_count(folded, numeral, start, unit, end)  # 两省五县 counts; 一村一品, 三乡五镇 do not
    if unit == SEASON_UNIT and numeral in SEASON_IDIOM_NUMERALS:
        return True  # 一年四季, 一季就能挣8000元: the seasons of a saying, a rate
    if unit in ARABIC_ONLY_UNITS or (unit in ONE_ONLY_IDIOM_UNITS and numeral == "一"):
        return True
    if before[-1:] in ("数", "几"):
        # 数十个, 几十名: "some tens" is not a figure.
        return True
    if before[-1:] in _WEEKDAY_MARKERS or before.endswith(_WEEKDAY_MARKERS):
        return True
    if set(numeral) <= set("零〇○"):
        # 零成本, 零距离, 零容忍: zero is a slogan, not a count.
        return True
    if before[-1:] == "、" and folded[end : end + 1] in ("、", "等"):
        # 十八盘山、十八趟、: a bare Chinese figure as a list item is a name in a list of names.
        return True
    if numeral == "一" and not is_range:
        return _one_is_not_a_count(folded, start, unit, end, before)
    if unit in ("个", "项", "条", "大"):
        return _is_slogan(folded, end)
    return False


def _one_is_not_a_count(folded: str, start: int, unit: str, end: int, before: str) -> bool:
    if before.endswith(ONE_IDIOM_PREFIXES):
        return True
    if _PRICE_BEFORE_ONE.search(before):
        return True  # 100多元钱一斤, 5块一个: the quantity a price is for, not a count of it
    # 一年比一年多, 一天更比一天好: a thing compared with itself over time, not a count of years or days.
    if folded.startswith(("比一", "更比一"), end) or re.search(
        rf"一{re.escape(unit)}更?比$", folded[max(0, start - 8) : start]
    ):
        return True
    # 一户一人, 一村一品: alternating 一X一Y are set phrases; 一处接着一处, 一家连一家 say "one after another".
    if folded[end : end + 1] == "一" or (start >= 2 and folded[start - 2] == "一"):
        return True
    measure = re.escape(unit)
    if re.match(rf"{_ONE_AFTER}一{measure}", folded[end:]) or re.search(
        rf"一{measure}{_ONE_AFTER}$", folded[max(0, start - 8) : start]
    ):
        return True
    if counted_in_a_series(folded, unit, end) or one_built(folded, start, unit) or one_measured(folded, unit, end):
        return False  # 种了一棚西红柿,三棚火龙果; 建一座冷库, 再投入一条生产线: one thing counted
    if before[-1:] in _ARTICLE_CONTEXT or folded.startswith(unit, end) or unit == "方面":
        # 是一项工程, 的一部分, 构成了一幅画卷, 一个个组织, 一方面: 一 as "a", reduplication, idiom.
        return True
    if unit in TIME_UNITS:
        # 一年能收入6万元, 一天加工3吨: 一 + time unit with another figure later in its clause means "per year".
        rest = folded[end : end + 16]
        stop = _CLAUSE_END.search(rest)
        if _FIGURE_CHAR.search(rest[: stop.start() if stop else len(rest)]):
            return True
    following = folded[end : end + 1]
    if not following or following in _PUNCTUATION:
        # 建设污水处理厂一处。 — a figure closing its clause counts, but not "one of them" after a verb (摘下一颗).
        return one_of_them(folded, start, unit)
    if one_coordinated(folded, start, before):
        return False  # 新建5公里水泥路和一座桥梁
    # 一整天时间, 一餐增加至三餐 are a duration and an event count; otherwise 一 + measure word before a
    # phrase (一位农民代表, 一批干部, 一根小小的山药) is an article.
    return not (unit in TIME_UNITS or unit in _VERBAL_MEASURES)


def _is_slogan(folded: str, end: int) -> bool:
    """三个确保, 四个强化: a number + 个 + verb/adjective closing the phrase is a slogan, not a count."""
    words = _first_words(folded[end : end + 8], 2)
    if not words:
        return False
    flag = words[0][1]
    if flag not in _SLOGAN_WORD_FLAGS:
        return False
    following = words[1][0] if len(words) > 1 else ""
    return not following or following[0] in _PUNCTUATION or following[0] in "“”"


def short_quote_spans(folded: str) -> tuple[list[int], list[int]]:
    """Opening and closing offsets of short quoted or titled spans: figures inside them are names."""
    starts: list[int] = []
    ends: list[int] = []
    open_at: dict[str, int] = {}
    ascii_open: int | None = None
    for mark in _QUOTE_MARKS.finditer(folded):
        index, ch = mark.start(), mark.group()
        if ch in _QUOTE_PAIRS:
            open_at[_QUOTE_PAIRS[ch]] = index
        elif ch in open_at:
            begin = open_at.pop(ch)
            if index - begin <= _MAX_QUOTED_NAME and not _SPEECH_PUNCTUATION.search(folded, begin, index):
                starts.append(begin)
                ends.append(index)
        elif ch == '"':
            if ascii_open is None:
                ascii_open = index
            else:
                if index - ascii_open <= _MAX_QUOTED_NAME and not _SPEECH_PUNCTUATION.search(folded, ascii_open, index):
                    starts.append(ascii_open)
                    ends.append(index)
                ascii_open = None
        elif ch == "\n":
            open_at.clear()
            ascii_open = None
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[i] for i in order], [ends[i] for i in order]


def inside_quotes(quotes: tuple[list[int], list[int]], start: int, end: int) -> bool:
    starts, ends = quotes
    index = bisect.bisect_left(starts, start) - 1
    while index >= 0:
        if ends[index] >= end:
            return True
        if start - starts[index] > _MAX_QUOTED_NAME:
            break
        index -= 1
    return False
