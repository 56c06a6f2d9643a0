"""Chinese quantities in running text: figure + unit + qualifier, with character offsets.

`find_quantities` locates numeral spans first and converts only those spans (`parse_number`), so words
that merely contain a numeral character (统一, 一站式, 千家万户) are never turned into digits. Each
candidate is then accepted only if the grammar around it says it is a measured amount: a unit or
measure word follows, and it is not a date, clock time, age, ordinal, quoted name or idiom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from core.text import money
from core.text.bare_figures import (
    earned_sum,
    filler_ge,
    follows_a_money_noun,
    glued_noun_unit,
    implied_unit,
    is_title,
    round_figure_at_least,
)
from core.text.numerals import DIGIT_VALUES, FULLWIDTH_TABLE, NUMERAL_CHARACTERS, parse_number, tidy_decimal
from core.text.qualifiers import read_prefix, read_suffix
from core.text.quantity_guards import inside_quotes, is_rejected_by_context, short_quote_spans
from core.text.quantity_words import (
    BOUND_SUFFIXES,
    COMPARATORS,
    INNER_QUALIFIERS,
    MULTIPLIERS,
    PERSON_NOUN_ENDINGS,
    RANGE_SEPARATORS,
    UPPER_COMPARATORS,
)
from core.text.ranges import ENUMERATED_RANGE, adjacent_digit_range, bounds, shared_multiplier
from core.text.shares import half_price_spans, shares_as_percent
from core.text.unit_reading import Reading, past_gap, read_unit, unit_at
from core.text.unit_words import (
    UNIT_CANONICAL,
)

__all__ = ["QUALIFIERS", "Quantity", "find_quantities", "parse_number"]

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "more_than")


@dataclass(frozen=True)
class Quantity:
    """One measured amount as printed.

    `unit` is the normalised unit (㎡ → 平方米, 美圆 → 美元, 七成 → %); `printed_unit` the unit as printed. A range
    has `value` = its low end and both `low` and `high`; a one-sided bound (以上, 不超过) sets only its side.
    """

    value: Decimal
    unit: str
    qualifier: str
    low: Decimal | None
    high: Decimal | None
    start: int
    end: int
    text: str
    printed_unit: str = ""


_CN_DIGITS = "零〇○一二两三四五六七八九"
# 1万五千块: the thousands after an Arabic 万 figure written in characters (a whole place: 五千, 五千五百).
_CHINESE_THOUSANDS_AFTER_WAN = "(?:(?<=[万萬])[一二两三四五六七八九]千(?:[一二三四五六七八九]百)?)?"
# 3 000元, 1 250万元: a space (thin or full-width too) groups thousands when groups of exactly three digits follow
# a lead of one to three and a unit or multiplier comes right after; 2016 年, 1 2 and a table's 1 250 300 stay apart.
_SPACE_GROUPED = r"(?<![\d.])\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.,\s])(?=[^\W\d_]|%)"
_ARABIC = rf"(?:{_SPACE_GROUPED}|\d+(?:,\d{{3}}(?!\d))*(?:\.\d+)?)"
# OCR leaves single spaces inside numerals (一百 五 十, 7 万5 千): a gap counts only between numeral characters.
_NUMERAL_RE = re.compile(
    rf"[百千]分之[{NUMERAL_CHARACTERS}\d.点]+"
    rf"|[二三四五六七八九十]分之[一二三四五六七八九]|一半|半数|(?<![一二三四五六七八九十两\d大上下前后多])半(?=个多?(?:小时|钟头|月))"
    rf"|{_ARABIC}(?:(?: ?[十百千万亿萬億])+(?: ?\d+(?:\.\d+)?(?: ?[十百千万亿萬億])*)*)?{_CHINESE_THOUSANDS_AFTER_WAN}"
    rf"|{ENUMERATED_RANGE}"
    rf"|[{NUMERAL_CHARACTERS}](?: ?[{NUMERAL_CHARACTERS}])*(?:点[{_CN_DIGITS}]+[万亿萬億]?)?"
)
# 1。27亩, 46。3万元: OCR (or a typist's input method) prints the decimal point as an ideographic full stop; digits
# on both sides with a unit-like character after them (not a date: 2019。3月) make it a decimal point.
_IDEOGRAPHIC_DECIMAL = re.compile(r"(?<=\d)。(?=\d{1,3}[^\d年月日号时点\s。，,；;:：!！?？、])")
_UNITS_STARTING_WITH_MULTIPLIER = {"千米", "千克", "千瓦", "千瓦时", "千伏", "百分点"}
_BETWEEN_SEPARATORS = ("和", "与")
# 一半, 半数 (half the number): a share of 50 %, a figure only with a bound (半数以上, 近一半).
_HALVES = ("一半", "半数")
_FRAMES = ("介于", "在", "从", "由")
_ALL_SEPARATORS = (*RANGE_SEPARATORS, *_BETWEEN_SEPARATORS)
_SEPARATOR_FIRST_CHARS = frozenset(separator[0] for separator in _ALL_SEPARATORS)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with offsets into `text` itself."""
    # An article's figures are read for its indicators and again for its tables: the same text, the same
    # (frozen) quantities, read once; each caller gets a list of its own.
    return list(_quantities(text))


@lru_cache(maxsize=16)
def _quantities(text: str) -> tuple[Quantity, ...]:
    folded = _IDEOGRAPHIC_DECIMAL.sub(".", text.translate(FULLWIDTH_TABLE))
    quotes = short_quote_spans(folded)
    found: list[Quantity] = []
    position = 0
    while True:
        match = _NUMERAL_RE.search(folded, position)
        if not match:
            break
        try:
            quantity, resume = _read_quantity(text, folded, match, quotes)
        except (ValueError, ArithmeticError):
            # A span that looked numeric but is not (a malformed OCR figure) is skipped, never fatal.
            quantity, resume = None, match.end()
        if quantity is not None:
            found.append(quantity)
            position = quantity.end
        else:
            position = max(resume, match.start() + 1)
    if "对折" in folded:
        found = _with_half_price(text, folded, found)
    return tuple(found)


def _with_half_price(text: str, folded: str, found: list[Quantity]) -> list[Quantity]:
    """打对折 is half price: a share with no numeral printed."""
    for start, end in half_price_spans(folded):
        if not any(q.start < end and start < q.end for q in found):
            found.append(Quantity(Decimal(50), "%", "exact", None, None, start, end, text[start:end], "对折"))
    return sorted(found, key=lambda q: q.start)


def _parse_numeral(numeral: str) -> Decimal | None:
    try:
        return parse_number(numeral)
    except ValueError:
        return None


def _read_numeral_and_unit(folded: str, match: re.Match[str]) -> Reading | None:
    numeral, start, end = match.group(), match.start(), match.end()
    # A multiplier glued to a unit that starts with the same character (5千米, 3百分点) belongs to the unit.
    if numeral[-1] in "千百" and len(numeral) > 1 and unit_at(folded, end - 1) in _UNITS_STARTING_WITH_MULTIPLIER:
        numeral, end = numeral[:-1].rstrip(), end - 1
    if numeral.startswith(("百分之", "千分之")):
        value = _parse_numeral(numeral)
        if value is None:
            return None
        unit = "%" if numeral[0] == "百" else "‰"
        return Reading(numeral, start, end, value, unit=unit, printed_unit=unit)
    share = _common_fraction(numeral)
    if share is not None:
        return Reading(numeral, start, end, share, unit="%", printed_unit=numeral)
    value = Decimal("0.5") if numeral == "半" else _parse_numeral(numeral)  # 半个多小时: half an hour and more
    if value is None and numeral in MULTIPLIERS:
        value = Decimal(MULTIPLIERS[numeral])  # 近亿元, 上万人: whether a lone 万/亿 counts is the guards' call
    adjacent_high = None
    if value is None:
        adjacent = adjacent_digit_range(numeral)
        if adjacent is not None:
            value, adjacent_high = adjacent
        elif folded.startswith("折", end) and len(numeral) == 2 and all(ch in DIGIT_VALUES for ch in numeral):
            # 九五折 is 95% of the price: two digits read as tenths and hundredths.
            value = Decimal(DIGIT_VALUES[numeral[0]] * 10 + DIGIT_VALUES[numeral[1]])
        else:
            return None
    reading = Reading(numeral, start, end, value, adjacent_high=adjacent_high)
    gap = position = past_gap(folded, numeral, end)
    if position < len(folded) and folded[position] in INNER_QUALIFIERS:
        marker = folded[position]
        after = folded[position + 1 : position + 2]
        # 来 marks "about" only after a round figure (十来个, 20来人); 几 only after 十 (十几万元, 二十几个).
        round_enough = marker not in "来几" or numeral[-1] in ("十百千0" if marker == "来" else "十0")
        if (after in MULTIPLIERS or unit_at(folded, position + 1)) and round_enough:
            reading.inner_qualifier = INNER_QUALIFIERS[marker]
            position += 1
    filler = filler_ge(folded, position) if folded.startswith("个", position) else None
    if filler is not None:
        reading.inner_qualifier = filler[0] or reading.inner_qualifier
        reading.multiplier, position = filler[1], filler[2]
    elif position < len(folded) and folded[position] in "万萬亿億" and reading.inner_qualifier:
        reading.multiplier = MULTIPLIERS[folded[position]]
        position += 1
    reading.end = end if position == gap else position  # a gap with nothing read after it is left to read_unit
    return reading


def _common_fraction(numeral: str) -> Decimal | None:
    """四分之一, 一半 and 半数 are shares, stated as the percentage tables use (25 %, 50 %)."""
    if numeral in _HALVES:
        return Decimal(50)
    if "分之" not in numeral:
        return None
    value = _parse_numeral(numeral)
    return None if value is None or value >= 1 else tidy_decimal((value * 100).quantize(Decimal("0.01")))


def _read_person_noun(folded: str, position: int) -> bool:
    window = folded[position : position + 8]
    for noun in PERSON_NOUN_ENDINGS:
        index = window.find(noun)
        if 0 <= index <= 4 and not re.search(r"[^\u4e00-\u9fff]", window[:index]):
            return True
    return False


def _read_quantity(
    text: str, folded: str, match: re.Match[str], quotes: tuple[list[int], list[int]]
) -> tuple[Quantity | None, int]:
    reading = _read_numeral_and_unit(folded, match)
    if reading is None:
        return None, match.end()
    position = reading.end if reading.unit else read_unit(folded, reading)
    if reading.unit == "块" and follows_a_money_noun(folded, reading.start):
        reading.unit = "元"  # 年收入可达1万五千块: 块 after a money noun is the spoken 元, not a piece
    low = high = None
    second = _read_range_end(folded, reading, position)
    if second is not None:
        second_reading, position = second
        low = reading.value * shared_multiplier(
            reading.numeral, reading.value, reading.multiplier, second_reading.numeral, second_reading.multiplier
        )
        high = second_reading.value * second_reading.multiplier
        reading.unit, reading.printed_unit = second_reading.unit, second_reading.printed_unit
        reading.inner_qualifier = reading.inner_qualifier or second_reading.inner_qualifier
    elif reading.adjacent_high is not None:
        low, high = reading.value * reading.multiplier, reading.adjacent_high * reading.multiplier
        reading.inner_qualifier = reading.inner_qualifier or "approx"
    start = reading.start
    prefix = money.currency_before(folded, reading.start)
    if prefix is not None and (not reading.unit or reading.unit == prefix[1]):
        # $20, 人民币八百, RMB 500万: the symbol before the figure names its currency.
        start = prefix[0]
        if not reading.unit:
            reading.unit, reading.printed_unit = prefix[1], prefix[2]
    bare = not reading.unit and _is_bare_bound(folded, start, position, second is not None)
    if not reading.unit and (reading.multiplier > 1 or re.search(r"[万亿萬億]", reading.numeral)):
        # 7.17万贫困群众, 存款1个多亿: a large figure with no measure word takes the unit of what it counts.
        reading.unit = implied_unit(folded, start, position) or ("人" if _read_person_noun(folded, position) else "")
    elif not reading.unit and second is None:
        reading.unit = glued_noun_unit(folded, reading.numeral, position) or earned_sum(folded, start, position)
    if not reading.unit and not bare:
        return None, position
    if is_rejected_by_context(folded, reading.numeral, start, reading.unit, position, second is not None):
        return None, position
    if inside_quotes(quotes, start, position) or is_title(folded, reading.numeral, reading.unit, position):
        return None, position
    start, prefix_qualifier = read_prefix(folded, start)
    if prefix_qualifier is None and round_figure_at_least(folded, reading.numeral, start):
        start, prefix_qualifier = start - 1, "at_least"
    end, suffix_qualifier = read_suffix(folded, position)
    qualifier = _combined_qualifier(prefix_qualifier, reading.inner_qualifier, suffix_qualifier)
    numeral = reading.numeral
    common_fraction = numeral in _HALVES or (numeral[1:3] == "分之" and numeral[0] not in "百千")
    if qualifier == "exact" and common_fraction:
        # 一半是山一半是水, 三分之一在外省务工: a bare "half" or "a third" splits a story; with a bound (一半以上,
        # 近四分之一) it measures a share.
        return None, end
    unit = UNIT_CANONICAL.get(reading.unit, reading.unit)
    value, low, high = shares_as_percent(unit, reading.value * reading.multiplier + reading.extra, low, high)
    if unit in ("成", "折"):
        unit = "%"
    upper = _read_upper_bound(folded, end, reading.unit) if qualifier in ("more_than", "at_least") else None
    if upper is not None and upper[0] >= value:
        # 大于20小于30: a lower comparison closed by an upper one is a two-sided range.
        low, high, end = value, upper[0], upper[1]
        unit = unit or UNIT_CANONICAL.get(upper[2], upper[2])
    if low is not None and high is not None:
        value = low
    low, high = bounds(qualifier, value, low, high)
    low, high = (None if x is None else tidy_decimal(x) for x in (low, high))
    printed = reading.printed_unit or reading.unit
    return Quantity(tidy_decimal(value), unit, qualifier, low, high, start, end, text[start:end], printed), end


def _combined_qualifier(prefix: str | None, inner: str | None, suffix: str | None) -> str:
    """One qualifier for a figure that prints several: a bound word after it rules (达不到90%以上 is more than 90),
    but between "about" and the 多/余 inside the figure the word printed first rules (近一个多月 is about a month,
    10余吨左右 more than ten tons)."""
    if inner is not None and suffix == "approx":
        return inner
    if prefix == "approx" and inner is not None and suffix is None:
        return prefix
    return suffix or inner or prefix or "exact"


def _is_bare_bound(folded: str, start: int, end: int, is_range: bool) -> bool:
    """大于20, 20以上, 介于3和5之间: a comparison makes a figure with no unit a bound worth reporting.

    Such figures carry unit "" (indicators skip them: an indicator needs a unit).
    """
    if is_range or folded.startswith(BOUND_SUFFIXES, end) or folded.startswith("之间", end):
        return True
    return any(folded.startswith(word, start - len(word)) for word in COMPARATORS)


def _read_upper_bound(folded: str, end: int, unit: str) -> tuple[Decimal, int, str] | None:
    """The figure after 小于/不超过 closing a lower bound (且 or a comma between), with its end and unit."""
    position = end + 1 if folded[end : end + 1] in ("且", ",", "，", "而") else end
    position += 1 if folded.startswith(("并且", "而且"), end) else 0
    comparator = next((word for word in UPPER_COMPARATORS if folded.startswith(word, position)), None)
    if comparator is None:
        return None
    match = _NUMERAL_RE.match(folded, position + len(comparator))
    second = _read_numeral_and_unit(folded, match) if match else None
    if second is None:
        return None
    after = read_unit(folded, second)
    if second.unit and unit and second.unit != unit:
        return None
    return second.value * second.multiplier + second.extra, after, second.unit


def _read_range_end(folded: str, first: Reading, position: int) -> tuple[Reading, int] | None:
    if folded[position : position + 1] not in _SEPARATOR_FIRST_CHARS:
        return None
    for separator in _ALL_SEPARATORS:
        if not folded.startswith(separator, position):
            continue
        match = _NUMERAL_RE.match(folded, position + len(separator))
        if not match:
            return None
        second = _read_numeral_and_unit(folded, match)
        if second is None:
            return None
        after = read_unit(folded, second)
        framed = folded.startswith("之间", after) or folded[max(0, first.start - 2) : first.start].endswith(_FRAMES)
        if (not second.unit and (first.unit or not framed)) or (first.unit and first.unit != second.unit):
            # A range needs a unit, or, with none printed, words that frame it (介于3和5之间, 从1到10).
            return None
        if separator in _BETWEEN_SEPARATORS and not folded.startswith("之间", after):
            # 10%和20% is two figures; only 介于10%和20%之间 is one range.
            return None
        descending = second.value * second.multiplier < first.value * first.multiplier
        if descending and first.multiplier == 1 and second.multiplier == 1:
            # 3—5万 borrows 万 for its low end; any other descending pair is not a range.
            return None
        return second, after
    return None
