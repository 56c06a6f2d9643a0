"""Name the thing a figure counts, as a short phrase taken from its clause (jieba words and POS tags).

Chinese reports put the measured thing either before the figure (新建厕所40.9万户, 处理率达到100%) or
after it (建设58个党群服务中心, 34人获得称号). The phrase is cut from the clause itself: leading
time/place/scope words and trailing linking verbs are dropped, and the phrase gets the head a statistical
table would give its column: 数 (人数/户数) for counts, 面积 for areas, 长度/距离 for lengths, 投资 for money
put into something, 耗时 for the time a task takes. A clause that names nothing itself (增长7.1%, 达到26万亩)
borrows the subject of its sentence, which the caller passes in.
"""

from __future__ import annotations

import re

from core.text.numbers import Quantity
from indicators.comparisons import moved_subject, names_only_its_scope, year_on_year
from indicators.metric_clauses import (
    clean,
    collapse_list,
    content_words,
    drop_company,
    drop_located,
    drop_place,
    last_predicate,
    noun_phrase_after,
    strip_edges,
    tagged_words,
)
from indicators.metric_families import own_phrase, unit_family
from indicators.metric_shapes import (
    after_means,
    borrowed,
    count_suffix,
    drop_compared_group,
    extent_of_subject,
    strip_target,
    topic_of,
)
from indicators.metric_words import (
    ACHIEVED_SUM,
    AFTER_HEAD,
    CHANGE_VERBS,
    EARNED,
    FALLBACK,
    FROM_BASELINE,
    GENERIC_HEAD,
    LEVEL_REACHED,
    NOT_PLACES,
    POPULATION_GROUPS,
    PROFITED,
    PUNCT,
    RECORD,
)

_LED_BY = re.compile(r"以[^,，。；;、以]{1,16}?为(?:代表|主|重点|龙头|核心|主体|引领)的?\s*$")
_MAX_CHAINED_NOUN = 6
_BRACKETED = re.compile(r"[(（][^()（）]{1,6}[)）]")
_CHAIN_SUFFIXES = ("人数", "户数", "数")
_INCLUDING = re.compile(r"包括[^,，。；;包]{1,12}?在内的?")
# (组), (社区): one alternative; a list in brackets (市、区) belongs to the name before it and stays.
_BRACKETED_ASIDE = re.compile(r"[(（][^()（）0-9、]{1,6}[)）]")
_DESCRIPTOR = re.compile(r"^\s*[百千万](?:年|亩)(?:以上)?的?(?=[\u4e00-\u9fff]{2})")
# 80%以上为, 六成是: a share and the class it is of.
_SHARE_IS = re.compile(r"\s*(?:以上|以下|左右)?(?:都|均)?(?:为|是)(?!了)")
_LED_BY_AHEAD = re.compile(r"^以[^,，。；;、以]{1,16}?为(?:代表|主|重点|龙头|核心|主体|引领)的?")
_PLACE_ENDS = tuple("乡镇村县")
_AIM_AFTER = re.compile(r"\s*的(?:目标|任务|计划)")


def metric_phrase(quantity: Quantity, left: str, right: str, subject: str = "", beyond: str = "") -> str:
    """A short metric phrase for `quantity` from the clause text on its left and right.

    `subject` is what the sentence is about when the clause does not say (the previous figure's metric, or
    the figure-free clause before); `beyond` is the clause text after the next figure, for an object the
    next figure quantifies (投资2亿元建起了3万平方的商业街).
    """
    family = unit_family(quantity.unit)
    if family == "count":
        left = _chained_verb(left, subject)
    # 振兴之路——2023年全省一产增加值达1507亿元: a dash ends a heading or a lead-in; the clause starts after it.
    left = left.rsplit("——", 1)[-1]
    # 以于营村为代表的10个示范片区, 以热农1号为主的6个品种: the examples named before a count describe it, not name it.
    left = _LED_BY.sub("", left)
    # 包括木协乡在内的三岩片区7个乡: an example singled out of a group says which, not what is counted.
    left = _INCLUDING.sub("", left)
    if quantity.unit in ("口", "人") and left.rstrip().endswith(("一家", "全家")):
        return "家庭人口"  # 一家6口人: the members of a household
    if quantity.unit == "人" and right.startswith("口"):
        return "人口"  # 2.95万人口: the number read as 人 is the place's population (scope words go, as in the gold)
    if family == "area" and right.strip() == "的":
        return "规模"  # 发展1000亩以上的两家, 500-1000亩的15家: the area is the size class of what is counted next
    if family != "duration":
        left = left.replace("连续", "")  # 连续4年人均增收近千元: the run of years is the span figure's, not the sum's
    left, target = strip_target(left)
    aim = _AIM_AFTER.match(right)
    if aim:
        # 实现了人均纯收入超过5600元的目标: the figure is the aim of the thing named before it.
        right, target = right[aim.end() :], True
    # 贫困发生率降至2.45%, 城镇化率提升至75.4%: a level reached is named by what reached it, not by the move.
    left = LEVEL_REACHED.sub("", left)
    left = drop_compared_group(year_on_year(FROM_BASELINE.sub("", RECORD.sub("", collapse_list(left)))))
    # 404个村(组)集体股份经济合作社, 260棵百年人面子树, 10个千亩无公害示范片: an aside in brackets and a size or age
    # in characters before the counted noun describe it; the noun names the count.
    right = _DESCRIPTOR.sub("", _BRACKETED_ASIDE.sub("", collapse_list(right, object_only=True)))
    if quantity.text.endswith(("以外", "之外")):
        right = quantity.text[-2:] + right  # 400公里以外的定居点: the bound word still says where the distance ends
    share = _share_of(family, right)
    if share:
        return share
    subject = "" if names_only_its_scope(left) else borrowed(clean(subject), quantity.unit)
    phrase = AFTER_HEAD.sub("", _phrase(family, quantity.unit, left, right, subject, beyond) or subject)
    phrase = ACHIEVED_SUM.sub("", phrase)
    if family == "money":
        # 卖了8000多元, 打工还能挣3万元: what selling or work brings in; 可获利1元: what it leaves as profit.
        phrase = PROFITED.sub("利润", EARNED.sub("收入", phrase))
    if subject and GENERIC_HEAD.match(phrase):
        topic = topic_of(tagged_words(subject))
        phrase = phrase if not topic or phrase.startswith(topic) else topic + phrase
    if target and phrase and not phrase.endswith("目标"):
        return phrase + "目标"  # 力争到2025年产值突破100亿元: the figure is the aim, not the outcome
    return _population(phrase or _fallback(family, quantity.unit), quantity.unit)


def _share_of(family: str, right: str) -> str:
    """所栽树种80%以上为经济林木: a share followed by 为/是 and a noun is that noun's share of the whole before it."""
    if family != "ratio":
        return ""
    share = _SHARE_IS.match(right)
    if not share:
        return ""
    noun = noun_phrase_after(_LED_BY_AHEAD.sub("", right[share.end() :]))
    return noun + "占比" if len(noun) >= 2 else ""


def _chained_verb(left: str, subject: str) -> str:
    """带动4个乡镇68个村860多户: in a chain of counts each printed before its noun, the text between two figures is
    the previous figure's noun (乡镇), not what the next one counts; the chain shares the verb that opened it."""
    # 10处镇(街)的5301户: the previous noun may carry a bracketed alternative and the 的 that links it on.
    noun = _BRACKETED.sub("", left.strip()).removesuffix("的")
    if not noun or len(noun) > _MAX_CHAINED_NOUN or PUNCT.search(noun):
        return left
    for suffix in _CHAIN_SUFFIXES:
        if subject.endswith(noun + suffix):
            return subject[: -len(noun + suffix)]
    return left


def _population(phrase: str, unit: str) -> str:
    """人数 of a place (全村1708人) or of a population group (贫困户55户共131人) is its 人口, as statistics name it."""
    if unit not in ("人", "口") or not phrase.endswith("人数"):
        return phrase
    if AFTER_HEAD.sub("", phrase[:-2]).endswith("人口"):
        return AFTER_HEAD.sub("", phrase[:-2])  # 贫困人口已减至18.86万人: the population the figure states
    group = phrase[:-2].removesuffix("户")
    if group == "农":
        return "人口"  # 共有农户386户1420人: the farming households' people are the place's population
    if group.endswith(_PLACE_ENDS) and not group.endswith(NOT_PLACES):
        return "人口"  # 崔庄乡4万多人, 一个3万多人的山区小乡: a place's people are its population (scope words go)
    return group + "人口" if not group or group.endswith(POPULATION_GROUPS) else phrase


def _fallback(family: str, unit: str) -> str:
    if family == "duration":
        return "年数" if unit == "年" else "时长"
    if family == "count":
        suffix = count_suffix("", unit)
        return suffix if suffix != "数" else "数量"
    return FALLBACK[family]


def _phrase(family: str, unit: str, left: str, right: str, subject: str, beyond: str) -> str:
    # Who (a company) and where (在 + places, an opening place name) are not what is measured.
    run_up = drop_place(drop_located(drop_company(PUNCT.sub("", left))))
    left_words = last_predicate(after_means(strip_edges(tagged_words(run_up))))
    left_text = "".join(word for word, _ in left_words)
    content = content_words(left_words)
    phrase = own_phrase(family, unit, left, right, subject, beyond, left_words)
    verb = "".join(content)
    # 降至2019年底的8.7万人: a change verb with only a date names nothing either, whatever head the count took.
    names_nothing = phrase in ("", left_text) or (verb in CHANGE_VERBS and phrase.startswith(left_text))
    if subject and names_nothing and (not verb or verb in CHANGE_VERBS):
        # 增长7.1% / 提升到95% / 达到26万亩: the clause names nothing and only moves its sentence's subject.
        if family in ("area", "length"):
            return extent_of_subject(family, subject)
        return moved_subject(subject, verb, family, left)
    return phrase
