"""Places counted without 个 in characters: 浙皖两省, 所辖五县一市, 京、津、唐、承四市, 四村联创.

After digits a place character counts (等4镇入选, 山区26县). After a numeral in characters it is more often part of a
name or a saying (一村一品, 三乡五镇, 兴十四村, 东北三省), so such a count needs a cue of grammar:
- 两, which counts and never numbers a place (no village is called 两村 the way 建五村, 爪营四村 are named);
- a verb of administering before it (所辖五县, 下辖三乡);
- 联 after it: places acting together (三村联动, 四村联创);
- a list before it with as many items as it counts (京、津、唐、承四市);
- another such count right before it (两省五县, 五县一市).
"""

from __future__ import annotations

import re

from core.text.numerals import DIGIT_VALUES

PLACE_CLASSIFIERS = ("省", "市", "县", "乡", "镇", "村")
# Characters that make the place character start a word of its own (村民, 县级, 市场, 省份): it counts nothing then.
PLACE_WORD_TAILS = frozenset("民委级组里庄干子落上亲村镇城域长政道区")
_CITY_WORD_TAILS = frozenset("场会份钱事时力内外属辖县直")
_TWO = ("两", "俩")
_ADMINISTERING = ("辖",)
_TOGETHER = "联"
_CLAUSE_BREAK = re.compile(r"[,，。;；:：!！?？\n]")
_SMALL_NUMERAL = re.compile(r"[一二两三四五六七八九十]{1,3}")
_LIST_ITEM_MAX = 8


def starts_a_word(unit: str, after: str) -> bool:
    """5村民, 3县级, 两市场: the place character starts a word (村民, 县级, 市场) and counts nothing."""
    if unit not in PLACE_CLASSIFIERS or not after:
        return False
    return after[0] in PLACE_WORD_TAILS or (unit in ("省", "市") and after[0] in _CITY_WORD_TAILS)


def is_place_count(folded: str, numeral: str, start: int, unit: str, end: int) -> bool:
    """True when a numeral in characters before a place character (folded[start:end]) counts places."""
    if unit not in PLACE_CLASSIFIERS or starts_a_word(unit, folded[end : end + 1]):
        return False
    if numeral in _TWO or folded.startswith(_TOGETHER, end):
        return True
    before = folded[max(0, start - 2) : start]
    if before.endswith(_ADMINISTERING) or _closes_a_list(folded, numeral, start):
        return True
    return _follows_a_place_count(folded, start)


def _follows_a_place_count(folded: str, start: int) -> bool:
    """五县一市: the count right before (a numeral and a place character ending at `start`) is itself one."""
    if start < 2 or folded[start - 1] not in PLACE_CLASSIFIERS:
        return False
    for length in (3, 2, 1):
        begin = start - 1 - length
        numeral = folded[begin : start - 1] if begin >= 0 else ""
        if numeral and _SMALL_NUMERAL.fullmatch(numeral):
            if begin > 0 and folded[begin - 1] in "一二两三四五六七八九十":
                continue
            head = folded[max(0, begin - 2) : begin]
            return numeral in _TWO or head.endswith(_ADMINISTERING) or _closes_a_list(folded, numeral, begin)
    return False


def _closes_a_list(folded: str, numeral: str, start: int) -> bool:
    """京、津、唐、承四市: the numeral counts the items of the 、-list it closes."""
    value = DIGIT_VALUES.get(numeral)
    if value is None or value < 2:
        return False
    clause_begin = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, start)), default=0)
    items = folded[clause_begin:start].split("、")
    if len(items) != value or any(not item or len(item) > _LIST_ITEM_MAX for item in items[1:]):
        return False
    return not items[-1].endswith("等")
