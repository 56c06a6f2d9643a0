"""Name the thing a figure counts, as a short phrase taken from its clause (jieba words and POS tags).

Chinese reports put the measured thing either before the figure (新建厕所40.9万户, 处理率达到100%) or
after it (建设58个党群服务中心, 34人获得称号). The phrase is cut from the clause itself: leading
time/place/scope words and trailing linking verbs are dropped, and a count gets 数 (人数/户数) the way
statistical tables name columns.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from core.text.numbers import Quantity

# Scope and linking words at the edges of a phrase that say nothing about what is measured.
_LEADING = """
其中 全市 全区 全县 全镇 全乡 全村 全省 全街道 该镇 该区 该市 该县 该村 该街道
该基地 该协会 该院 该公司 共 共有 有 先后 已 已经 还 并 同时 目前 现有
今年 去年 今年以来 去年以来 截至目前 此外 另外 通过 为 对 将 把 在 各类
"""
_TRAILING = """
达到 达 为 是 有 共 共计 合计 总计 累计达 增至 增加到 提高到 降低到 降至 了 的 等 各类 各种 各项 约 近
超过 突破 达到了 已达 分别 分别为 至 到 只收 收 计 规模 占 已有
"""
_LEADING_NOISE = frozenset(_LEADING.split())
_TRAILING_NOISE = frozenset(_TRAILING.split())
_DROP_WORDS = {"各类", "各种", "各项", "等", "了", "的", "“", "”", "《", "》"}
# Units after which the metric names a count and takes 数 (or 人数/户数).
_COUNT_SUFFIX = {"人": "人数", "名": "人数", "位": "人数", "户": "户数", "人次": "人次", "场次": "场次", "口": "人口"}
_NOT_COUNTS = {"元", "%", "‰", "亩", "平方米", "公顷", "平方公里", "公里", "米", "里", "吨", "斤", "公斤", "千克", "倍",
               "百分点", "年", "个月", "天", "小时", "个小时", "周", "分钟", "成"}  # fmt: skip
_NOUN_FLAGS = ("n", "j", "nz", "ng", "an", "l", "i", "b", "s", "nt", "nr")
_LEADING_FLAGS = {"x", "p", "c", "t", "r", "m", "d", "uj", "ul", "nr", "nrt", "nrfg", "f"}
_PLACE_SUFFIXES = set("省市县区镇乡村街道")
_TRAILING_FLAGS = {"x", "uj", "ul", "p", "d", "c", "m", "y"}
_AREA_UNITS = {"亩", "平方米", "公顷", "顷", "平方公里", "平方千米", "立方米"}
_LENGTH_UNITS = {"公里", "米", "里", "千米", "厘米", "毫米", "延米"}
_FAMILY_HEADS = {"area": "面积", "length": "长度", "ratio": "占比"}
_STOP_RIGHT_FLAGS = ("x", "uj", "p", "c", "r", "d", "m", "f", "t")
_PUNCT = re.compile(r"[\s,，。、；;：:!！?？()（）“”\"'《》]")


@lru_cache(maxsize=1)
def _posseg():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def _words(text: str) -> list[tuple[str, str]]:
    return [(pair.word, pair.flag) for pair in _posseg().lcut(text)] if text else []


def _strip_edges(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    while words and (words[0][0] in _LEADING_NOISE or words[0][1] in _LEADING_FLAGS or _is_place_name(*words[0])):
        words = words[1:]
    while words and (words[-1][0] in _TRAILING_NOISE or words[-1][1] in _TRAILING_FLAGS):
        words = words[:-1]
    return [w for w in words if w[0] not in _DROP_WORDS]


def _is_place_name(word: str, flag: str) -> bool:
    # jieba tags some verbs as places (新建 is also a district); only names with a place suffix are dropped.
    return flag == "ns" and word[-1] in _PLACE_SUFFIXES


def _is_noun(flag: str) -> bool:
    return flag.startswith(_NOUN_FLAGS) or flag == "vn"


def _noun_phrase_after(right: str, allow_leading_verb: bool = False, verb_compounds: bool = True) -> str:
    """The noun phrase a pre-nominal figure counts (58个[党群服务中心]): words until a verb or punctuation.

    A verb directly followed by a noun stays inside (扶贫项目, 包保科级干部): Chinese compounds nouns that way.
    """
    words = _words(right[:24])
    while words and (words[0][0] == "的" or words[0][0] in _DROP_WORDS):
        words = words[1:]
    phrase: list[str] = []
    for index, (word, flag) in enumerate(words):
        if _PUNCT.match(word) or word in ("等", "不等") or (flag.startswith(_STOP_RIGHT_FLAGS) and not _is_noun(flag)):
            break
        if flag.startswith("v") and flag != "vn":
            next_flag = words[index + 1][1] if index + 1 < len(words) else "x"
            if _is_noun(next_flag) and (phrase or allow_leading_verb or (index == 0 and verb_compounds)):
                if phrase or not allow_leading_verb:
                    phrase.append(word)
                continue
            break
        phrase.append(word)
    return "".join(phrase)


def _predicate_after(right: str) -> str:
    """34人[获得“齐鲁乡村之星”称号]: when a figure opens its clause the measured thing is the predicate."""
    words = _strip_edges(_words(_PUNCT.sub("", right[:16])))
    return "".join(word for word, _ in words)


def _family(unit: str) -> str:
    if unit.endswith("元") or "元/" in unit:
        return "money"
    if unit in _AREA_UNITS:
        return "area"
    if unit in _LENGTH_UNITS:
        return "length"
    if unit in ("%", "‰", "百分点", "成", "倍"):
        return "ratio"
    if unit in _NOT_COUNTS or "/" in unit:
        return "measure"
    return "count"


def _count_suffix(unit: str) -> str:
    return _COUNT_SUFFIX.get(unit, "数")


def _leading_verb(words: list[tuple[str, str]]) -> str:
    for word, flag in reversed(words[-2:]):
        if flag.startswith("v") and flag != "vn":
            return word
    return ""


def metric_phrase(quantity: Quantity, left: str, right: str) -> str:
    """A short metric phrase for `quantity` from the clause text on its left and right."""
    family = _family(quantity.unit)
    left_words = _strip_edges(_words(_PUNCT.sub("", left)))
    left_text = "".join(word for word, _ in left_words)
    lone_verb = len(left_words) == 1 and left_words[0][1].startswith("v") and left_words[0][1] != "vn"
    if family == "count":
        suffix = _count_suffix(quantity.unit)
        noun_after = _noun_phrase_after(right)
        if len(noun_after) >= 2:
            return _with_suffix(_leading_verb(left_words) + noun_after, suffix)
        if left_text:
            return _with_suffix(left_text, suffix)
        predicate = _predicate_after(right)
        return _with_suffix(predicate, suffix) if predicate else ""
    noun_after = _noun_phrase_after(right, verb_compounds=False)
    object_after = _noun_phrase_after(right, allow_leading_verb=True) if lone_verb or not left_text else ""
    head = _FAMILY_HEADS.get(family, "")
    if family == "money":
        if len(noun_after) >= 2:
            return noun_after
        if len(object_after) >= 2:
            return object_after + left_text
        return left_text
    if family in ("area", "length") and len(noun_after) >= 2 and (lone_verb or not left_text):
        return noun_after + head
    if family in ("area", "length") and len(object_after) >= 2:
        return object_after + head
    if family == "ratio" and right.startswith("的") and len(noun_after) >= 2:
        return noun_after + head
    return left_text or noun_after


def _with_suffix(phrase: str, suffix: str) -> str:
    if not suffix or phrase.endswith(suffix) or phrase.endswith(("数", "数量")):
        return phrase
    if suffix != "数" and phrase.endswith(suffix[0]):
        return phrase + "数"
    return phrase + suffix
