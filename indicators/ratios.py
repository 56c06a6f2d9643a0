"""Ratios printed without a unit: 城乡居民收入倍差为2.1, 基尼系数0.38.

A coefficient or a ratio of two sums has no measure word, so `numbers.find_quantities` (which needs a unit
to tell a figure from a code or a name) does not report it. Inside a sentence that names such a ratio, a bare
decimal is that ratio; it is stored with an empty unit and named by the ratio's phrase.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.text.numbers import Quantity

# Words that name a figure with no unit: the ratio between two sums, or an index.
_RATIO_WORDS = ("倍差", "比值", "系数", "指数", "比率")
_RATIO_WORD = re.compile("|".join(_RATIO_WORDS))
_SENTENCE = re.compile(r"[^。!！?？;；\n]+")
_CLAUSE_BREAK = re.compile(r"[,，:：、]")
# A bare decimal: not part of a longer number, a date (2020.5) or a version, and followed by no unit.
_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
_LEADING_TIME = re.compile(r"^(?:\d{4}年(?:底|末)?|今年|去年|目前|截至目前|全年)+")


def unitless_ratios(text: str, found: list[Quantity]) -> dict[int, tuple[Quantity, str]]:
    """Ratio figures of `text` that `found` (every figure read with a unit or a bound) does not cover,
    keyed by offset, each with the phrase that names it."""
    ratios: dict[int, tuple[Quantity, str]] = {}
    for sentence in _SENTENCE.finditer(text):
        word = _RATIO_WORD.search(text, sentence.start(), sentence.end())
        if not word:
            continue
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start(), word.start())), default=0)
        name = _name(text[max(clause_start, sentence.start()) : word.end()])
        for match in _DECIMAL.finditer(text, sentence.start(), sentence.end()):
            start, end = match.start(), match.end()
            if start < word.end():
                continue  # a figure before the ratio is named is not that ratio
            if any(q.start < end and start < q.end for q in found):
                continue
            following = text[end : end + 1]
            if following and not (_CLAUSE_BREAK.match(following) or following in "。;；!！?？)）”\n 的"):
                continue  # 1.96亿, 2.5米 and the like were the reader's to take
            value = Decimal(match.group())
            ratios[start] = (Quantity(value, "", "exact", None, None, start, end, match.group(), ""), name)
    return ratios


def _name(clause: str) -> str:
    """城乡居民收入倍差 from 2020年城乡居民收入倍差: the ratio's clause without its time words."""
    words = re.sub(r"[“”\s]", "", clause)
    return _LEADING_TIME.sub("", words) or words
