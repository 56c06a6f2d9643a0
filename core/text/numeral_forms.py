"""Written forms of a number beyond positional numerals: 半百, dozens (一打), 2e5, 40k, 1/4, 2^5.

Each is recognised only as a whole span, then its parts go back to the positional reader, so a malformed
form still fails with the same clear error as any other non-number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

_DOZEN = 12
_SCIENTIFIC = re.compile(r"\d+(?:\.\d+)?[eE][+-]?\d{1,3}")
_THOUSANDS_SUFFIX = re.compile(r"(\d+(?:\.\d+)?)[kK]")
_ARABIC_FRACTION = re.compile(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)")
_POWER = re.compile(r"(\d+)\^(\d{1,2})")
# Idioms for a round figure that are whole numbers on their own.
_WHOLE_WORDS = {"半百": Decimal(50)}


def parse_written_form(text: str, parse_plain: Callable[[str], Decimal]) -> Decimal:
    """The value of `text` when it is one of the forms above, else `parse_plain(text)`.

    Raises ValueError (from here or from `parse_plain`) when the text is not a number.
    """
    if text in _WHOLE_WORDS:
        return _WHOLE_WORDS[text]
    if len(text) > 1 and text.endswith("打"):
        # 一打 is a dozen; 十打 ten dozen.
        return parse_plain(text[:-1]) * _DOZEN
    if _SCIENTIFIC.fullmatch(text):
        return Decimal(text)
    match = _THOUSANDS_SUFFIX.fullmatch(text)
    if match:
        return Decimal(match.group(1)) * 1000
    match = _ARABIC_FRACTION.fullmatch(text)
    if match:
        denominator = Decimal(match.group(2))
        if not denominator:
            raise ValueError("zero denominator")
        return Decimal(match.group(1)) / denominator
    match = _POWER.fullmatch(text)
    if match:
        return Decimal(int(match.group(1)) ** int(match.group(2)))
    return parse_plain(text)
