"""Spans of time named by what the text around them says the span is: a deadline (3年内将带动), a plan's term
(五年发展规划), a span a person has worked (种粮8年的大户), a span before the activity it took (3年挂果).

Called by `indicators.metric_families` for the duration family; pure functions on strings.
"""

from __future__ import annotations

import re

from core.text.quantity_words import PERSON_NOUN_ENDINGS
from indicators.metric_clauses import is_noun, is_verb, tagged_words
from indicators.metric_words import NAME_FLAGS

# 3年内将带动, 五年之内要完成: the span is a deadline for the activity after it; the adverbs between name nothing.
_WITHIN = re.compile(r"^(?:之内|以内|内)[,，\s]*(?:将|要|就|可|能|力争|争取|计划)*")
# 五年发展规划, 三年行动计划, 3年实施方案: the span is the term of the plan printed after it.
_PLAN_AFTER = re.compile(r"^((?:[\u4e00-\u9fff]{0,4}?))(规划|计划|行动方案|方案|行动)")
_VERB_WINDOW = 4
_MAX_PLAN_TOPIC = 6


def deadline(right: str) -> str:
    """3年内将带动 -> 带动期限, 3年内 -> 期限; '' when no 内 follows the span."""
    within = _WITHIN.match(right)
    if not within:
        return ""
    words = tagged_words(right[within.end() : within.end() + _VERB_WINDOW])[:1]
    verb = words[0][0] if words and len(words[0][0]) >= 2 and is_verb(words[0][1]) else ""
    return verb + "期限"


def plan_term(left_words: list[tuple[str, str]], right: str) -> str:
    """编制魔芋产业五年发展规划 -> 魔芋产业发展规划期限: the nouns after the last verb before the span name the plan's
    topic, the words after it the plan; '' when no plan word follows the span."""
    plan = _PLAN_AFTER.match(right)
    if not plan:
        return ""
    topic: list[str] = []
    for word, flag in reversed(left_words):
        if not is_noun(flag) or is_verb(flag):
            break
        topic.insert(0, word)
    topic_text = "".join(topic)
    if len(topic_text) > _MAX_PLAN_TOPIC:
        topic_text = ""
    return topic_text + plan.group(1) + plan.group(2) + "期限"


def worked_by(person: str) -> bool:
    """大户洪义荣, 老支书: the noun after 种粮8年的 is a person, whose span of the work it is, not an activity."""
    words = tagged_words(person)
    return any(flag in NAME_FLAGS for _, flag in words) or (bool(words) and words[-1][0].endswith(PERSON_NOUN_ENDINGS))
