"""Reading what follows a numeral: its unit (with OCR's spaces, currencies, subunits and per-units) as a
`Reading` of the figure is built up by `core.text.numbers`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from core.text import money
from core.text.numerals import DIGIT_VALUES, NUMERAL_CHARACTERS
from core.text.quantity_words import (
    DATE_OR_CLOCK_UNITS,
    INNER_QUALIFIERS,
    MULTIPLIERS,
    TIME_UNITS,
    UNITS,
    WORD_AFTER_UNIT,
)
from core.text.shares import NOT_SHARE_AFTER, TENTHS_TO_PERCENT
from core.text.unit_words import (
    CHINESE_MEASURES,
    CURRENCIES,
    CURRENCY_NAMES,
    CURRENCY_SUBUNITS,
    LATIN_MEASURES,
    UNIT_CANONICAL,
)

LATIN_UNITS = frozenset({*LATIN_MEASURES, "%", "‰"})
_ALL_UNIT_SPELLINGS = (
    UNITS
    | DATE_OR_CLOCK_UNITS
    | LATIN_UNITS
    | {"元钱", "块钱", "毛", "折", *CHINESE_MEASURES.split(), *CURRENCY_NAMES.split()}
)
_UNITS_LONGEST_FIRST = sorted(_ALL_UNIT_SPELLINGS, key=len, reverse=True)
_UNITS_BY_FIRST_CHAR: dict[str, list[str]] = {}
for _unit in _UNITS_LONGEST_FIRST:
    _UNITS_BY_FIRST_CHAR.setdefault(_unit[0], []).append(_unit)
# 6亩7分地: one digit of 分 (tenths of a mu) after 亩, not 分钟 or 分之.
_FEN_OF_MU = re.compile(r"[一二两三四五六七八九1-9]分(?![钟之])")
_TIME_AFTER_GE = ("小时", "钟头", "月", "工作日", "季度", "星期")


@dataclass
class Reading:
    """A numeral and what follows it, while it is being read."""

    numeral: str
    start: int
    end: int
    value: Decimal
    unit: str = ""
    printed_unit: str = ""
    inner_qualifier: str | None = None
    multiplier: int = 1
    extra: Decimal = Decimal(0)
    adjacent_high: Decimal | None = None


def past_gap(folded: str, numeral: str, end: int) -> int:
    """42367 户, 280 多万元: OCR and web copies put a space between digits and what follows them; one space
    before a unit or a 多/余 that leads to one is layout, not a break."""
    if folded[end : end + 1] != " " or not re.search(r"\d", numeral):
        return end
    after = end + 1
    if folded[after : after + 1] in INNER_QUALIFIERS:
        following = folded[after + 1 : after + 2]
        return after if following in MULTIPLIERS or unit_at(folded, after + 1) else end
    return after if unit_at(folded, after) else end


def unit_at(folded: str, position: int) -> str:
    for unit in _UNITS_BY_FIRST_CHAR.get(folded[position : position + 1], ()):
        if folded.startswith(unit, position):
            following = folded[position + len(unit) : position + len(unit) + 1]
            if unit in LATIN_UNITS and following.isascii() and following.isalpha():
                continue
            return unit
    return ""


def read_unit(folded: str, reading: Reading) -> int:
    """Attach the unit after the figure; returns the offset after it (reading.unit stays '' if none)."""
    position = reading.end
    if folded.startswith("个", position) and folded[position + 1 : position + 2] in ("多", "半"):
        for time_word in _TIME_AFTER_GE:
            if folded.startswith(time_word, position + 2):
                reading.unit = reading.printed_unit = "个" + time_word
                if folded[position + 1] == "多":
                    reading.inner_qualifier = "more_than"
                else:
                    reading.value += Decimal("0.5")
                return position + 2 + len(time_word)
    if folded.startswith("整", position) and unit_at(folded, position + 1) in TIME_UNITS:
        position += 1
    if folded.startswith(" ", position) and unit_at(folded, position + 1) in LATIN_UNITS:
        # 98 %, 3.6 km: a space before a symbol or Latin unit is layout, not a break.
        position += 1
    else:
        position = past_gap(folded, reading.numeral, position)
    unit = unit_at(folded, position)
    if not unit:
        code = money.currency_code_after(folded, position)
        if code is None:
            return position
        reading.unit, reading.printed_unit, end = code
        return end
    if unit in NOT_SHARE_AFTER and folded[position + 1 : position + 2] in NOT_SHARE_AFTER[unit]:
        return position
    if folded[position + len(unit) : position + len(unit) + 1] in WORD_AFTER_UNIT.get(unit, ()):
        return position  # 3包括, 2担任: the character opens a word, it is no measure
    reading.unit = reading.printed_unit = unit
    position += len(unit)
    if unit in CURRENCY_SUBUNITS:
        return _read_subunit(folded, reading, position - len(unit))
    if unit in CURRENCIES or UNIT_CANONICAL.get(unit) in CURRENCIES:
        position = _read_money_tail(folded, reading, position)
    elif unit == "块":
        tail = money.kuai_tail(folded, position)
        if tail is not None:
            reading.extra, position = tail
            reading.unit = "元"
    elif unit == "成" and folded[position : position + 1] in DIGIT_VALUES and not unit_at(folded, position + 1):
        # 七成六 is 76%: a digit after 成 is hundredths.
        after = folded[position + 1 : position + 2]
        if not after or not (after in NUMERAL_CHARACTERS or after.isdigit()):
            reading.extra = Decimal(DIGIT_VALUES[folded[position]]) / TENTHS_TO_PERCENT
            position += 1
    elif unit == "亩" and _FEN_OF_MU.match(folded, position):
        # 6亩7分地 is 6.7 亩: a 分 is a tenth of a mu.
        digit = folded[position]
        reading.extra = Decimal(DIGIT_VALUES[digit] if digit in DIGIT_VALUES else int(digit)) / 10
        position += 2
    elif unit in TIME_UNITS and folded.startswith("半", position):
        reading.value += Decimal("0.5")
        position += 1
    if unit not in DATE_OR_CLOCK_UNITS and folded.startswith("/", position):
        per = unit_at(folded, position + 1) or folded[position + 1 : position + 2]
        if per and re.match(r"[\u4e00-\u9fff%]", per):
            # 950元/亩 is stated in 元 (the gold has no compound unit: the "per" is the metric's); 30余人/次 is 人次.
            reading.unit = unit + per if unit + per in UNITS else reading.unit
            reading.printed_unit = unit + "/" + per
            position += 1 + len(per)
    return position


def _read_subunit(folded: str, reading: Reading, position: int) -> int:
    """五毛钱, 六角, 8美分: money in a subunit alone, stated in its currency; 院落一角 is a corner, not a dime."""
    found = money.subunit_value(folded, position, reading.unit)
    corner = reading.numeral == "一" and reading.unit == "角" and not folded.startswith("钱", position + 1)
    if found is None or corner:
        reading.unit = ""
        return position
    currency, factor, extra, end = found
    reading.value *= factor
    reading.extra += extra
    reading.unit = currency
    return end


def _read_money_tail(folded: str, reading: Reading, position: int) -> int:
    """五元三毛, 两美元又三美分: subunits after the amount; 50万元人民币: the currency name after it."""
    currency = UNIT_CANONICAL.get(reading.unit, reading.unit)
    extra, position = money.compound_tail(folded, position, currency)
    reading.extra += extra
    if currency == "元" and folded.startswith("人民币", position):
        position += len("人民币")
    return position
