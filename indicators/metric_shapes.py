"""Clause shapes `indicators.metrics` reads before it cuts a metric phrase (kept apart so that module stays short).

Targets (力争到2025年…), comparisons against another group (每亩比普通种植增收), run-ups that only say by what
means (依托党群服务中心开展…), beneficiaries of 带动/帮助, jieba's mis-tagged numerals, and the head a count
takes (数, 人数, 户数); pure functions on strings.
"""

from __future__ import annotations

import re

from core.text.quantity_words import PERSON_NOUN_ENDINGS
from indicators.metric_words import (
    COUNT_SUFFIX,
    FAMILY_HEADS,
    GENERIC_HEAD,
    MEASURE_ENDINGS,
    PERSON_HEADS,
    PERSON_UNITS,
)

# 力争到2025年 / 到2025年力争 / 计划到2025年: a target. The date is the target's period; the gold names it 目标.
# 争取今年收入超过10万元 too; 争取 before anything else is obtaining (争取上级资金), no target.
# 下降至2018年底的1.49%: a change verb before the date makes it the date of the value reached, not a target.
_TARGET = re.compile(
    r"(?:力争|争取|计划|预计|目标是?)?\s*(?<![降增减升长高低少加])(?:到|至|在)\s*[0-9〇零一二三四五六七八九]{4}年(?:底|末)?\s*(?:力争|争取|实现)?"
    r"|力争"
    r"|争取(?=今年|明年|年内|年底)"
)
# 每亩比普通种植增收 / 较传统方式节约: the group compared with names nothing measured; the change it makes stays.
_COMPARED_WITH = re.compile(
    r"[比较](?!例|重|较)[^比较,，。、；;\s]{1,8}?(?=增收|增产|增加|增长|提高|节约|节省|减少|降低|多|少|高出|低)"
)
# 增速比全省平均水平高出 -> 增速高于全省: a margin over a wider area's average, as statistics tables write it.
_ABOVE_AVERAGE = re.compile(r"(?:比|高出)([^比较,，。、；;\s]{1,6}?)(?:的)?(?:平均水平|平均)(?:高出|高)?$")
# 依托/通过/利用/借助 + the means + the verb that does the work: only the verb and its object are measured.
_MEANS = ("依托", "通过", "借助")
# Verbs whose object is the people or households a figure counts, followed by what they are helped to do.
BENEFIT_VERBS = ("带动", "帮助", "帮扶", "助力", "吸纳", "吸引")
# A one-character verb before a crop's area names the activity the way tables do (种了26亩甘蔗 → 甘蔗种植面积).
_VERB_NOUNS = {
    "种": "种植",
    "种下": "种植",
    "种上": "种植",
    "栽": "栽种",
    "栽下": "栽种",
    "养": "养殖",
    "建": "建设",
    "修": "修建",
    "承包": "承包",
}
# Characters that make a word a numeral; jieba tags some nouns (良种) and verbs (种) as numerals.
# Quantity words jieba rightly tags as numerals although they hold no digit (大部分土地, 户户种苹果).
_QUANTITY_WORDS = {"部分", "大部分", "全部", "所有", "若干", "大量", "少量", "许多", "众多", "大批", "一些"}
_NUMERAL_CHARS = set("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两几半多余数双第整.")


def strip_target(left: str) -> tuple[str, bool]:
    """`left` without its target words and date, and whether it states a target."""
    stripped = _TARGET.sub("", left)
    return stripped, stripped != left


def drop_compared_group(left: str) -> str:
    """每亩比普通种植增收 -> 每亩增收; 增速比全省平均水平高出 -> 增速高于全省."""
    above = _ABOVE_AVERAGE.search(left)
    if above:
        return left[: above.start()] + "高于" + above.group(1)
    return _COMPARED_WITH.sub("", left)


def retag(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give words jieba tags as numerals but that hold no numeral a noun's (良种) or a verb's (种) tag."""
    out: list[tuple[str, str]] = []
    for word, flag in words:
        # 2014年, 60周岁: a unit right after a number stays a numeral's.
        after_numeral = bool(out) and out[-1][1] == "m" and _is_quantity(out[-1][0])
        if word.startswith("每") and len(word) == 2 and flag in ("r", "d"):
            flag = "n"  # 每亩增收, 每件30公斤: the per-unit word says what the figure is divided by
        elif flag.startswith("nr") and word.endswith(PERSON_NOUN_ENDINGS):
            flag = "n"  # 农村居民 tagged as a person's name: a group of people is a noun, kept in the phrase
        elif flag == "m" and not after_numeral and not _is_quantity(word):
            flag = "n" if len(word) > 1 or word in "年月日" else "v"
        out.append((word, flag))
    return out


def _is_quantity(word: str) -> bool:
    doubled = len(word) == 2 and word[0] == word[1]  # 户户, 家家: every one of them
    return doubled or word in _QUANTITY_WORDS or any(ch in _NUMERAL_CHARS for ch in word)


def after_means(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """依托党群服务中心开展双语宣讲 -> 开展双语宣讲: drop the means and keep from the verb that follows them."""
    for index, (word, _) in enumerate(words):
        if word in _MEANS:
            # The working verb takes an object (开展 政策宣讲); verbs inside the means' name (实践站) do not.
            for later in range(index + 2, len(words) - 1):
                if words[later][1].startswith("v") and words[later][1] != "vn" and _noun_like(words[later + 1][1]):
                    return words[later:]
    return words


def _noun_like(flag: str) -> bool:
    return flag.startswith(("n", "vn", "j", "l", "i"))


def verb_noun(verb: str) -> str:
    """The noun a table uses for a verb before an area (种 → 种植); other verbs stay as they are."""
    return _VERB_NOUNS.get(verb, verb)


def borrowed(subject: str, unit: str) -> str:
    """A figure that names nothing takes its sentence's subject, counted in its own unit: 768户3400人 gives the
    households' 户数 and the people's 人数."""
    if unit in PERSON_UNITS and subject.endswith("户数"):
        return subject[:-2] + "人数"
    if unit == "户" and subject.endswith("人数"):
        return subject[:-2] + "户数"
    return subject


def count_suffix(phrase: str, unit: str) -> str:
    if unit == "口" and phrase and "人" not in phrase and "家" not in phrase and not phrase.endswith(_PEOPLE_WORDS):
        return "数"  # 修建鱼塘3口, 打井5口: 口 counts wells and ponds as well as people
    suffix = COUNT_SUFFIX.get(unit, "数")
    if unit in PERSON_UNITS and phrase.endswith(PERSON_HEADS):
        return "数"
    return suffix


def with_suffix(phrase: str, unit: str) -> str:
    suffix = count_suffix(phrase, unit)
    if unit in PERSON_UNITS and phrase.endswith("人口"):
        return phrase
    if unit == "户" and phrase.endswith("人口"):
        return phrase[:-2] + "户数"
    if not suffix or phrase.endswith(suffix) or phrase.endswith(("数", "数量", "量")):
        return phrase
    if suffix != "数" and phrase.endswith(suffix[0]):
        return phrase + suffix[1:]  # 农牧户 + 户次 -> 农牧户次
    return phrase + suffix


def extent_of_subject(family: str, subject: str) -> str:
    """以前办事要到镇上去,60多里: a bare length after a trip names the distance to where the trip goes."""
    trip = re.search(r"[到去]([^到去来]{1,6}?)(?:去|来|办|$)", subject)
    if family == "length" and trip:
        return "到" + trip.group(1) + "距离"
    if subject.endswith(MEASURE_ENDINGS):
        return subject
    return subject + FAMILY_HEADS[family]


_MAX_PREDICATE = 16
_PEOPLE_WORDS = (*PERSON_NOUN_ENDINGS, *PERSON_HEADS, "人", "户", "家", "口")
_MAX_TOPIC = 6  # (one more for a counted thing, whose name is all the subject says: 高标准温室大棚)
_COUNT_HEADS = ("数", "数量")


def run_of_years(left_text: str, predicate: str) -> str:
    """城市居民收入连续20年位居全国第一 -> 城市居民收入位居全国第一连续年数: what held, and for how long."""
    holder = left_text.removesuffix("连续").removesuffix("已").removesuffix("持续")
    # The predicate as printed (未发生火灾, 位居全市第一), without the object marker before it or a dangling
    # preposition after it (将…纳入, 稳定在).
    held = re.sub(r"[在于到至的了]+$", "", re.sub(r"^(?:将|把|已|都|还|均)", "", predicate)[:_MAX_PREDICATE])
    return holder + held + "连续年数"


_GROWING_VERBS = {"种植", "栽种", "栽植", "养殖", "种", "栽", "养"}


def topic_of(subject_words: list[tuple[str, str]]) -> str:
    """粮食播种面积 -> 粮食, 脐橙产量 -> 脐橙: the nouns a metric opens with, before its measure or any verb."""
    topic: list[str] = []
    # 建成高标准温室大棚数 -> 温室大棚: a count's metric names its thing after the verb that made it, before 数; what
    # is measured next (占地面积, 产值) is that thing's.
    counted = bool(subject_words) and subject_words[-1][0] in _COUNT_HEADS
    if counted:
        subject_words = subject_words[:-1]
        while subject_words and subject_words[0][1].startswith("v") and subject_words[0][1] != "vn":
            subject_words = subject_words[1:]
    # 种植魔芋面积 -> 魔芋: the crop a growing verb opens on is what the output and value after it are of.
    while len(subject_words) > 1 and subject_words[0][0] in _GROWING_VERBS:
        subject_words = subject_words[1:]
    for word, flag in subject_words:
        if not _noun_like(flag) or flag == "vn" or word.endswith(MEASURE_ENDINGS) or GENERIC_HEAD.match(word):
            break
        if word.startswith("每"):
            break  # 每亩产量: a per-unit word says what the figure is divided by, not whose it is
        topic.append(word)
    found = "".join(topic) if counted or len(topic) < len(subject_words) else ""
    # People (农民从事…人数) are who works, not what is produced or earned; a period word (年) is no topic.
    not_topic = found.endswith((*PERSON_NOUN_ENDINGS, "户", "民", "年", "月", "均"))
    if not_topic or len(found) > _MAX_TOPIC + counted:
        return ""
    return found
