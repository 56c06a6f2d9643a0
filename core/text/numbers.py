"""Chinese quantities in running text: figure + unit + qualifier, with character offsets.

`find_quantities` locates numeral spans first and converts only those spans (`parse_number`), so words
that merely contain a numeral character (统一, 一站式, 千家万户) are never turned into digits. Each
candidate is then accepted only if the grammar around it says it is a measured amount: a unit or
measure word follows, and it is not a date, clock time, age, ordinal, quoted name or idiom.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from core.text.numerals import DIGIT_VALUES, FULLWIDTH_TABLE, parse_number, tidy_decimal
from core.text.quantity_guards import is_rejected_by_context
from core.text.quantity_words import (
    DATE_OR_CLOCK_UNITS,
    INNER_QUALIFIERS,
    LATIN_UNITS,
    MULTIPLIERS,
    PERSON_NOUN_ENDINGS,
    PREFIX_FALSE_FRIENDS,
    PREFIX_QUALIFIERS,
    RANGE_SEPARATORS,
    SUFFIX_QUALIFIERS,
    TIME_UNITS,
    UNIT_CANONICAL,
    UNITS,
)

__all__ = ["QUALIFIERS", "Quantity", "find_quantities", "parse_number"]

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "more_than")


@dataclass(frozen=True)
class Quantity:
    """One measured amount as printed. For a range, value is the low bound and low/high hold both ends."""

    value: Decimal
    unit: str
    qualifier: str
    low: Decimal | None
    high: Decimal | None
    start: int
    end: int
    text: str


_CN_CHARS = "零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅"
_CN_DIGITS = "零〇○一二两三四五六七八九"
_ARABIC = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
_NUMERAL_RE = re.compile(
    rf"[百千]分之[{_CN_CHARS}\d.点]+"
    rf"|{_ARABIC}(?:[十百千万亿萬億]+(?:\d+(?:\.\d+)?[十百千万亿萬億]*)*)?"
    rf"|[{_CN_CHARS}]+(?:点[{_CN_DIGITS}]+[万亿萬億]?)?"
)
_ALL_UNIT_SPELLINGS = UNITS | DATE_OR_CLOCK_UNITS | {"%", "‰", "元钱", "块钱", *LATIN_UNITS}
_UNITS_LONGEST_FIRST = sorted(_ALL_UNIT_SPELLINGS, key=len, reverse=True)
_UNITS_BY_FIRST_CHAR: dict[str, list[str]] = {}
for _unit in _UNITS_LONGEST_FIRST:
    _UNITS_BY_FIRST_CHAR.setdefault(_unit[0], []).append(_unit)
_UNITS_STARTING_WITH_MULTIPLIER = {"千米", "千克", "千瓦", "千瓦时", "百分点"}
_TIME_AFTER_GE = ("小时", "钟头", "月", "工作日", "季度", "星期")
_PREFIXES_LONGEST_FIRST = sorted(PREFIX_QUALIFIERS, key=len, reverse=True)
_BOUND_ADVERBS = ("至少", "最少", "起码", "最多", "至多")
_SUFFIXES_LONGEST_FIRST = sorted(SUFFIX_QUALIFIERS, key=len, reverse=True)
_QUOTE_PAIRS = {"“": "”", "《": "》", "‘": "’", "「": "」", "『": "』", "〈": "〉"}
_MAX_QUOTED_NAME = 25
# Quoted speech has clause punctuation; a quoted name (“4点半”学校, “9+2改革攻坚行动”) has none.
_SPEECH_PUNCTUATION = re.compile(r"[,;。!?，；！？]")
_TENTHS_TO_PERCENT = 10


@dataclass
class _Reading:
    """A numeral and what follows it, while it is being read."""

    numeral: str
    start: int
    end: int
    value: Decimal
    unit: str = ""
    inner_qualifier: str | None = None
    multiplier: int = 1


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with offsets into `text` itself."""
    folded = text.translate(FULLWIDTH_TABLE)
    quotes = _short_quote_spans(folded)
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
    return found


def _short_quote_spans(folded: str) -> tuple[list[int], list[int]]:
    """Opening and closing offsets of short quoted or titled spans: figures inside them are names."""
    starts: list[int] = []
    ends: list[int] = []
    open_at: dict[str, int] = {}
    ascii_open: int | None = None
    for index, ch in enumerate(folded):
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


def _inside_quotes(quotes: tuple[list[int], list[int]], start: int, end: int) -> bool:
    starts, ends = quotes
    index = bisect.bisect_left(starts, start) - 1
    while index >= 0:
        if ends[index] >= end:
            return True
        if start - starts[index] > _MAX_QUOTED_NAME:
            break
        index -= 1
    return False


def _parse_numeral(numeral: str) -> Decimal | None:
    try:
        return parse_number(numeral)
    except ValueError:
        return None


def _read_numeral_and_unit(folded: str, match: re.Match[str]) -> _Reading | None:
    numeral, start, end = match.group(), match.start(), match.end()
    # A multiplier glued to a unit that starts with the same character (5千米, 3百分点) belongs to the unit.
    if numeral[-1] in "千百" and len(numeral) > 1 and _unit_at(folded, end - 1) in _UNITS_STARTING_WITH_MULTIPLIER:
        numeral, end = numeral[:-1], end - 1
    if numeral.startswith(("百分之", "千分之")):
        value = _parse_numeral(numeral)
        if value is None:
            return None
        return _Reading(numeral, start, end, value, unit="%" if numeral[0] == "百" else "‰")
    value = _parse_numeral(numeral)
    if value is None:
        value = _adjacent_digit_range(numeral)
        if value is None:
            return None
    reading = _Reading(numeral, start, end, value)
    position = end
    if position < len(folded) and folded[position] in INNER_QUALIFIERS:
        marker = folded[position]
        after = folded[position + 1 : position + 2]
        # 来 marks "about" only after a round figure (十来个, 20来人); 几 only after 十 (十几万元, 二十几个).
        round_enough = marker not in "来几" or numeral[-1] in ("十百千0" if marker == "来" else "十")
        if (after in MULTIPLIERS or _unit_at(folded, position + 1)) and round_enough:
            reading.inner_qualifier = INNER_QUALIFIERS[marker]
            position += 1
    if position < len(folded) and folded[position] in "万萬亿億" and reading.inner_qualifier:
        reading.multiplier = MULTIPLIERS[folded[position]]
        position += 1
    reading.end = position
    return reading


def _adjacent_digit_range(numeral: str) -> Decimal | None:
    """三四个 = three or four: two consecutive digits are an approximate range, read as the low end."""
    if len(numeral) == 2 and all(ch in DIGIT_VALUES for ch in numeral):
        low, high = DIGIT_VALUES[numeral[0]], DIGIT_VALUES[numeral[1]]
        if high == low + 1 and low > 0:
            return Decimal(low)
    return None


def _unit_at(folded: str, position: int) -> str:
    for unit in _UNITS_BY_FIRST_CHAR.get(folded[position : position + 1], ()):
        if folded.startswith(unit, position):
            return unit
    return ""


def _read_unit(folded: str, reading: _Reading) -> int:
    """Attach the unit after the figure; returns the offset after it (reading.unit stays '' if none)."""
    position = reading.end
    if folded.startswith("个", position) and folded[position + 1 : position + 2] in ("多", "半"):
        for time_word in _TIME_AFTER_GE:
            if folded.startswith(time_word, position + 2):
                reading.unit = "个" + time_word
                if folded[position + 1] == "多":
                    reading.inner_qualifier = "more_than"
                else:
                    reading.value += Decimal("0.5")
                return position + 2 + len(time_word)
    if folded.startswith("整", position) and _unit_at(folded, position + 1) in TIME_UNITS:
        position += 1
    unit = _unit_at(folded, position)
    if not unit:
        return position
    reading.unit = unit
    position += len(unit)
    if unit in TIME_UNITS and folded.startswith("半", position):
        reading.value += Decimal("0.5")
        position += 1
    if unit not in DATE_OR_CLOCK_UNITS and folded.startswith("/", position):
        per = _unit_at(folded, position + 1) or folded[position + 1 : position + 2]
        if per and re.match(r"[\u4e00-\u9fff%]", per):
            reading.unit = unit + "/" + per
            position += 1 + len(per)
    return position


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
    position = reading.end if reading.unit else _read_unit(folded, reading)
    low = high = None
    second = _read_range_end(folded, reading, position)
    if second is not None:
        second_reading, position = second
        low = reading.value * _shared_multiplier(reading, second_reading)
        high = second_reading.value * second_reading.multiplier
        reading.unit = second_reading.unit
        reading.inner_qualifier = reading.inner_qualifier or second_reading.inner_qualifier
    elif _adjacent_digit_range(reading.numeral) is not None and _parse_numeral(reading.numeral) is None:
        low = reading.value
        high = reading.value + 1
        reading.inner_qualifier = reading.inner_qualifier or "approx"
    if not reading.unit:
        if reading.multiplier == 1 and not re.search(r"[万亿萬億]", reading.numeral):
            return None, position
        if not _read_person_noun(folded, position):
            return None, position
        reading.unit = "人"
    if is_rejected_by_context(folded, reading.numeral, reading.start, reading.unit, position, second is not None):
        return None, position
    if _inside_quotes(quotes, reading.start, position):
        return None, position
    start, prefix_qualifier = _read_prefix(folded, reading.start)
    end, suffix_qualifier = _read_suffix(folded, position)
    qualifier = suffix_qualifier or reading.inner_qualifier or prefix_qualifier or "exact"
    value = tidy_decimal(reading.value * reading.multiplier)
    if low is not None and high is not None:
        low, high = tidy_decimal(low), tidy_decimal(high)
        value = low
    unit = UNIT_CANONICAL.get(reading.unit, reading.unit)
    if unit == "成":
        # 七成 is seventy per cent: one share of ten, stated as the percentage tables and other figures use.
        unit, value = "%", value * _TENTHS_TO_PERCENT
        low, high = (
            (None, None) if low is None or high is None else (low * _TENTHS_TO_PERCENT, high * _TENTHS_TO_PERCENT)
        )
    return Quantity(value, unit, qualifier, low, high, start, end, text[start:end]), end


def _shared_multiplier(first: _Reading, second: _Reading) -> int:
    """3—5万元 means 3万 to 5万: a bare low end borrows the high end's 万/亿."""
    if first.multiplier != 1 or re.search(r"[万亿萬億]", first.numeral):
        return first.multiplier
    if second.multiplier != 1:
        return second.multiplier
    trailing = second.numeral[-1]
    if trailing in "万萬亿億" and first.value < parse_number(second.numeral[:-1] or "1"):
        return MULTIPLIERS[trailing]
    return 1


def _read_range_end(folded: str, first: _Reading, position: int) -> tuple[_Reading, int] | None:
    for separator in RANGE_SEPARATORS:
        if not folded.startswith(separator, position):
            continue
        match = _NUMERAL_RE.match(folded, position + len(separator))
        if not match:
            return None
        second = _read_numeral_and_unit(folded, match)
        if second is None:
            return None
        after = _read_unit(folded, second)
        if not second.unit or (first.unit and first.unit != second.unit):
            return None
        descending = second.value * second.multiplier < first.value * first.multiplier
        if descending and first.multiplier == 1 and second.multiplier == 1:
            # 3—5万 borrows 万 for its low end; any other descending pair is not a range.
            return None
        return second, after
    return None


def _read_prefix(folded: str, start: int) -> tuple[int, str | None]:
    for word in _PREFIXES_LONGEST_FIRST:
        begin = start - len(word)
        if begin >= 0 and folded.startswith(word, begin):
            if any(folded.startswith(friend, start - len(friend)) for friend in PREFIX_FALSE_FRIENDS):
                return start, None
            return begin, PREFIX_QUALIFIERS[word]
    # 至少开展1次, 至少要两天: a bound adverb may stand before a short verb, not only next to the figure.
    window = folded[max(0, start - 6) : start]
    for adverb in _BOUND_ADVERBS:
        index = window.rfind(adverb)
        if index >= 0 and not re.search(r"[^\u4e00-\u9fff]", window[index:]):
            return start, PREFIX_QUALIFIERS[adverb]
    return start, None


def _read_suffix(folded: str, end: int) -> tuple[int, str | None]:
    for word in _SUFFIXES_LONGEST_FIRST:
        if folded.startswith(word, end):
            if word in ("多", "余") and folded.startswith(("多元", "多样", "余额"), end):
                return end, None
            return end + len(word), SUFFIX_QUALIFIERS[word]
    return end, None
