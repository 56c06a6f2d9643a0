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
from itertools import accumulate

from core.text.numbers import Quantity
from core.text.quantity_words import TIME_UNITS
from core.text.segmentation import tagged
from core.text.unit_words import CURRENCIES, MEASURES
from indicators.comparisons import moved_subject, names_only_its_scope, year_on_year
from indicators.metric_shapes import (
    BENEFIT_VERBS,
    after_means,
    borrowed,
    count_suffix,
    drop_compared_group,
    extent_of_subject,
    retag,
    run_of_years,
    strip_target,
    topic_of,
    verb_noun,
    with_suffix,
)
from indicators.metric_words import (
    ACHIEVED_SUM,
    AFTER_HEAD,
    AREA_UNITS,
    CHANGE_VERBS,
    COUNT_SUFFIX,
    DROP_WORDS,
    ETC,
    EXISTENCE_VERBS,
    FALLBACK,
    FAMILY_HEADS,
    FROM_BASELINE,
    GENERIC_HEAD,
    LAND_VERBS,
    LEADING_FLAGS,
    LEADING_NOISE,
    LENGTH_UNITS,
    MAX_ATTRIBUTIVE,
    MAX_LEFT,
    MAX_VERB_RUN,
    MEASURE_ENDINGS,
    MODALS,
    MONEY_INPUT_VERBS,
    NAME_FLAGS,
    NOT_COUNTS,
    NOT_PLACES,
    NOUN_FLAGS,
    NOW_WORDS,
    PLACE_ENDINGS,
    PLACE_PREFIX,
    PLACE_SUFFIXES,
    POPULATION_GROUPS,
    PRICE,
    PUNCT,
    QUOTED,
    RATIO_ENDINGS,
    RECORD,
    SKIP_RIGHT_WORDS,
    STOP_RIGHT_FLAGS,
    STOP_RIGHT_WORDS,
    TRAILING_FLAGS,
    TRAILING_NOISE,
)

_COMPARISONS = ("高于", "低于")


def _words(text: str) -> list[tuple[str, str]]:
    return retag(list(tagged(text))) if text else []


def _strip_edges(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    while words and (words[0][0] in LEADING_NOISE or words[0][1] in LEADING_FLAGS or _is_place_name(*words[0])):
        if len(words) == 1 and words[0][1] in NAME_FLAGS and len(words[0][0]) >= 3:
            break  # a lone "person name" is a noun jieba does not know (楼栋长, 护林员): a list item's own noun
        words = words[1:]
    while words and (words[-1][0] in TRAILING_NOISE or words[-1][1] in TRAILING_FLAGS or words[-1][0].startswith("最")):
        words = words[:-1]
    kept = [w for w in words if w[0] not in DROP_WORDS and w[0] not in NOW_WORDS]
    return kept


def _is_place_name(word: str, flag: str) -> bool:
    # jieba tags some verbs as places (新建 is also a district) and many names as plain nouns: a name is a
    # place-tagged word with a place suffix, or a longer noun ending in an administrative suffix.
    if flag == "ns" and word[-1] in PLACE_SUFFIXES:
        return True
    return len(word) >= 3 and word[-1] in PLACE_ENDINGS and flag.startswith("n") and not word.endswith(NOT_PLACES)


def _is_noun(flag: str) -> bool:
    return flag.startswith(NOUN_FLAGS) or flag == "vn"


def _is_verb(flag: str) -> bool:
    return flag.startswith("v") and flag != "vn"


def _collapse_list(text: str, object_only: bool = False) -> str:
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
    head_words = _strip_edges(_words(PUNCT.sub("", head)))
    tail_words = _strip_edges(_words(PUNCT.sub("", tail)))
    if not tail_words:
        return head
    verb = head_words[0][0] if head_words and _is_verb(head_words[0][1]) else ""
    if object_only and not verb:
        return text
    return verb + tail


def _noun_phrase_after(right: str, allow_leading_verb: bool = False, verb_compounds: bool = True) -> str:
    """The noun phrase a pre-nominal figure counts (58个[党群服务中心]): words until a verb or punctuation.

    A verb directly followed by a noun stays inside (扶贫项目, 包保科级干部): Chinese compounds nouns that way.
    """
    words = _words(QUOTED.sub(r"\1", right[:24]))
    while words and (words[0][0] == "的" or words[0][0] in DROP_WORDS):
        words = words[1:]
    phrase: list[str] = []
    for index, (word, flag) in enumerate(words):
        if word in SKIP_RIGHT_WORDS:
            continue  # 学生全部纳入资助范围: the adverb between noun and predicate says nothing
        if PUNCT.match(word) or word in STOP_RIGHT_WORDS or (flag.startswith(STOP_RIGHT_FLAGS) and not _is_noun(flag)):
            break
        if flag == "i" and phrase:
            break  # an idiom after the noun describes it (牛膘肥体壮)
        if _is_verb(flag):
            # A short run of verbs ending in a noun is one compound too (结对帮扶工作, 到户帮扶项目).
            after = index + 1
            while after < len(words) and after - index < MAX_VERB_RUN and _is_verb(words[after][1]):
                after += 1
            next_flag = words[after][1] if after < len(words) else "x"
            starts = phrase or allow_leading_verb or (index == 0 and verb_compounds)
            if _is_noun(next_flag) and (starts or (index > 0 and not phrase and allow_leading_verb)):
                if not (index == 0 and allow_leading_verb):
                    phrase.append(word)
                continue
            break
        phrase.append(word)
    return "".join(phrase)


def _clean(text: str) -> str:
    return "".join(word for word, _ in _strip_edges(_words(_drop_place(PUNCT.sub("", text)))))


def _drop_place(text: str) -> str:
    """青山镇白石村保留着…, 大王庄村共有…: jieba splits unknown place names, so a run of names with an
    administrative suffix that opens the phrase and is followed by a verb or adverb is cut by its shape."""
    match = PLACE_PREFIX.match(text)
    if not match or match.group(0).endswith(NOT_PLACES) or match.end() == len(text):
        return text
    rest = _words(text[match.end() : match.end() + 6])
    if rest and rest[0][1].startswith(("v", "d", "t", "p")):
        return text[match.end() :]
    # 长江源村人均年收入: a village's name before a noun phrase of its own says where, which the place column says.
    named = len(match.group(0)) >= 3 and match.group(0)[-1] in "村镇乡" and len(text) - match.end() >= 4
    if not named or not rest or not _is_noun(rest[0][1]):
        return text
    # The name must end where a word ends: 带动村民 is not 带动村 + 民.
    ends = set(accumulate(len(word) for word, _ in _words(text)))
    return text[match.end() :] if match.end() in ends else text


def _predicate_after(right: str) -> str:
    """34人[获得“齐鲁乡村之星”称号]: when a figure opens its clause the measured thing is the predicate."""
    return _clean(right[:16])


def _family(unit: str) -> str:
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


def _leading_verb(words: list[tuple[str, str]]) -> str:
    for word, flag in reversed(words[-2:]):
        if _is_verb(flag):
            return word
    return ""


def _content(words: list[tuple[str, str]]) -> list[str]:
    """The words of a phrase that carry meaning: no time words, prepositions, particles or adverbs."""
    return [w for w, f in words if not f.startswith(("t", "p", "u", "d", "m", "f", "r")) and w not in ("到", "至")]


def metric_phrase(quantity: Quantity, left: str, right: str, subject: str = "", beyond: str = "") -> str:
    """A short metric phrase for `quantity` from the clause text on its left and right.

    `subject` is what the sentence is about when the clause does not say (the previous figure's metric, or
    the figure-free clause before); `beyond` is the clause text after the next figure, for an object the
    next figure quantifies (投资2亿元建起了3万平方的商业街).
    """
    family = _family(quantity.unit)
    # 振兴之路——2023年全省一产增加值达1507亿元: a dash ends a heading or a lead-in; the clause starts after it.
    left = left.rsplit("——", 1)[-1]
    if quantity.unit in ("口", "人") and left.rstrip().endswith(("一家", "全家")):
        return "家庭人口"  # 一家6口人: the members of a household
    left, target = strip_target(left)
    left = drop_compared_group(year_on_year(FROM_BASELINE.sub("", RECORD.sub("", _collapse_list(left)))))
    right = _collapse_list(right, object_only=True)
    if quantity.text.endswith(("以外", "之外")):
        right = quantity.text[-2:] + right  # 400公里以外的定居点: the bound word still says where the distance ends
    subject = "" if names_only_its_scope(left) else borrowed(_clean(subject), quantity.unit)
    phrase = AFTER_HEAD.sub("", _phrase(family, quantity.unit, left, right, subject, beyond) or subject)
    phrase = ACHIEVED_SUM.sub("", phrase)
    if subject and GENERIC_HEAD.match(phrase):
        topic = topic_of(_words(subject))
        phrase = phrase if not topic or phrase.startswith(topic) else topic + phrase
    if target and phrase and not phrase.endswith("目标"):
        return phrase + "目标"  # 力争到2025年产值突破100亿元: the figure is the aim, not the outcome
    return _population(phrase or _fallback(family, quantity.unit), quantity.unit)


def _population(phrase: str, unit: str) -> str:
    """人数 of a place (全村1708人) or of a population group (贫困户55户共131人) is its 人口, as statistics name it."""
    if unit not in ("人", "口") or not phrase.endswith("人数"):
        return phrase
    if AFTER_HEAD.sub("", phrase[:-2]).endswith("人口"):
        return AFTER_HEAD.sub("", phrase[:-2])  # 贫困人口已减至18.86万人: the population the figure states
    group = phrase[:-2].removesuffix("户")
    if group == "农":
        return "人口"  # 共有农户386户1420人: the farming households' people are the place's population
    return group + "人口" if not group or group.endswith(POPULATION_GROUPS) else phrase


def _fallback(family: str, unit: str) -> str:
    if family == "duration":
        return "年数" if unit == "年" else "时长"
    if family == "count":
        suffix = count_suffix("", unit)
        return suffix if suffix != "数" else "数量"
    return FALLBACK[family]


def _phrase(family: str, unit: str, left: str, right: str, subject: str, beyond: str) -> str:
    left_words = _last_predicate(after_means(_strip_edges(_words(_drop_place(PUNCT.sub("", left))))))
    left_text = "".join(word for word, _ in left_words)
    content = _content(left_words)
    phrase = _own_phrase(family, unit, left, right, subject, beyond, left_words)
    verb = "".join(content)
    if subject and phrase in ("", left_text) and (not verb or verb in CHANGE_VERBS):
        # 增长7.1% / 提升到95% / 达到26万亩: the clause names nothing and only moves its sentence's subject.
        if family in ("area", "length"):
            return extent_of_subject(family, subject)
        return moved_subject(subject, verb, family, left)
    return phrase


def _last_predicate(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A long run-up (幼儿园、幼儿园联合向学校捐赠助学金) is named by its last verb and that verb's object."""
    if sum(len(word) for word, _ in words) <= MAX_LEFT or any(word in _COMPARISONS for word, _ in words):
        # 收入增速高于全省: a comparison with a wider area's average keeps what it compares, however long.
        return words
    for index in range(len(words) - 1, 0, -1):
        if _is_verb(words[index][1]) and sum(len(word) for word, _ in words[index:]) >= 3:
            return words[index:]
    return words


def _own_phrase(
    family: str, unit: str, left: str, right: str, subject: str, beyond: str, left_words: list[tuple[str, str]]
) -> str:
    left_text = "".join(word for word, _ in left_words)
    lone_verb = len(left_words) == 1 and (_is_verb(left_words[0][1]) or left_text in MONEY_INPUT_VERBS)
    if family == "count":
        return _count_phrase(unit, left, left_words, left_text, right)
    if family == "duration":
        return _duration_phrase(unit, left_words, left_text, right, lone_verb)
    noun_after = _noun_phrase_after(right, verb_compounds=False)
    object_after = _noun_phrase_after(right, allow_leading_verb=True) if lone_verb or not left_text else ""
    if family == "money":
        price = PRICE.match(PUNCT.sub("", left))
        if price and not noun_after:
            # 每餐只需3元, 门票仅需20元: a modal of cost before a bare sum is a price (per what 每 names).
            return price.group(1) + "价格"
        if len(noun_after) >= 2:
            # 投资11万元建设数字城管系统: money put into a thing is that thing's 投资/投入.
            return noun_after + left_text if lone_verb and left_text in MONEY_INPUT_VERBS else noun_after
        if lone_verb and left_text in MONEY_INPUT_VERBS and len(object_after) < 2 and beyond:
            object_after = _noun_phrase_after(beyond.lstrip("的余多"))
        if len(object_after) >= 2:
            return object_after + left_text
        return left_text
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
        raw_left = left.rstrip(" 约近")
        if raw_left.endswith(("到", "距", "离", "距离")) or left_text.startswith(("距", "离")):
            if right.lstrip().startswith(("外", "以外", "之外", "远")):
                target = _noun_phrase_after(right.lstrip().lstrip("外以之远"))
                if target:
                    return "到" + target + "距离"
            return (left_text + "距离") if left_text else "距离"
        radius = re.match(r"为(半径|直径)", right)
        if radius:
            return radius.group(1)
    head = FAMILY_HEADS[family]
    if len(noun_after) >= 2 and (lone_verb or not left_text):
        base = noun_after
    elif len(noun_after) >= 2 and family == "area":
        # 落户村里的150亩兰花基地, 流转了本村803亩土地: the land after an area figure is what it measures; a verb of
        # acquiring or creating land before it stays (流转土地面积), the rest of the run-up says where or how.
        verb = next((w for w, f in reversed(_words(left_text)[-2:]) if _is_verb(f) and w in LAND_VERBS), "")
        base = verb + noun_after
    elif len(object_after) >= 2:
        base = object_after
    else:
        base = left_text
    if not base or base.endswith(MEASURE_ENDINGS):
        return base
    return base + head


def _duration_phrase(unit: str, left_words: list[tuple[str, str]], left_text: str, right: str, lone_verb: bool) -> str:
    """干了10年村党支部书记 -> 干村党支部书记年数; 至少要两天时间 -> 耗时: time spent on a task."""
    content = [w for w in _content(left_words) if w not in MODALS]
    if unit == "年" and left_text.endswith("连续"):  # 收入连续20年位居第一: a run of years
        return run_of_years(left_text, PUNCT.split(QUOTED.sub(r"\1", right), maxsplit=1)[0])
    object_after = _noun_phrase_after(right, allow_leading_verb=True)
    if right.startswith("的") and len(_noun_phrase_after(right[1:])) >= 2:
        # 两年多的努力, 近一年的培训: the time the activity after 的 took.
        done = _noun_phrase_after(right[1:])
        return "用时" if done.startswith("时") else done + ("年数" if unit == "年" else "时长")
    if lone_verb and unit == "年" and len(object_after) >= 2:
        return left_text + object_after + "年数"
    if unit == "年" and len(content) <= 1 and len(left_text) <= 2:
        return left_text + "年数"  # 30年来, 连续6年: how many years something has gone on
    if not content:
        return "耗时"
    if len(content) == 1 and left_words and _is_verb(left_words[-1][1]) and left_words[-1][0] not in MODALS:
        # 历时15天, 上线4个月 keep their verb; a bare verb of motion or work (跑两天) is time spent on it.
        return left_text if left_text.endswith(("时", "期", "间")) else left_words[-1][0] + "耗时"
    return left_text


def _count_phrase(unit: str, left: str, left_words: list[tuple[str, str]], left_text: str, right: str) -> str:
    noun_after = _noun_phrase_after(right)
    helped = _helped_to(left_words, right, noun_after)
    if helped:
        return with_suffix(helped, unit)
    # 纳入监测对象的[63户], 参加开放日的[24名市民代表]: a 的-phrase before the figure modifies what is counted.
    attributive = ""
    if left.rstrip().endswith("的") and "、" not in left and len(left_text) <= MAX_ATTRIBUTIVE:
        attributive = left_text
    first_right = _words(right[:4])[:1]
    if attributive and unit in COUNT_SUFFIX and (len(noun_after) < 2 or first_right[0][0] in SKIP_RIGHT_WORDS):
        # 63户全部落实了帮扶措施: after 户/人 the clause goes on with its predicate, not with a noun.
        return with_suffix(attributive, unit)
    if len(noun_after) >= 2:
        verb = _leading_verb(left_words)
        if verb in EXISTENCE_VERBS:
            verb = ""  # 建成3个林产品交易中心: what was built is counted; "built" says nothing about it
        return with_suffix((attributive or verb) + noun_after, unit)
    if len(noun_after) == 1 and unit not in COUNT_SUFFIX:
        # 6个村都在发展养殖产业 / 覆盖13个村: a one-character noun is the counted thing; what it does or what
        # is done to it names the count.
        predicate = _predicate_after(right[1:]) if right[1:2] and not PUNCT.match(right[1]) else ""
        if predicate:
            return predicate + "的" + noun_after + "数"
        verb = _leading_verb(left_words)
        if verb or not left_text:
            return verb + noun_after + "数"
    if left_text:
        return with_suffix(left_text, unit)
    predicate = _predicate_after(right)
    return with_suffix(predicate, unit) if predicate else ""


def _helped_to(left_words: list[tuple[str, str]], right: str, noun_after: str) -> str:
    """带动近100万人就业增收 -> 带动就业增收: people a 带动/帮助 reaches are counted by what they are helped to do."""
    verb = _leading_verb(left_words)
    if verb not in BENEFIT_VERBS or left_words[-1][0] != verb:
        return ""
    rest = right[right.find(noun_after) + len(noun_after) :] if noun_after and noun_after in right else right
    clause = PUNCT.split(rest, maxsplit=1)[0][:10]
    rest_words = _words(clause)
    if not rest_words or not _is_verb(rest_words[0][1]):
        return ""
    # 带动76户牧民增收 -> 带动增收牧民户数; 群众 names no one in particular and is left out.
    return verb + _clean(clause) + ("" if noun_after.endswith("群众") else noun_after)
