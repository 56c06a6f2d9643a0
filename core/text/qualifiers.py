"""Qualifier words around a figure: 约/超过/不少于 before it, 以上/左右/以内 after it.

The vocabulary lives in quantity_words; this module only reads it at a figure's edges.
"""

from __future__ import annotations

import re

from core.text.quantity_words import PREFIX_FALSE_FRIENDS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS

_PREFIXES_LONGEST_FIRST = sorted(PREFIX_QUALIFIERS, key=len, reverse=True)
_BOUND_ADVERBS = ("至少", "最少", "起码", "最低", "最多", "至多", "最高")
# 最低生活保障, 最低工资标准: a named floor set by rule is a standard the figure states, not a bound on it; 最高气温,
# 最高海拔 name a measured extreme, 最高法院 an institution.
_NAMED_FLOORS = re.compile(r"最低(?:生活|工资|保障|标准|价)|最高(?:气温|温度|海拔|峰|人民|法院|检察|级|荣誉|奖)")
# How far before the figure a bound adverb still bounds it: past a short verb (至少开展1次) or the measured noun
# (最高亩产值更是达到), but never past 的, which makes it describe a noun (最高的村庄有300户: that village's count).
_ADVERB_REACH = 10
_CLAUSE_MARKS = frozenset(",，。;；:：!！?？、”’」』)）\n \t")
_SUFFIXES_LONGEST_FIRST = sorted(SUFFIX_QUALIFIERS, key=len, reverse=True)
# Most figures have no qualifier word: one character tells whether any word could end (or start) there.
_PREFIX_LAST_CHARS = frozenset(word[-1] for word in PREFIX_QUALIFIERS)
_SUFFIX_FIRST_CHARS = frozenset(word[0] for word in SUFFIX_QUALIFIERS)
_ADVERB_CHARS = frozenset("".join(_BOUND_ADVERBS))


def is_plus_tail(folded: str, end: int) -> bool:
    """170万+, then punctuation or the end: the plus says "more than"; 1+N, 9+2, 支部+电商 are names and patterns."""
    return folded[end : end + 1] in ("+", "＋") and (end + 1 == len(folded) or folded[end + 1] in _CLAUSE_MARKS)


def read_prefix(folded: str, start: int) -> tuple[int, str | None]:
    """Where the figure starts once a qualifier word before it is included, and that qualifier."""
    for word in _PREFIXES_LONGEST_FIRST if folded[start - 1 : start] in _PREFIX_LAST_CHARS else ():
        begin = start - len(word)
        if begin >= 0 and folded.startswith(word, begin):
            if any(folded.startswith(friend, start - len(friend)) for friend in PREFIX_FALSE_FRIENDS):
                return start, None
            return begin, PREFIX_QUALIFIERS[word]
    # 至少开展1次, 至少要两天: a bound adverb may stand before a short verb, not only next to the figure.
    window = folded[max(0, start - _ADVERB_REACH) : start]
    for adverb in _BOUND_ADVERBS if _ADVERB_CHARS.intersection(window) else ():
        index = window.rfind(adverb)
        reach = window[index:]
        if index >= 0 and not re.search(r"[^\u4e00-\u9fff]|的", reach) and not _NAMED_FLOORS.match(window, index):
            return start, PREFIX_QUALIFIERS[adverb]
    return start, None


def read_suffix(folded: str, end: int) -> tuple[int, str | None]:
    """Where the figure ends once a qualifier word after it is included, and that qualifier."""
    if is_plus_tail(folded, end):
        return end + 1, "more_than"  # 存款170万+: a plus closing the figure is "and more"
    for word in _SUFFIXES_LONGEST_FIRST if folded[end : end + 1] in _SUFFIX_FIRST_CHARS else ():
        if folded.startswith(word, end):
            if word in ("多", "余") and folded.startswith(("多元", "多样", "余额"), end):
                return end, None
            return end + len(word), SUFFIX_QUALIFIERS[word]
    return end, None
