"""When 一 + measure word counts one thing, and when it is "a" or "one of them".

一 before a measure word is most often an article (一位农民代表, 一根小小的山药, 构成了一幅画卷). The inclusive gold
(tests/fixtures/CONVENTIONS.md) counts it where the grammar says a thing is counted:
- one of a series of counts of the same measure word (种了一棚西红柿,三棚火龙果);
- one built or put into service (建一座冷库, 建起一座大棚, 再投入一条生产线);
- one coordinated with another figure (新建5公里水泥路和一座桥梁);
- one of a measure of size with 多/余 (种了一亩多) and a multiple (翻了一倍).
And it does not count "one of them" closing a clause after a verb (摘下一颗, 收割一块, 做好一个): the thing is
named before, the figure counts nothing the page reports.
"""

from __future__ import annotations

import re

from core.text.segmentation import tagged

_CLAUSE_BREAK = re.compile(r"[,，。;；:：!！?？\n]")
_COUNT_AT = r"\s*(?:[二两三四五六七八九十]+|\d+){unit}"
# Verbs of building or putting into service: what they make is counted (建一座冷库, 投入一条生产线).
_BUILDING_VERBS = frozenset({"建", "建起", "建成", "新建", "修建", "兴建", "投入", "购置", "添置", "新增"})
# Measure words of things built or installed.
_FACILITY_MEASURES = frozenset("座条栋幢间处台套辆艘架棚口")
_AND = ("和", "及", "以及", "与")
_FIGURE_BEFORE = re.compile(r"[\d二两三四五六七八九十百千万]")
# Classifiers of single things (not measures of size: 多种一亩 counts a mu) that "one of them" is told in; 齐聚一堂
# is a saying of the same shape.
_PIECE_CLASSIFIERS = frozenset("个块颗粒只根把张件棵株枚朵串堂")
# Measures of size: 种了一亩多 is a little more than a mu, never "a"; 翻了一倍 doubles.
_SIZE_MEASURES = frozenset({"亩", "斤", "公斤", "吨", "米", "公里", "里", "平方米", "公顷", "克", "千克"})
_MORE = ("多", "余")
# Verbs before a closing 一 that state an amount rather than take an object (不止一辆, 只有一户, 达到一个).
_STATING_VERBS = ("有", "是", "止", "达", "到", "剩", "占", "为", "成")


def counted_in_a_series(folded: str, unit: str, end: int) -> bool:
    """种了一棚西红柿,三棚火龙果: the next clause opens with another count of the same measure word."""
    stop = _CLAUSE_BREAK.search(folded, end, end + 20)
    if not stop or stop.group() not in ",，;；":
        return False
    return bool(re.match(_COUNT_AT.format(unit=re.escape(unit)), folded[stop.end() : stop.end() + 8]))


def one_built(folded: str, start: int, unit: str) -> bool:
    """建一座冷库, 建起一座大棚, 再投入一条生产线: a facility built or put into service is counted."""
    if unit not in _FACILITY_MEASURES or folded.startswith(unit, start + 1 + len(unit)):
        return False  # 建起一座座温室: reduplicated, "row upon row", no count
    words = tagged(folded[max(0, start - 6) : start])
    return bool(words) and words[-1][0] in _BUILDING_VERBS


def one_coordinated(folded: str, start: int, before: str) -> bool:
    """新建5公里水泥路和一座桥梁: 一 joined by 和/及 to a figure of the same clause counts like it."""
    if not before.endswith(_AND):
        return False
    clause_begin = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, max(0, start - 16), start)), default=0)
    return bool(_FIGURE_BEFORE.search(folded, max(clause_begin, start - 16), start - 1))


def one_of_them(folded: str, start: int, unit: str) -> bool:
    """摘下一颗, 收割一块, 做好一个: after a verb, a closing 一 + classifier takes "one of them" as its object."""
    if unit not in _PIECE_CLASSIFIERS:
        return False
    words = tagged(folded[max(0, start - 6) : start])
    if not words:
        return False
    word, flag = words[-1]
    return flag[:1] in ("v", "a") and flag != "vn" and not word.endswith(_STATING_VERBS)


def one_measured(folded: str, unit: str, end: int) -> bool:
    """种了一亩多, 收入翻了一倍: one of a measure of size with 多/余 after it, or a multiple, is always a figure."""
    return unit == "倍" or (unit in _SIZE_MEASURES and folded.startswith(_MORE, end))
