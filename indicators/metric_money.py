"""The metric phrase of a sum of money: what it was put into (投资), what it is the price of (单价), what it is
earned per year, month or day (年收入, 月工资, 日收入), or the money noun printed after it (5000元代销款).

Statistics tables name money by what it is, not by the verb that moved it: 获得1万元的收入 is 收入, 女工一天能挣80元
is 女工日收入, 一斤红薯卖0.3元 is 红薯单价. Called by `indicators.metric_families` for the money family.
"""

from __future__ import annotations

import re

from core.text.quantity_words import UNITS
from indicators.metric_clauses import is_noun, noun_phrase_after, tagged_words
from indicators.metric_words import MONEY_INPUT_VERBS, PRICE, PUNCT

# Nouns a sum is printed before (1万元的收入, 5000元代销款, 300万元扶贫款); jieba tags several of them as verbs.
_MONEY_HEADS = (
    "款", "收入", "成本", "费用", "资金", "费", "金", "分红", "收益", "工资", "补贴", "利润", "效益", "产值",
    "租金", "投资", "投入", "报酬", "营业额", "销售额", "奖励",
)  # fmt: skip
_MAX_MONEY_NOUN = 8
_MAX_HOLDER_WORDS = 2
_MAX_PRODUCT = 4
# 一亩地, 每亩田: money per mu of land.
_PER_MU_MONEY = re.compile(r"(?:每|一)亩(?:地|田|田地)?(?:的)?")
_MAX_PER_MU_REST = 8
_PEOPLE_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}[户民工员者]")
# 一年, 每年, 一天, 每月: the period a sum is earned or spent in, as a table heads it (年收入, 日收入, 月工资).
# Printed with 每 a year or month keeps it (每月补贴, 每年增收); 一年 becomes 年, and a day 日 (每天收入 → 日收入).
_PER_PERIOD = re.compile(r"(每|一)(?:个)?(年|天|日|月)(?!来|前|后|多|底|初|末|内|间|中)")
_PERIOD_HEADS = {"年": "年", "天": "日", "日": "日", "月": "月"}
# What a sum earned in a period is, when the clause names it (一年利润, 每个月工资), longest first.
_EARNED_NOUNS = (
    "纯收入", "总收入", "收入", "工资", "利润", "租金", "分红", "收益", "经济效益", "效益", "产值", "营业额", "销售额",
    "投入", "投资", "补贴", "净增收", "增收",
)  # fmt: skip
# A rate a policy or a plan sets per period (每月补贴, 每年增收) keeps 每 as printed; what is earned in a period
# (每年收入, 每月工资, 每年分红) is the period's income, which tables head 年收入, 月工资.
_RATE_NOUNS = ("补贴", "补助", "增收")
# Verbs of earning (一天能挣, 一年就有, 赚了): the sum is the period's income.
_EARNING_VERBS = ("挣", "赚", "有", "拿", "获得", "收")
# 每年可以分到, 能分得: a share paid out is a dividend.
_SHARED_OUT = re.compile(r"分(?:到|得)")
# 每公斤能卖到, 一斤红薯卖, 一棵: a measure after 每/一 before the sum makes it a price per that measure.
_SOLD_BY = "斤 公斤 千克 头 只 棵 株 个 箱 袋 盒 瓶 件 吨 枚 颗 条 份 套 把 束"
_UNIT_PRICE = re.compile(
    r"(?:每|一)(?:" + "|".join(_SOLD_BY.split()) + r")(?![年月天日])([\u4e00-\u9fff]{0,4}?)"
    r"(?:最多|至少|也|就|才|只|都|能|可|可以)*(?:卖|售|卖到|卖出|卖了|价|售价|价格|按照|按)?(?:达到|达|为|是|要|需)?$"
)
# 市场均价达到每公斤, 收购价最多每公斤: the price word before the measure already names the figure.
_PRICE_WORD = re.compile(r"([\u4e00-\u9fff]{0,4}?(?:价格|单价|均价|售价|收购价|市场价|批发价|零售价|价))")


def money_phrase(left: str, left_words: list[tuple[str, str]], right: str, beyond: str) -> str:
    """The metric of a sum of money from its clause: `left`/`right` as printed, `left_words` cleaned."""
    left_text = "".join(word for word, _ in left_words)
    lone_verb = len(left_words) == 1 and (left_words[0][1].startswith("v") or left_text in MONEY_INPUT_VERBS)
    noun_after = noun_phrase_after(right, verb_compounds=False)
    money_noun = _money_noun_after(right)
    if len(noun_after) < 2 or (money_noun and not noun_after.endswith(_MONEY_HEADS)):
        # 拿出100万元专项资金扶持发展: the money noun ends the phrase; the purpose after it is not its name.
        noun_after = money_noun or noun_after
    raw = PUNCT.sub("", left)
    price = PRICE.match(raw)
    if price and not noun_after:
        # 每餐只需3元, 门票仅需20元: a modal of cost before a bare sum is a price (per what 每 names).
        return price.group(1) + "价格"
    unit_price = _unit_price(raw, left_words)
    if unit_price and (len(noun_after) < 2 or noun_after.endswith(("价", "价格"))):
        return unit_price
    per_period = _per_mu(raw, noun_after) or _per_period(raw, noun_after)
    if per_period:
        return per_period
    object_after = noun_phrase_after(right, allow_leading_verb=True) if lone_verb or not left_text else ""
    bounding = left_text.endswith(_MONEY_HEADS) and not left_text.endswith(MONEY_INPUT_VERBS)
    if len(noun_after) >= 2 and right.lstrip().startswith("的") and bounding:
        # 集体经济年收入超百万元的村庄: the sum bounds a class of places by the money named before it (but
        # 投资20万元的冷库项目 is the project's investment).
        return left_text
    if len(noun_after) >= 2:
        # 投资11万元建设数字城管系统: money put into a thing is that thing's 投资/投入.
        if left_text.endswith(MONEY_INPUT_VERBS):
            # 镇政府投资160万元新建了海红果集散中心: the money is that thing's 投资, whoever put it in.
            return noun_after.replace("了", "") + left_text[-2:]
        return noun_after
    if lone_verb and left_text in MONEY_INPUT_VERBS and len(object_after) < 2 and beyond:
        object_after = noun_phrase_after(beyond.lstrip("的余多"))
    if len(object_after) >= 2:
        return object_after + left_text
    return left_text


def _money_noun_after(right: str) -> str:
    """获得1万余元的收入, 送来的5000元代销款: the money noun right after the sum (jieba tags 收入, 款 as verbs)."""
    phrase = ""
    for word, flag in tagged_words(right[: _MAX_MONEY_NOUN + 2]):
        if not phrase and word == "的":
            continue
        if PUNCT.match(word) or not (is_noun(flag) or flag.startswith("v")) or word == "的":
            break
        phrase += word
        if phrase.endswith(_MONEY_HEADS):
            return phrase if len(phrase) <= _MAX_MONEY_NOUN else ""
    return ""


def _unit_price(raw: str, left_words: list[tuple[str, str]]) -> str:
    """黄精一斤能卖 -> 黄精单价, 一斤红薯卖 -> 红薯单价, 市场均价达到每公斤 -> 市场均价."""
    match = _UNIT_PRICE.search(raw)
    if not match:
        return ""
    before = raw[: match.start()]
    named = _PRICE_WORD.search(before)
    if named and named.end() >= len(before) - 4:
        return named.group(1)
    product = match.group(1)
    if product and not all(is_noun(flag) for _, flag in tagged_words(product)):
        return ""  # 每个月工资已…: what follows the measure must be the product sold
    sold = match.end() > match.end(1)  # a selling verb (卖, 能卖到) after the measure
    if not product and before:
        last = tagged_words(before)[-1:]
        if not last or not (is_noun(last[0][1]) or last[0][1].startswith("nr")) or last[0][0].endswith(_MONEY_HEADS):
            return ""  # 运输成本将由每公斤: a cost per measure, named by its own noun
        product = last[0][0]
    if not (sold or product or not before):
        return ""
    return product + "单价" if len(product) <= _MAX_PRODUCT else "单价"


def _per_period(raw: str, noun_after: str) -> str:
    """女工一天能挣 -> 女工日收入, 每年可以获得[1000元分红] -> 年分红, 每个月工资 -> 月工资."""
    periods = list(_PER_PERIOD.finditer(raw))
    if not periods:
        return ""
    period = periods[-1]
    rest = raw[period.end() :]
    if "亩" in rest or "每" in rest or len(rest) > 8:
        return ""  # 每年每亩可增收: a rate per area as well, which the clause names itself
    noun = noun_after if noun_after.endswith(_MONEY_HEADS) else ""
    noun = noun or next((word for word in _EARNED_NOUNS if word in rest), "")
    if not noun and _SHARED_OUT.search(rest):
        noun = "分红"
    if not noun and any(verb in rest for verb in _EARNING_VERBS):
        noun = "收入"
    if not noun:
        return ""
    every, span = period.groups()
    keeps_every = every == "每" and span in "年月" and noun.endswith(_RATE_NOUNS)
    head = "每" + span if keeps_every else _PERIOD_HEADS[span]
    return _holder(raw[: period.start()]) + head + noun


def _per_mu(raw: str, noun_after: str) -> str:
    """一亩地收入, 每亩地可收入, 每亩创经济效益: money per mu is the 亩收入, 亩效益 or 亩产值 tables head."""
    match = _PER_MU_MONEY.search(raw)
    if not match:
        return ""
    rest = raw[match.end() :]
    noun = noun_after if noun_after.endswith(_MONEY_HEADS) else ""
    noun = noun or next((word for word in _EARNED_NOUNS if word in rest), "")
    if not noun and _SHARED_OUT.search(rest):
        noun = "分红"
    if not noun and any(verb in rest for verb in _EARNING_VERBS):
        noun = "收入"
    if not noun or len(rest) > _MAX_PER_MU_REST:
        return ""
    per = "每亩" if match.group(0).startswith("每") else "亩"  # printed with 每, kept (每亩增收), as for periods
    return _holder(raw[: match.start()]) + per + noun


def _holder(before: str) -> str:
    """光伏发电每年, 女工一天: the nouns right before the period word say whose income or spending it is."""
    if _PEOPLE_WORD.fullmatch(before):
        return before  # 种植户每年增收: a word for people, which jieba may cut into a verb and 户
    holder: list[str] = []
    for word, flag in reversed(tagged_words(before)[-_MAX_HOLDER_WORDS:]):
        if not is_noun(flag) or word.startswith("每") or word in UNITS:
            break
        holder.insert(0, word)
    return "".join(holder)
