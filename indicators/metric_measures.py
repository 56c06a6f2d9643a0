"""The metric phrase of a dimension (宽24米, 高6米, 重4吨) and of a weight harvested, sold or made (亩产3吨,
卖出1000斤鳖, 榨了400斤油): the measure a table heads its column with — 宽度, 高度, 重量, 亩产, 销量, 产量, 榨油量.

Called by `indicators.metric_families` before its generic rules; '' when the clause is not of these shapes.
"""

from __future__ import annotations

import re

from core.text.quantity_words import UNITS
from indicators.metric_clauses import is_verb, tagged_words
from indicators.metric_words import MEASURE_ENDINGS

# 宽24米、长140米、高6米, 重4吨多: a one-character dimension right before the figure names what it measures.
_DIMENSIONS = {"宽": "宽度", "长": "长度", "高": "高度", "深": "深度", "厚": "厚度", "重": "重量", "粗": "粗细"}
_LINKS = ("约", "近", "达", "为", "有")
_WINDOW = 6
# What a table calls the weight a verb moves (销售成品虾45322斤 -> 成品虾销量); other verbs make verb + 量 (加工量).
_MEASURE_OF = {
    "销售": "销量", "出售": "销量", "卖出": "销量", "售出": "销量", "生产": "产量", "产出": "产量", "收获": "产量",
    "出产": "产量",
}  # fmt: skip
_MIN_VERB = 2
_WEIGHTS = frozenset({"斤", "公斤", "千克", "吨", "克", "两"})
# 每亩可达到3吨, 亩产1000斤: a weight per mu is a yield.
_PER_MU = re.compile(r"每亩|一亩")
# 每亩产量大概400斤: the output per mu spelt out is the 亩产 tables head.
_PER_MU_OUTPUT = re.compile(r"^(?:每|一)亩(?:的)?产量")
# Verbs of selling and of producing before a weight: the weight is a sales volume or an output.
_SOLD = ("卖出", "售出", "销售", "卖了", "卖", "销")
_PRODUCED = ("生产", "产出", "收获", "采摘", "收购", "出产", "产", "收", "打")
# Verbs of picking by hand (每天能采三四斤茶叶, 一天能摘5斤): the weight is the amount picked, 采茶量.
_PICKED = ("采", "摘")
# 每天能采, 一年卖出, 一个月能收: the period a weight is picked, sold or made in, as a table heads it (日采茶量,
# 年销量); a span (一年来, 一天内) is no period.
_PER_PERIOD = re.compile(r"(?:每|一)(?:个)?(年|天|日|月)(?!来|前|后|多|底|初|末|内|间|中)")
_PERIOD_HEADS = {"年": "年", "天": "日", "日": "日", "月": "月"}
# 年产10万吨的饲料加工厂, 年产菠萝约70万吨: 年产 before a weight is the yearly output of the product named.
_YEARLY_OUTPUT = re.compile(r"年产(?![量值])([\u4e00-\u9fff]{0,6}?)(?:约|近|达|达到|超过|超)?$")


# 每件, 每袋, 每箱: one piece of the goods, as opposed to 每亩 (a yield) handled above.
_PER_PIECE = re.compile(r"每[件袋箱筐包盒只头个]")


def dimension(left: str) -> str:
    """宽24米 -> 宽度, 重4吨多 -> 重量; '' when no dimension word stands right before the figure."""
    words = tagged_words(left.rstrip()[-_WINDOW:])
    while words and words[-1][0] in _LINKS:
        words.pop()
    # The character must be a word of its own: 全长, 增长, 提高 are other words (全长 names its length itself).
    if not words or words[-1][0] not in _DIMENSIONS:
        return ""
    before = words[-2] if len(words) > 1 else ("", "x")
    if before[0].endswith(MEASURE_ENDINGS):
        return before[0]  # 海拔高达1300米: the measure is named before the adjective
    owner = before[0] if before[1].startswith("n") and len(before[0]) >= 2 and before[0][0] not in UNITS else ""
    return owner + _DIMENSIONS[words[-1][0]]  # 大棚高6米 -> 大棚高度


def weight_phrase(unit: str, left: str, left_words: list[tuple[str, str]], noun_after: str) -> str:
    """每亩可达到3吨 -> 亩产, 卖出1000斤鳖 -> 鳖销量, 榨了400多斤油 -> 榨油量; '' for other shapes."""
    if unit not in _WEIGHTS:
        return ""
    if _PER_MU_OUTPUT.search(left) or (_PER_MU.search(left) and "亩产" not in left):
        return "亩产"  # (a clause naming 亩产 itself names its crop too: 甘蔗亩产)
    yearly = _YEARLY_OUTPUT.search(left.rstrip())
    if yearly:
        return (yearly.group(1) or _product(noun_after)) + "年产量"
    done = _verb_and_object(left_words)
    if done:
        verb, thing = done
        return thing + _period(left) + _MEASURE_OF.get(verb, verb + "量")
    verbs = [word for word, flag in left_words[-2:] if is_verb(flag)]
    verb = verbs[-1] if verbs else ""
    period = _period(left)
    if verb.startswith(_SOLD) or verb.endswith("卖出"):
        return noun_after + period + "销量"
    if verb.endswith(_PRODUCED):
        return noun_after + period + "产量"
    if verb.endswith(_PICKED) and period:
        return period + verb[-1] + _product(noun_after) + "量"  # 每天能采三四斤茶叶 -> 日采茶叶量
    if verb and len(left_words) == 1 and noun_after:
        return verb + noun_after + "量"  # 榨了400多斤油: the verb and its object make the measure
    if len(left_words) == 1 and _PER_PIECE.fullmatch(left_words[0][0]):
        return left_words[0][0] + "重量"  # 每件30公斤, 每袋50斤: what one piece of the goods weighs
    return ""


def _verb_and_object(left_words: list[tuple[str, str]]) -> tuple[str, str] | None:
    """销售成品虾, 合作社生产湿果, 加工红薯干: a verb and its object closing the run-up of a weight; None otherwise."""
    thing: list[str] = []
    for index in range(len(left_words) - 1, -1, -1):
        word, flag = left_words[index]
        if flag.startswith("n") and not flag.startswith("nr"):
            thing.insert(0, word)
            continue
        named = "".join(thing)
        if named.endswith(MEASURE_ENDINGS):
            return None  # 预计产量达46吨: the run-up names the measure itself
        if thing and flag in ("v", "vn") and len(word) >= _MIN_VERB and len(named) >= _MIN_VERB:
            return word, named
        return None
    return None


def _period(left: str) -> str:
    """每天能采 -> 日, 一年卖出 -> 年: the period word before the verb, as a column head writes it."""
    periods = list(_PER_PERIOD.finditer(left))
    return _PERIOD_HEADS[periods[-1].group(1)] if periods else ""


def _product(noun_after: str) -> str:
    """The product a weight is of, from the noun phrase after it: 饲料加工厂 -> 饲料, 茶叶 -> 茶叶. A plant that
    makes it (厂, 基地) is where the output is made, not what is made."""
    return re.sub(r"(?:加工厂|厂|基地|车间|项目)$", "", noun_after)
