"""The metric phrase a figure's own clause gives, by the family of its unit: counts take 数 (人数, 户数; see
`indicators.metric_counts`), areas 面积, lengths 长度/距离, durations 耗时 or 年数, money the thing it is put into
(投资), ratios 占比/比重.

Called by `indicators.metrics`, which adds what a clause borrows from its sentence.
"""

from __future__ import annotations

import re

from core.text.quantity_words import TIME_UNITS
from core.text.unit_words import CURRENCIES, MEASURES
from indicators.metric_clauses import (
    clean,
    content_words,
    is_noun,
    is_verb,
    noun_phrase_after,
    tagged_words,
)
from indicators.metric_counts import count_phrase
from indicators.metric_grades import shared_grade_noun
from indicators.metric_measures import dimension, weight_phrase
from indicators.metric_money import money_phrase
from indicators.metric_shapes import (
    run_of_years,
    verb_noun,
    with_suffix,
)
from indicators.metric_spans import deadline, plan_term, worked_by
from indicators.metric_words import (
    AREA_UNITS,
    COUNT_SUFFIX,
    FAMILY_HEADS,
    LAND_VERBS,
    LENGTH_UNITS,
    MEASURE_ENDINGS,
    MODALS,
    MONEY_INPUT_VERBS,
    NOT_COUNTS,
    PUNCT,
    QUOTED,
    RATIO_ENDINGS,
)

# 6亩土地都种了刺梨, 5亩地全部种了红薯: plain land followed by what was planted on it.
_PLANTED_LAND = re.compile(
    r"(?:土地|耕地|田地|地)(?:都|全部|均|已经|已)*(?:种植|种上|种了|种着|栽种|栽植|种|栽)了?([\u4e00-\u9fff]{2,8})"
)
_HISTORY = re.compile(r"的?([\u4e00-\u9fff]{0,6}?)的?历史")
# 位于北京北部280多公里处, 位于县城东南2公里处: a place, a bearing, then the distance from it to what is located.
# 坐落于益阳市中心城区北郊7.5公里处: the same with another verb of location and a suburb.
_LOCATED = re.compile(
    r"(?:位于|坐落于|坐落在|地处)([\u4e00-\u9fff]{1,10}?)正?(?:东南|东北|西南|西北|东|南|西|北)(?:部|面|方|边|侧|郊)?"
    r"(?:约|近|大约)?\s*$"
)
# 申家沟村距离米脂县城20公里: a place before 距离 says where the distance starts, which the locality says; the place
# after it is what the distance is to.
_DISTANCE_TO = re.compile(r"(?:距离|距|离)([^距离,，。；;、\s]{2,12}?)(?:约|近|大约|只有|仅有|仅|有|达|为|在)*\s*$")
# A size printed between a count of things and their noun (100个50亩的基地), closed by 的 (39大类3000多个品种 is
# a second count, which names its own noun).
_SIZE_BOUND = re.compile(r"^\s*(?:(?:以上|以下|左右)的?|的)(?=[\u4e00-\u9fff]{2})")


def unit_family(unit: str) -> str:
    """money, area, length, ratio, duration, measure or count: the family decides the head a phrase takes."""
    if unit in CURRENCIES or unit.endswith("元") or "元/" in unit:
        return "money"
    if unit in AREA_UNITS:
        return "area"
    if unit in LENGTH_UNITS:
        return "length"
    if unit in ("%", "‰", "百分点", "成", "倍"):
        return "ratio"
    if unit in TIME_UNITS:
        return "duration"
    if unit in NOT_COUNTS or unit in MEASURES or "/" in unit:
        return "measure"
    return "count"


def own_phrase(
    family: str, unit: str, left: str, right: str, subject: str, beyond: str, left_words: list[tuple[str, str]]
) -> str:
    left_text = "".join(word for word, _ in left_words)
    lone_verb = len(left_words) == 1 and (is_verb(left_words[0][1]) or left_text in MONEY_INPUT_VERBS)
    if family == "count":
        bounded = _SIZE_BOUND.match(beyond) if not right.strip() and unit not in COUNT_SUFFIX else None
        if bounded:
            right = beyond[bounded.end() :]  # 建设100个50亩以上连片示范基地: the noun follows the size of each
        shared = shared_grade_noun(right, beyond)
        return with_suffix(shared, unit) if shared else count_phrase(unit, left, left_words, left_text, right)
    if family == "duration":
        return _duration_phrase(unit, left, left_words, left_text, right, beyond, lone_verb)
    if family == "money":
        return money_phrase(left, left_words, right, beyond)
    noun_after = noun_phrase_after(right, verb_compounds=False, measured=True)
    object_after = noun_phrase_after(right, allow_leading_verb=True) if lone_verb or not left_text else ""
    if family in ("length", "measure") and dimension(left):
        return dimension(left)
    if family == "measure" and weight_phrase(unit, left, left_words, noun_after):
        return weight_phrase(unit, left, left_words, noun_after)
    if family == "area" and len(noun_after) >= 2 and left_words and verb_noun(left_words[-1][0]).endswith("植"):
        return noun_after + verb_noun(left_words[-1][0]) + "面积"  # 种了26亩甘蔗: the crop's planted area
    if family in ("area", "length"):
        return _extent_phrase(family, left, left_text, right, noun_after, object_after, lone_verb)
    if family == "ratio":
        if left.rstrip(" 约近").endswith("占") and left_text and not left_text.startswith("占"):
            return left_text + "占比"  # 宣讲员占七成: the share the named group makes up
        if re.search(r"占.+的$", left.rstrip()) and not left_text.startswith("占"):
            return left_text + "比重"  # 茶叶收入占农民收入的七成
        if left_text.startswith("占") and subject:
            return subject + left_text + "比重"
        if left_text.startswith("占"):
            return left_text + "比重"
        if right.startswith("的") and len(noun_after) >= 2:
            return noun_after if noun_after.endswith(RATIO_ENDINGS) else noun_after + FAMILY_HEADS["ratio"]
    return left_text or noun_after


def _extent_phrase(
    family: str, left: str, left_text: str, right: str, noun_after: str, object_after: str, lone_verb: bool
) -> str:
    """面积 for areas, 长度 for lengths, and 距离/半径 when the figure separates two places or bounds a circle."""
    if family == "length":
        located = _LOCATED.search(left)
        if located and right.lstrip().startswith("处"):
            return "距" + located.group(1) + "距离"  # 位于县城东南2公里处: the distance from the place named
        raw_left = left.rstrip(" 约近")
        target = _DISTANCE_TO.search(raw_left)
        target_words = tagged_words(target.group(1)) if target else []
        if target_words and is_noun(target_words[-1][1]) and not right.lstrip().startswith(("外", "以外", "之外")):
            return "距" + target.group(1) + "距离"
        if raw_left.endswith(("到", "距", "离", "距离")) or left_text.startswith(("距", "离")):
            if right.lstrip().startswith(("外", "以外", "之外", "远")):
                target = noun_phrase_after(right.lstrip().lstrip("外以之远"))
                if target:
                    return "到" + target + "距离"
            return (left_text + "距离") if left_text else "距离"
        radius = re.match(r"为(半径|直径)", right)
        if radius:
            return radius.group(1)
    head = FAMILY_HEADS[family]
    planted = _PLANTED_LAND.match(right.lstrip()) if family == "area" else None
    if planted and len(noun_phrase_after(planted.group(1))) >= 2:
        return noun_phrase_after(planted.group(1)) + "种植面积"  # 6亩土地都种了刺梨: the land is the crop's
    if len(noun_after) >= 2 and (lone_verb or not left_text):
        # 流转了8公顷土地, 入股6亩土地: a lone verb of acquiring land stays (流转土地面积).
        base = (left_text if family == "area" and left_text in LAND_VERBS else "") + noun_after
    elif (
        family == "length"
        and right.lstrip().startswith("的")
        and not left_text.endswith(MEASURE_ENDINGS)  # 平均海拔超过4750米的纯牧业县: the left names the measure
        and len(noun_phrase_after(right.lstrip()[1:])) >= 2
    ):
        base = noun_phrase_after(right.lstrip()[1:])  # 村南湖北岸的600米的休闲长廊: what is that long follows 的
    elif len(noun_after) >= 2 and family == "area":
        # 落户村里的150亩兰花基地, 流转了本村803亩土地: the land after an area figure is what it measures; a verb of
        # acquiring or creating land before it stays (流转土地面积), the rest of the run-up says where or how.
        verb = next((w for w, f in reversed(tagged_words(left_text)[-2:]) if is_verb(f) and w in LAND_VERBS), "")
        base = verb + noun_after
    elif len(object_after) >= 2:
        base = object_after
    else:
        base = left_text
    if not base or base.endswith(MEASURE_ENDINGS):
        return base
    return base + head


_SPAN_LEADS = ("过去", "未来", "今后")
# 历经, 经过, 经历 before a span: the activity printed after the span is what went on for it.
_VERB_WINDOW = 4
_SINCE = re.compile(r"^(?:以来|来)[,，\s]*")
_WENT_THROUGH = re.compile(r"(?:历经|经过|经历|通过)了?\s*(?:近|约|长达|整整)?\s*$")
# 计划通过3年建设: a plan word before a span says the span lies ahead, not what it is spent on.
_PLANNED = {"计划", "预计", "力争", "争取", "拟"}
# The head of how long an activity went on, in whole years or days (种茶年数, 采茶天数); other units take 时长.
_SPAN_HEADS = {"年": "年数", "天": "天数"}
_DURATION_ENDINGS = ("时", "期", "间", "年数", "年限", "历史", "时长", "期限", "天数")


def _duration_phrase(
    unit: str, left: str, left_words: list[tuple[str, str]], left_text: str, right: str, beyond: str, lone_verb: bool
) -> str:
    """干了10年村党支部书记 -> 干村党支部书记年数; 至少要两天时间 -> 耗时: time spent on a task."""
    if left_text.endswith(_SPAN_LEADS):
        # 过去五年, 未来5年: the span a report or a plan covers; the words before 过去 are the dateline's, not its name.
        return _duration_head(unit)
    term = plan_term(left_words, right)
    if term:
        return term
    content = [w for w in content_words(left_words) if w not in MODALS and w not in _PLANNED]
    if not content and deadline(right):
        return deadline(right)
    history = _HISTORY.match(right)
    if unit == "年" and history:
        # 种菊有60多年历史, 有百年种韭菜的历史: how long a trade or a place has gone on is its 历史.
        holder = re.sub(r"(?:已经|已|就|都|有|拥有|具有|距今|着)+$", "", left_text)
        return holder + history.group(1) + "历史"
    if unit == "年" and left_text.endswith("连续"):  # 收入连续20年位居第一: a run of years
        return run_of_years(left_text, PUNCT.split(QUOTED.sub(r"\1", right), maxsplit=1)[0])
    object_after = noun_phrase_after(right, allow_leading_verb=True)
    if right.startswith("的") and len(noun_phrase_after(right[1:])) >= 2:
        # 两年多的努力, 近一年的培训: the time the activity after 的 took.
        done = noun_phrase_after(right[1:])
        if len(left_words) == 1 and worked_by(done):
            return left_text + _duration_head(unit)  # 种粮8年的大户洪义荣: the span the person has done the work
        if lone_verb and not done.startswith("时"):
            done = verb_noun(left_text) + done  # 种了二十几年的芒果: the verb's span over its object (种植芒果)
        return "用时" if done.startswith("时") else done + ("年数" if unit == "年" else "时长")
    if right.startswith(("来", "以来")) and not content:
        # 五年来培育3756名新型职业农民, 30年来,该院一直承担着…: the activity after 来 is what went on for the span;
        # its object may follow the next figure.
        done = clean(PUNCT.split(_SINCE.sub("", right), maxsplit=1)[0])
        words = tagged_words(done)
        if words and words[-1][1].startswith("v") and beyond:
            done += noun_phrase_after(beyond.lstrip("的余多"))
        if len(done) >= 2 and any(flag.startswith("v") for _, flag in words):
            return done + _duration_head(unit)
    activity = object_after if len(object_after) >= 2 else _first_verb(right)
    if not content and _WENT_THROUGH.search(left) and activity:
        return activity + _duration_head(unit)  # 历经10多年发展, 经过3年学习: the span the activity took
    if not left_text and _first_verb(right):
        return _first_verb(right) + _duration_head(unit)  # 3年建成: the span opens its clause, the activity follows
    if lone_verb and len(object_after) >= 2:
        # 干了10年村党支部书记, 采了40多天茶叶: how long the verb was done to its object.
        return left_text + object_after + _SPAN_HEADS.get(unit, "时长")
    if unit == "年" and len(content) <= 1 and len(left_text) <= 2:
        return left_text + "年数"  # 30年来, 连续6年: how many years something has gone on
    if not content:
        return "耗时"
    if len(content) == 1 and left_words and is_verb(left_words[-1][1]) and left_words[-1][0] not in MODALS:
        # 历时15天, 上线4个月 keep their verb; a bare verb of motion or work (跑两天) is time spent on it.
        return left_text if left_text.endswith(("时", "期", "间")) else left_words[-1][0] + "耗时"
    if left_text.endswith(_DURATION_ENDINGS):
        return left_text
    # 在庆阳收苹果可能有七八年: the activity before the span, with the head a span takes (收苹果年数).
    return re.sub(r"(?:可能|大概|也许|已经|已|都|就|有)+$", "", left_text) + _duration_head(unit)


def _first_verb(right: str) -> str:
    """学习 of 经过3年学习、摸索: the verb (or verbal noun) opening the text after a span, or ''."""
    words = tagged_words(right[:_VERB_WINDOW])[:1]
    return words[0][0] if words and len(words[0][0]) >= 2 and words[0][1].startswith("v") else ""


def _duration_head(unit: str) -> str:
    return "年数" if unit == "年" else "时长"
