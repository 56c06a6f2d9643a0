"""Ranges in Chinese figures: 3—5万元, 两三千, 七八十万, and the bound a qualifier sets.

A range keeps both ends (`low`, `high`); its `value` is the low end. A one-sided bound (不少于50人, 5公里以内,
200户以上) keeps its figure as `value` and sets only the side the text gives.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.text.numerals import DIGIT_VALUES, parse_number

# 两三千, 七八十万, 五六百, 二三十, 十五六, 一两: two consecutive digits, then the multipliers both share.
_ADJACENT = re.compile(
    r"((?:[一二两三四五六七八九]?十)?)([一二两三四五六七八九])([二两三四五六七八九])([十百千万亿萬億]*)"
)
_ADJACENT_DIGITS = frozenset("一二两三四五六七八九")
# 一百五六元, 两千七八百元, 三万五六: a round lead, then two adjacent digits of its next place (150 or 160).
_ADJACENT_AFTER_LEAD = re.compile(
    r"([一二两三四五六七八九][百千万萬])([一二两三四五六七八九])([二两三四五六七八九])([十百千]?)"
)
# 六、七十万, 五、六个: the same two adjacent digits with an enumeration comma between them, then what both share.
# Only one digit on each side and no further 、 digit after it (一、二、三 and 3个、5个 are lists), and never after
# 第 or another digit (第一、二季度 counts places, not amounts).
_ADJACENT_PAIRS = "|".join(
    f"{low}、{high}"
    for low in "一二两三四五六七八"
    for high in "二两三四五六七八九"
    if DIGIT_VALUES[high] == DIGIT_VALUES[low] + 1
)
ENUMERATED_RANGE = rf"(?<![第、\d一二两三四五六七八九十百千万])(?:{_ADJACENT_PAIRS})(?!、)[十百千万亿萬億]*"
_LOW_SIDE = ("at_least", "more_than")
_HIGH_SIDE = ("at_most",)
_BIG = "万萬亿億"


def adjacent_digit_range(numeral: str) -> tuple[Decimal, Decimal] | None:
    """三四个 = three or four, 两三千 = two or three thousand, 一百五六 = 150 or 160: the two readings of two
    adjacent digits."""
    match = _ADJACENT.fullmatch(_without_enumeration_comma(numeral))
    if not match:
        return _adjacent_after_lead(numeral)
    tens, first, second, tail = match.groups()
    if DIGIT_VALUES[second] != DIGIT_VALUES[first] + 1:
        return None
    if tens and tail:
        # 十五六万 reads fine, but 二十三四百 is not a form anyone prints.
        return None
    try:
        return parse_number(tens + first + tail), parse_number(tens + second + tail)
    except ValueError:
        return None


def _adjacent_after_lead(numeral: str) -> tuple[Decimal, Decimal] | None:
    """一百五六 = 150 or 160: the contracted next place (一百五 is 150) read with each of the two digits."""
    match = _ADJACENT_AFTER_LEAD.fullmatch(numeral)
    if not match or DIGIT_VALUES[match.group(3)] != DIGIT_VALUES[match.group(2)] + 1:
        return None
    lead, first, second, tail = match.groups()
    try:
        return parse_number(lead + first + tail), parse_number(lead + second + tail)
    except ValueError:
        return None


def _without_enumeration_comma(numeral: str) -> str:
    """六、七十万 reads as 六七十万: the comma only sets the two digits apart."""
    if len(numeral) >= 3 and numeral[1] == "、":
        return numeral[0] + numeral[2:]
    return numeral


def adjacent_split(text: str) -> tuple[int, int] | None:
    """Where the low end of 两三百元 stops and the high end begins (both at 三; around the 、 of 六、七十万)."""
    for index in range(len(text) - 1):
        first = text[index]
        comma = 1 if text[index + 1 : index + 2] == "、" else 0
        second = text[index + 1 + comma : index + 2 + comma]
        adjacent = first in _ADJACENT_DIGITS and second and second in _ADJACENT_DIGITS
        if adjacent and DIGIT_VALUES[second] == DIGIT_VALUES[first] + 1:
            return index + 1, index + 1 + comma
    return None


def shared_multiplier(first_numeral: str, first_value: Decimal, first_multiplier: int, second_numeral: str,
                      second_multiplier: int) -> int:  # fmt: skip
    """3—5万元 means 3万 to 5万, 4至6千元 4千 to 6千: a bare low end borrows the high end's multiplier."""
    if first_multiplier != 1 or re.search(r"[万亿萬億千百]", first_numeral):
        return first_multiplier
    if second_multiplier != 1:
        return second_multiplier
    trailing = second_numeral[-1]
    if trailing not in _BIG + "千百":
        return 1
    try:
        multiplicand = parse_number(second_numeral[:-1] or "1")
    except ValueError:
        return 1
    if first_value < multiplicand:
        return int(parse_number("1" + trailing))
    return 1


def bounds(
    qualifier: str, value: Decimal, low: Decimal | None, high: Decimal | None
) -> tuple[Decimal | None, Decimal | None]:
    """The range ends a figure states: both for a printed range, one for a bound (以上, 不超过), none otherwise."""
    if low is not None or high is not None:
        return low, high
    if qualifier in _LOW_SIDE:
        return value, None
    if qualifier in _HIGH_SIDE:
        return None, value
    return None, None
