"""Money around a figure: currency symbols and codes, compound amounts (五元三毛), and subunits (角, 美分).

Pure functions on the folded text (full-width forms folded, offsets shared with the original). Every currency
stays a unit of its own (美元, 港元, 元): only spellings of one currency are folded together.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.text.numerals import parse_number
from core.text.unit_words import CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_SUBUNITS

_PREFIXES_LONGEST_FIRST = sorted(CURRENCY_PREFIXES, key=len, reverse=True)
_PREFIX_LAST_CHARS = frozenset(symbol[-1] for symbol in CURRENCY_PREFIXES)
_CODES_LONGEST_FIRST = sorted(CURRENCY_CODES, key=len, reverse=True)
_DIGIT = "零〇一二两三四五六七八九十\\d"
# One subunit part after the main amount: 五毛, 6角, 零五分, 又五十美分.
_SUBUNIT_PART = re.compile(rf"[零又]?([{_DIGIT}]{{1,3}})(美分|角|毛|分)")
# After a subunit, what may follow a money amount: 钱, the end of the text, punctuation or space.
# Digits that can follow 毛/角 as a count of 分, indexed by value (the second half repeats them in Arabic).
_FEN_DIGITS = "〇一二三四五六七八九0123456789"
_MONEY_STOP = re.compile(r"钱|$|[\s,，。;；、:：!！?？)）”’》]")
# 块 is money only in the colloquial 三块五 / 三块五毛: one digit right after it, then no other numeral or unit.
_KUAI_TAIL = re.compile(rf"([一二两三四五六七八九\d])(?:[毛角](钱)?)?(?![{_DIGIT}万千百亿角毛分个块元%])")


def currency_before(folded: str, start: int) -> tuple[int, str, str] | None:
    """A currency symbol or code printed just before the figure at `start` (one space allowed).

    Returns (where the symbol begins, its currency, the symbol as printed), or None.
    """
    end = start - 1 if start > 0 and folded[start - 1] == " " else start
    if folded[end - 1 : end] not in _PREFIX_LAST_CHARS:
        return None
    for symbol in _PREFIXES_LONGEST_FIRST:
        begin = end - len(symbol)
        if begin >= 0 and folded.startswith(symbol, begin):
            before = folded[begin - 1 : begin]
            if symbol[0].isascii() and symbol[0].isalpha() and before.isascii() and before.isalpha():
                # Part of a longer Latin word, not a currency code.
                return None
            return begin, CURRENCY_PREFIXES[symbol], symbol
    return None


def currency_code_after(folded: str, position: int) -> tuple[str, str, int] | None:
    """400 EUR: a currency code after the figure (one space allowed). Returns (currency, code, end)."""
    begin = position + 1 if folded[position : position + 1] == " " else position
    for code in _CODES_LONGEST_FIRST:
        end = begin + len(code)
        following = folded[end : end + 1]
        if folded.startswith(code, begin) and not (following.isascii() and following.isalpha()):
            return CURRENCY_CODES[code], code, end
    return None


def subunit_value(folded: str, position: int, printed: str) -> tuple[str, Decimal, Decimal, int] | None:
    """五毛钱, 六角, 七毛五, 8美分: a figure in a subunit alone.

    Returns (currency, factor to the currency, what a trailing 分 digit adds, end after 钱) or None. 角 and 毛
    are common words (三角形, 五毛党), so they count as money only before 钱, punctuation or the end.
    """
    if printed not in CURRENCY_SUBUNITS:
        return None
    currency, factor = CURRENCY_SUBUNITS[printed]
    end = position + len(printed)
    extra = Decimal(0)
    if printed in ("角", "毛") and end < len(folded) and folded[end] in _FEN_DIGITS:
        # 七毛五 is 0.75 元: a digit after 毛/角 counts 分.
        extra = Decimal(_FEN_DIGITS.index(folded[end]) % 10) * Decimal(CURRENCY_SUBUNITS["分"][1])
        end += 1
    if printed != "美分":
        stop = _MONEY_STOP.match(folded, end)
        if not stop:
            return None
        end = stop.end() if stop.group() == "钱" else end
    return currency, Decimal(factor), extra, end


def compound_tail(folded: str, position: int, currency: str) -> tuple[Decimal, int]:
    """五元[三毛], 50元[6角三分], 两美元[又三美分]: subunit parts after the main amount.

    Returns the amount they add in the main currency and the offset after them (position when there are none).
    """
    total, end = Decimal(0), position
    for _part in range(2):
        match = _SUBUNIT_PART.match(folded, end)
        if not match or CURRENCY_SUBUNITS[match.group(2)][0] != currency:
            break
        try:
            amount = parse_number(match.group(1))
        except ValueError:
            break
        total += amount * Decimal(CURRENCY_SUBUNITS[match.group(2)][1])
        end = match.end()
    if end > position and folded.startswith("钱", end):
        end += 1
    return total, end


def kuai_tail(folded: str, position: int) -> tuple[Decimal, int] | None:
    """三块五 is three and a half yuan: the tenths after 块 (`position` is just after 块)."""
    match = _KUAI_TAIL.match(folded, position)
    if not match:
        return None
    return parse_number(match.group(1)) / 10, match.end()
