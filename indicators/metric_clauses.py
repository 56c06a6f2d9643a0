"""Reading the clause around a figure for `indicators.metrics`: its words and tags, the scope and linking
words at its edges, place names that open it, enumerations closed by 等, the noun phrase after a pre-nominal figure.

Pure functions on strings (jieba words and POS tags); kept apart so each metric module stays short.
"""

from __future__ import annotations

import re
from itertools import accumulate

from core.text.segmentation import tagged
from indicators.metric_shapes import (
    retag,
)
from indicators.metric_words import (
    DROP_WORDS,
    ETC,
    LEADING_FLAGS,
    LEADING_NOISE,
    MAX_LEFT,
    MAX_VERB_RUN,
    NAME_FLAGS,
    NEGATIONS,
    NOT_PLACES,
    NOUN_FLAGS,
    NOW_WORDS,
    PLACE_ENDINGS,
    PLACE_PREFIX,
    PLACE_SUFFIXES,
    PREDICATE_VERBS,
    PUNCT,
    QUOTED,
    SKIP_RIGHT_WORDS,
    STOP_RIGHT_FLAGS,
    STOP_RIGHT_WORDS,
    TRAILING_FLAGS,
    TRAILING_NOISE,
)

_COMPARISONS = ("高于", "低于")
# One-character place suffixes jieba cuts off a name it does not know (申家沟|村, 杜家坪|村).
_CUT_PLACE_SUFFIXES = frozenset({"村", "镇", "乡", "县", "组", "屯"})
# Nouns for a group of people that a person's name may follow as an example (种粮大户周柿勇, 村民朱小春).
_GROUP_ENDINGS = ("户", "民", "员", "长", "书记", "农", "人")
_MAX_NAME = 3
_INSIDE = ("里", "内")
_COMPANY_ENDINGS = ("公司", "集团")
# The words a company's name is made of: places, names, abbreviations and plain nouns (潜江 华山 科技 股份).
_NAME_PART_FLAGS = ("n", "j", "b", "l")
_SCENE_WORDS = ("正在", "正忙", "正值")
_MIN_LOCATED = 3
# 在流水镇, 在兰井村2组, 在安居区横山镇朝天村: 在 and a run of place names ending in an administrative suffix or a
# numbered village group.
_LOCATED_AT = re.compile(
    r"在((?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡|村|屯|街道)|[0-9一二三四五六七八九十]{1,3}组)+)(?=[\u4e00-\u9fff]|$)"
)
# A lone "person name" this long right before a figure is a noun jieba does not know (养羊, 毛利, 楼栋长).
_MIN_LONE_NAME = 2


def tagged_words(text: str) -> list[tuple[str, str]]:
    """jieba words and tags of `text`, with numerals jieba mis-tags given back their noun or verb tag."""
    return retag(list(tagged(text))) if text else []


def strip_edges(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Words without the scope, time and linking words at either edge (全市…, …达到): they name nothing."""
    # The linking words at the end go first, so that a lone noun jieba takes for a name (毛利达, 养羊) is seen alone.
    words = _strip_trailing(_without_names(words))
    while words and (words[0][0] in LEADING_NOISE or words[0][1] in LEADING_FLAGS or _is_place_name(*words[0])):
        if words[0][0] in NEGATIONS and len(words) > 1:
            break  # 未脱贫人口, 未出列贫困村: a negation turns the name into its opposite and stays
        if len(words) == 1 and words[0][1] in NAME_FLAGS and len(words[0][0]) >= _MIN_LONE_NAME:
            break  # a lone "person name" is a noun jieba does not know (楼栋长, 护林员): a list item's own noun
        name = words[0][1] in NAME_FLAGS or words[0][1] == "ns"
        words = words[1:]
        if name and len(words) > 1 and words[0][0] in _CUT_PLACE_SUFFIXES:
            words = words[1:]  # 申家沟|村的谷子: jieba cut the place's suffix off its name; it goes with the name
    words = _strip_trailing(words)
    kept = [w for w in words if w[0] not in DROP_WORDS and w[0] not in NOW_WORDS]
    return kept


def _without_names(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """种粮大户周柿勇的11个大棚: a person's name after the noun that says who they are (大户, 村民), owning what is
    counted, is an example of that group, not part of what is measured."""
    kept: list[tuple[str, str]] = []
    for index, (word, flag) in enumerate(words):
        after_group = bool(kept) and kept[-1][0].endswith(_GROUP_ENDINGS)
        owns = index + 1 < len(words) and words[index + 1][0] == "的"
        if flag in NAME_FLAGS and after_group and owns and len(word) <= _MAX_NAME:
            continue  # (牧民拉姆卓玛年收入: a name that holds the measure itself stays)
        kept.append((word, flag))
    return kept


def _strip_trailing(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    while words and (words[-1][0] in TRAILING_NOISE or words[-1][1] in TRAILING_FLAGS or words[-1][0].startswith("最")):
        words = words[:-1]
    return words


def _is_place_name(word: str, flag: str) -> bool:
    # jieba tags some verbs as places (新建 is also a district) and many names as plain nouns: a name is a
    # place-tagged word with a place suffix, or a longer noun ending in an administrative suffix.
    if flag == "ns" and word[-1] in PLACE_SUFFIXES:
        return True
    return len(word) >= 3 and word[-1] in PLACE_ENDINGS and flag.startswith("n") and not word.endswith(NOT_PLACES)


def is_noun(flag: str) -> bool:
    """Nouns, names, abbreviations, idioms and verbal nouns: what a metric phrase is made of."""
    return flag.startswith(NOUN_FLAGS) or flag == "vn"


def is_verb(flag: str) -> bool:
    """A verb proper (a verbal noun such as 建设 in 建设项目 counts as a noun)."""
    return flag.startswith("v") and flag != "vn"


def collapse_list(text: str, object_only: bool = False) -> str:
    """补助、助学金等各类补助资金 -> 补助资金: an enumeration closed by 等 is named by the noun after 等.

    The verb that opened the list (发放, 引进) stays. With nothing after 等 the first item names the list.
    After a figure (`object_only`) the list must be the object of the clause's first word, a verb: in
    12个老旧小区提供保洁、维修等服务 the list belongs to the predicate, not to what is counted.
    """
    first = text.find("、")
    if first < 0:
        return text
    etc = ETC.search(text, text.rfind("、"))
    if not etc:
        return text
    head, tail = text[:first], text[etc.end() :]
    head_words = strip_edges(tagged_words(PUNCT.sub("", head)))
    tail_words = strip_edges(tagged_words(PUNCT.sub("", tail)))
    if not tail_words:
        return head
    verb = head_words[0][0] if head_words and is_verb(head_words[0][1]) else ""
    if object_only and not verb:
        return text
    return verb + tail


def noun_phrase_after(
    right: str, allow_leading_verb: bool = False, verb_compounds: bool = True, measured: bool = False
) -> str:
    """The noun phrase a pre-nominal figure counts (58个[党群服务中心]): words until a verb or punctuation.

    A verb directly followed by a noun stays inside (扶贫项目, 包保科级干部): Chinese compounds nouns that way.
    """
    words = tagged_words(QUOTED.sub(r"\1", right[:24]))
    while words and (words[0][0] == "的" or words[0][0] in DROP_WORDS):
        words = words[1:]
    phrase: list[str] = []
    flags: list[str] = []
    for index, (word, flag) in enumerate(words):
        if word in SKIP_RIGHT_WORDS:
            continue  # 学生全部纳入资助范围: the adverb between noun and predicate says nothing
        if PUNCT.match(word) or word in STOP_RIGHT_WORDS or (flag.startswith(STOP_RIGHT_FLAGS) and not is_noun(flag)):
            break
        if phrase and index + 1 < len(words) and words[index + 1][1] == "uv":
            # 代收点密集地沿路排开, 采茶工紧张有序地: the words before the adverbial 地 say how the predicate goes.
            while len(phrase) > 1 and flags[-1].startswith("a"):
                phrase.pop()
                flags.pop()
            break
        if phrase and word.startswith(_SCENE_WORDS):
            break  # 农民正忙着修剪藤蔓: what is going on at the moment reported is the predicate
        if flag == "i" and phrase:
            break  # an idiom after the noun describes it (牛膘肥体壮)
        if measured and phrase and word in PREDICATE_VERBS:
            # 500亩菊花迎来盛放期: after the land or thing an extent measures, a verb that never sits inside a noun
            # compound starts the predicate. A count keeps it (16项重点工作纳入网格事项): what was done to the
            # counted things says which they are.
            break
        if is_verb(flag):
            # A short run of verbs ending in a noun is one compound too (结对帮扶工作, 到户帮扶项目).
            after = index + 1
            while after < len(words) and after - index < MAX_VERB_RUN and is_verb(words[after][1]):
                after += 1
            next_flag = words[after][1] if after < len(words) else "x"
            starts = phrase or allow_leading_verb or (index == 0 and verb_compounds)
            if is_noun(next_flag) and (starts or (index > 0 and not phrase and allow_leading_verb)):
                if not (index == 0 and allow_leading_verb):
                    phrase.append(word)
                    flags.append(flag)
                continue
            break
        phrase.append(word)
        flags.append(flag)
    noun = "".join(phrase)
    # 藕园里, 大棚内: a locative closing the phrase says inside what, not what is counted or measured.
    return noun[:-1] if len(noun) >= _MIN_LOCATED and noun.endswith(_INSIDE) else noun


def clean(text: str) -> str:
    """`text` without punctuation, an opening place name and the scope and linking words at its edges."""
    return "".join(word for word, _ in strip_edges(tagged_words(drop_place(PUNCT.sub("", text)))))


def drop_place(text: str) -> str:
    """青山镇白石村保留着…, 大王庄村共有…: jieba splits unknown place names, so a run of names with an
    administrative suffix that opens the phrase and is followed by a verb or adverb is cut by its shape."""
    if text.startswith("其中"):
        # 其中红旗村达29.62万元: the place singled out of a total is where; the figure is the total's measure.
        singled = drop_place(text[2:])
        return singled if singled != text[2:] else text
    match = PLACE_PREFIX.match(text)
    if not match or match.group(0).endswith(NOT_PLACES) or match.end() == len(text):
        return text
    rest = tagged_words(text[match.end() : match.end() + 6])
    if rest and rest[0][1].startswith(("v", "d", "t", "p")):
        return text[match.end() :]
    # 长江源村人均年收入: a village's name before a noun phrase of its own says where, which the place column says.
    named = len(match.group(0)) >= 3 and match.group(0)[-1] in "村镇乡" and len(text) - match.end() >= 4
    if not named or not rest or not is_noun(rest[0][1]):
        return text
    # The name must end where a word ends: 带动村民 is not 带动村 + 民.
    ends = set(accumulate(len(word) for word, _ in tagged_words(text)))
    return text[match.end() :] if match.end() in ends else text


def drop_located(text: str) -> str:
    """外商在流水镇发展了, 合作社在兰井村2组占地: a 在-phrase naming a place says where, which the locality says;
    the words around it name what is measured."""

    def located(match: re.Match[str]) -> str:
        return match.group(0) if match.group(1).endswith(NOT_PLACES) else ""

    return _LOCATED_AT.sub(located, text)


def drop_company(text: str) -> str:
    """引进潜江华山科技股份有限公司投资, 竹缘林科有限公司打包: a company's name says who, which the locality and
    the article say; the verb around it names what is measured."""
    words = tagged_words(text)
    for index, (word, _) in enumerate(words):
        if word.endswith(_COMPANY_ENDINGS):
            start = index
            while start > 0 and words[start - 1][1].startswith(_NAME_PART_FLAGS):
                start -= 1
            return "".join(word for word, _ in words[:start] + words[index + 1 :])
    return text


def predicate_after(right: str) -> str:
    """34人[获得“齐鲁乡村之星”称号]: when a figure opens its clause the measured thing is the predicate."""
    return clean(right[:16])


def leading_verb(words: list[tuple[str, str]]) -> str:
    """The verb among the last two words before a figure (建成3个, 带动了100人), or ''."""
    for word, flag in reversed(words[-2:]):
        if is_verb(flag):
            return word
    return ""


def content_words(words: list[tuple[str, str]]) -> list[str]:
    """The words of a phrase that carry meaning: no time words, prepositions, particles or adverbs."""
    return [w for w, f in words if not f.startswith(("t", "p", "u", "d", "m", "f", "r")) and w not in ("到", "至")]


def last_predicate(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A long run-up (幼儿园、幼儿园联合向学校捐赠助学金) is named by its last verb and that verb's object."""
    if sum(len(word) for word, _ in words) <= MAX_LEFT or any(word in _COMPARISONS for word, _ in words):
        # 收入增速高于全省: a comparison with a wider area's average keeps what it compares, however long.
        return words
    for index in range(len(words) - 1, 0, -1):
        if is_verb(words[index][1]) and sum(len(word) for word, _ in words[index:]) >= 3:
            return words[index:]
    return words
