"""The metric phrase of a count: the noun the figure counts (建设58个[党群服务中心]), the deed that says which people
(16户贫困户[提供就业岗位]), what a 带动/帮助 helps them do, a description closed by 的, and the kind of places counted.

Called by `indicators.metric_families` for the count family; pure functions on strings.
"""

from __future__ import annotations

import re

from core.text.quantity_words import PERSON_NOUN_ENDINGS
from indicators.metric_clauses import (
    clean,
    is_noun,
    is_verb,
    leading_verb,
    noun_phrase_after,
    predicate_after,
    tagged_words,
)
from indicators.metric_shapes import BENEFIT_VERBS, with_suffix
from indicators.metric_words import (
    COUNT_SUFFIX,
    EXISTENCE_VERBS,
    MAX_ATTRIBUTIVE,
    PERSON_UNITS,
    PLACE_CLASSIFIERS,
    PUNCT,
    SKIP_RIGHT_WORDS,
    STOP_RIGHT_WORDS,
)

# A description between a count and its noun (6个代表性强、特色鲜明的村庄) is at most this long; one this short
# stays in the phrase (闲置院子).
_MAX_DESCRIPTION = 14
_SHORT_DESCRIPTION = 4
# People nouns a count names (贫困户, 村民, 负责人); the predicate after them says which are counted.
_PEOPLE_ENDINGS = (*PERSON_NOUN_ENDINGS, "户", "人", "者", "员")
_MAX_PREDICATE = 12
# Verbs that only link or locate (是, 有, 占, 来自): no deed that says which people are counted.
_NOT_DEEDS = frozenset({"是", "有", "为", "占", "达", "达到", "来自", "来", "在", "共", "共有", "约", "中"})
# 让50户农户增收致富: what a causative makes people do is the speaker's aim, not a deed that says which.
_CAUSATIVES = ("让", "使", "使得", "令", "促进", "促使")
_EMPTY_DEEDS = ("实现", "进行", "开展")
# 正在修剪, 正忙着采摘: what people are doing at the moment reported.
_SCENE = ("正在", "正忙")
# 以产业扶持基金入股: the means and the deed they lead to lie within this many words.
_MAX_MEANS = 6
_MODAL_BREAKS = frozenset({"要", "需要", "需", "将", "能", "能够", "可", "可以", "会", "应"})
_CLAUSE_END = re.compile(r"[,，。；;!！?？:：]")


def count_phrase(unit: str, left: str, left_words: list[tuple[str, str]], left_text: str, right: str) -> str:
    """The metric of a count from its clause: `left`/`right` as printed, `left_words` cleaned (`left_text` joined)."""
    if unit == "户" and right.startswith("人家"):
        right = right[2:]  # 64户人家: 户人家 is how households are counted, not a noun of its own
        deed = predicate_after(right)
        if deed and is_verb(tagged_words(deed)[0][1]):
            return with_suffix(deed, unit)  # 110户人家都种起了反季节蔬菜: the households are named by their deed
    if unit in PLACE_CLASSIFIERS and (not right.strip() or right.lstrip()[0] == "的" or PUNCT.match(right.lstrip()[0])):
        # 浙江山区26县的特色产品: a place classifier is itself what is counted; the noun before it says which.
        return _place_group(left_words) + unit + "数"
    described = _described_noun(right) if unit not in COUNT_SUFFIX else ""
    noun_after = described or noun_phrase_after(right)
    helped = _helped_to(left_words, right, noun_after)
    if helped:
        return with_suffix(helped, unit)
    # 纳入监测对象的[63户], 参加开放日的[24名市民代表]: a 的-phrase before the figure modifies what is counted.
    attributive = ""
    if left.rstrip().endswith("的") and "、" not in left and len(left_text) <= MAX_ATTRIBUTIVE:
        attributive = left_text
    first_right = tagged_words(right[:4])[:1]
    if attributive and unit in COUNT_SUFFIX and (len(noun_after) < 2 or first_right[0][0] in SKIP_RIGHT_WORDS):
        # 63户全部落实了帮扶措施: after 户/人 the clause goes on with its predicate, not with a noun.
        return with_suffix(attributive, unit)
    if len(noun_after) >= 2:
        verb = leading_verb(left_words)
        done = "" if left.rstrip().endswith(_CAUSATIVES) else _done_by(unit, right, noun_after)
        if done:
            return with_suffix(done + noun_after, unit)
        if verb in EXISTENCE_VERBS:
            verb = ""  # 建成3个林产品交易中心: what was built is counted; "built" says nothing about it
        return with_suffix((attributive or verb) + noun_after, unit)
    if len(noun_after) == 1 and unit not in COUNT_SUFFIX:
        # 6个村都在发展养殖产业 / 覆盖13个村: a one-character noun is the counted thing; what it does or what
        # is done to it names the count.
        predicate = predicate_after(right[1:]) if right[1:2] and not PUNCT.match(right[1]) else ""
        if predicate:
            return predicate + "的" + noun_after + "数"
        verb = leading_verb(left_words)
        if verb or not left_text:
            return verb + noun_after + "数"
    if len(noun_after) == 1 and unit not in COUNT_SUFFIX and left_text:
        return with_suffix(left_text + noun_after, unit)  # 大别山片区28个县: the area's 县, not the area, is counted
    if left_text:
        return with_suffix(left_text, unit)
    predicate = predicate_after(right)
    return with_suffix(predicate, unit) if predicate else ""


def _done_by(unit: str, right: str, noun_after: str) -> str:
    """为16户贫困户提供了就业岗位, 40多名村民长期参与茶园管护: people counted before a predicate are the ones who
    do it; what they do says which (提供就业岗位贫困户数), whatever verb brought them in. '' for other shapes."""
    if (unit not in PERSON_UNITS and unit != "户") or not noun_after.endswith(_PEOPLE_ENDINGS):
        return ""
    at = right.find(noun_after)
    clause = _CLAUSE_END.split(right[at + len(noun_after) :] if at >= 0 else "", maxsplit=1)[0]
    words = tagged_words(PUNCT.sub("", clause))
    while words and words[0][1] in ("d", "ad"):
        words = words[1:]
    verb_at = _means_verb(words) if words and words[0][0] == "以" else 0
    if verb_at > 1:
        # 80余户村民以土地入股: what they put in (土地) and the deed name the people (土地入股村民户数).
        return "".join(word for word, _ in words[1 : verb_at + 1])
    if words and words[0][0].startswith(_SCENE):
        return ""  # 30多名农民正忙着修剪藤蔓: what people are busy with at the moment reported does not say which
    if not words or not is_verb(words[0][1]) or words[0][0] in _NOT_DEEDS or words[0][0].endswith("均"):
        return ""  # 户均分红, 人均增收: a per-head word opens the next figure's name, not a deed
    if any(word == "的" for word, _ in words[1:3]):
        return ""  # 20户搬迁户入住的新房: a verb closed by 的 describes the next noun, not the people
    if words[0][0] in _EMPTY_DEEDS and len(words) > 1:
        words = words[1:]  # 实现脱贫: "achieve" says nothing of the deed
    deed = ""
    for word, _ in words:
        if word in _MODAL_BREAKS:
            return ""  # 460万贫困人口脱贫要投入920亿元: people and deed are the topic of another predicate
        if word in STOP_RIGHT_WORDS or len(deed) >= _MAX_PREDICATE:
            break  # 参与茶园除草施肥等日常管护: a list closed by 等 is enough to say which
        deed += word
    return clean(deed)


def _means_verb(words: list[tuple[str, str]]) -> int:
    """以产业扶持基金入股: the index of the verb the means lead to (入股), not of a verb inside their name (扶持基金);
    0 when there is none."""
    verbs = [i for i, (_, flag) in enumerate(words[:_MAX_MEANS]) if i and is_verb(flag)]
    closing = [i for i in verbs if i + 1 == len(words) or not is_noun(words[i + 1][1])]
    if closing:
        return closing[0]
    return verbs[-1] if verbs else 0


def _described_noun(right: str) -> str:
    """6个代表性强、特色鲜明的村庄, 12个闲置的院子: a description closed by 的 after the figure says which; the
    noun after 的 is what is counted (with a short description kept: 闲置院子)."""
    clause = _CLAUSE_END.split(right, maxsplit=1)[0]
    marker = clause.find("的")
    if marker <= 0 or marker > _MAX_DESCRIPTION:
        return ""
    description = clause[:marker]
    if PUNCT.match(description[0]) or re.search(r"[(（]", description):
        return ""  # 800多万、面貌日新月异的省会城市: the description is of another noun; 贫困县(市、区) is one name
    words = tagged_words(PUNCT.sub("", description))
    if not words or ("、" not in description and words[-1][1].startswith("n")):
        return ""  # 58个党群服务中心的建设: the noun before 的 is itself what is counted
    noun = noun_phrase_after(clause[marker + 1 :])
    if len(noun) < 2:
        return ""
    short = len(description) <= _SHORT_DESCRIPTION and "、" not in description
    return (description if short else "") + noun


def _place_group(left_words: list[tuple[str, str]]) -> str:
    """The nouns right before a place count (山区26县 -> 山区): the kind of places counted. A place's name (浙江)
    says where, which the locality says; a two-character area word (山区, 库区, 牧区) says which kind."""
    group: list[str] = []
    for word, flag in reversed(left_words):
        if not is_noun(flag) or (flag == "ns" and not (len(word) == 2 and word.endswith("区"))):
            break
        group.insert(0, word)
    return "".join(group)


def _helped_to(left_words: list[tuple[str, str]], right: str, noun_after: str) -> str:
    """带动近100万人就业增收 -> 带动就业增收: people a 带动/帮助 reaches are counted by what they are helped to do."""
    verb = leading_verb(left_words)
    if verb not in BENEFIT_VERBS or left_words[-1][0] != verb:
        return ""
    rest = right[right.find(noun_after) + len(noun_after) :] if noun_after and noun_after in right else right
    # 带动76户牧民户均增收: a per-head word between the people and what they are helped to do is the next figure's.
    clause = re.sub(r"^\s*(?:户均|人均)", "", PUNCT.split(rest, maxsplit=1)[0])[:10]
    rest_words = tagged_words(clause)
    if not rest_words or not is_verb(rest_words[0][1]):
        return ""
    # 带动76户牧民增收 -> 带动增收牧民户数; 群众 names no one in particular and is left out.
    return verb + clean(clause) + ("" if noun_after.endswith("群众") else noun_after)
