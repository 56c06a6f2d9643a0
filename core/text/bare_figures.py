"""Figures printed without a measure word: round 百/千/万/亿, 个 between a numeral and 亿, and the unit
a bare 万/亿 figure takes from the noun it counts or the sum it states.

Chinese reports often drop the measure word of a large figure (3万农村贫困人口, 存款1个多亿, 千余户): the
reader in `numbers.py` asks these functions whether such a figure still counts, and in what unit.
"""

from __future__ import annotations

import re

from core.text.quantity_words import PERSON_NOUN_ENDINGS
from core.text.segmentation import tagged

# A bare 百/千/万/亿 (百余户, 近千万, 超千亿元, 上万元) is a round figure when a word of size comes with it;
# alone (千家万户, 百企) it is rhetoric.
ROUND_FIGURE = re.compile(r"[百千万亿萬億]+")
_ROUND_LEADS = ("近", "将近", "接近", "超", "超过", "突破", "逾", "上", "约", "达")
_ROUND_TAILS = ("余", "多")
# 上万元, 上千人: "reaching" a round figure means at least that much.
_AT_LEAST_LEAD = "上"
_FIGURE_CHARS = re.compile(r"[\d百千万亿萬億]")
# 1个多亿, 两个亿: 个 between a numeral and 万/亿 is a spoken filler, not a measure word.
_FILLER_GE = re.compile(r"个([多余])?([万亿萬億])")
_MULTIPLIER_VALUES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_MAX_PERSON_PHRASE = 10
_HOUSEHOLD = "户"
# 万元户, 亿元村, 十亿元镇: a sum glued to a household or a place is the title the place holds, not an amount.
_TITLE_AFTER_SUM = re.compile(r"元[户村镇乡县]")
# Sums an amount of money is printed after without 元 (存款1个多亿, 总产值为500万左右).
_MONEY_NOUNS = (
    "存款", "收入", "产值", "投资", "投入", "资金", "利润", "工资", "营业额", "销售额", "收益", "营收", "总额",
    "贷款", "分红", "补贴", "奖金", "成本", "税收", "财政", "负债", "债务", "欠款", "外债", "亏损", "账上",
)  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[,，。;；:：!！?？、\n]")
_LINKING = r"(?:[一-龥]{0,2}?(?:为|达|达到|有|共|近|约|超过|超|突破|逾|增加|增长|减少|下降|提高|新增|净增))?"
_MONEY_BEFORE = re.compile(rf"(?:{'|'.join(_MONEY_NOUNS)}){_LINKING}$")
# 收入从此前的年均二三十万跃升至三百来万: both ends of a change a sum goes through, in the clause of its noun.
_MONEY_FROM = re.compile(rf"(?:{'|'.join(_MONEY_NOUNS)})从[^,，。;；:：!！?？\n]{{0,16}}$")
# 收入增加了10多倍,达到308万: a clause that is only a linking verb and the sum goes on from the clause before it.
_LINK_ONLY = re.compile(r"\s*(?:已|已经|就|将|可|能|共)?(?:达到|达|为|增至|增加到|提高到|提高至|升至|跃升至)$")
# 一年七八万收入, 300万的投资: the sum stated right before the money noun it is.
_MONEY_AFTER = re.compile(rf"[多余]?的?(?:{'|'.join(_MONEY_NOUNS)})")
# 农村贫困人口4年减少478万: people counted by a person noun earlier in the clause, across a period and a verb.
_PERIOD = r"(?:[\d一二三四五六七八九十两]+(?:年|个月)(?:来|间|内)?)?"
_PEOPLE_BEFORE = re.compile(rf"(?:{'|'.join(PERSON_NOUN_ENDINGS)}){_PERIOD}{_LINKING}$")


def is_round_figure(folded: str, numeral: str, start: int, end: int) -> bool:
    """True when a numeral made only of 百/千/万/亿 is a round figure: a size word before it (近, 超, 上)
    or after it (余, 多) says it is an amount."""
    if not ROUND_FIGURE.fullmatch(numeral):
        return False
    if folded.startswith(_ROUND_TAILS, start + len(numeral)):
        return True
    return any(folded.startswith(lead, start - len(lead)) for lead in _ROUND_LEADS)


# 千亩以上, 百年以上, 万元以下: a bound word after the unit makes a round figure a threshold, spans included.
_BOUND_TAILS = ("以上", "以下")


def is_round_bound(folded: str, numeral: str, end: int) -> bool:
    """True when a numeral made only of 百/千/万/亿 is a class bound: 以上/以下 follows its unit (ending at `end`)."""
    return bool(ROUND_FIGURE.fullmatch(numeral)) and folded.startswith(_BOUND_TAILS, end)


def round_figure_at_least(folded: str, numeral: str, start: int) -> bool:
    """上万元, 上千人: a round figure "reached" is a lower bound."""
    return bool(ROUND_FIGURE.fullmatch(numeral)) and folded[start - 1 : start] == _AT_LEAST_LEAD


def is_title(folded: str, numeral: str, unit: str, end: int) -> bool:
    """True for 亿元村 / 万元户: a round sum in 元 directly followed by the household or place it names."""
    return unit == "元" and bool(re.search("[万亿萬億]", numeral)) and bool(_TITLE_AFTER_SUM.match(folded, end - 1))


def filler_ge(folded: str, position: int) -> tuple[str | None, int, int] | None:
    """After a numeral: 个[多]亿 read as (qualifier, multiplier, end), or None when 个 is a measure word."""
    match = _FILLER_GE.match(folded, position)
    if not match:
        return None
    qualifier = "more_than" if match.group(1) else None
    return qualifier, _MULTIPLIER_VALUES[match.group(2)], match.end()


def implied_unit(folded: str, start: int, end: int) -> str:
    """The unit of a bare 万/亿 figure at folded[start:end]: 人 for people it counts, 元 for a sum, else ''."""
    clause_begin = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, max(0, start - 24), start)), default=0)
    before = folded[max(clause_begin, start - 24) : start]
    if _MONEY_BEFORE.search(before) or _MONEY_FROM.search(before) or _MONEY_AFTER.match(folded, end):
        return "元"
    if _LINK_ONLY.fullmatch(folded, clause_begin, start) and _names_money(folded, clause_begin):
        return "元"
    counted = _counted_after(folded, end)
    if counted:
        # 5.6万农户, 3万贫困户: households are counted in 户, the measure word their noun ends in.
        return "户" if counted.endswith(_HOUSEHOLD) else "人"
    if _PEOPLE_BEFORE.search(before) and _closes_clause(folded, end):
        return "人"
    return ""


def follows_a_money_noun(folded: str, start: int) -> bool:
    """每亩年收入可达1万五千块: a money noun (and a linking verb) right before the figure at `start`."""
    clause_begin = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, max(0, start - 24), start)), default=0)
    return bool(_MONEY_BEFORE.search(folded[max(clause_begin, start - 24) : start]))


def _names_money(folded: str, clause_begin: int) -> bool:
    """True when the clause before `clause_begin` (same sentence) is about a sum: its subject is a money noun."""
    if clause_begin < 2 or folded[clause_begin - 1] not in ",，":
        return False
    previous = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, max(0, clause_begin - 40), clause_begin - 1)),
                   default=max(0, clause_begin - 40))  # fmt: skip
    clause = folded[previous : clause_begin - 1]
    return any(noun in clause[:16] for noun in _MONEY_NOUNS)


def _closes_clause(folded: str, end: int) -> bool:
    following = folded[end : end + 1]
    return not following or bool(_CLAUSE_BREAK.match(following)) or following in "”）) \t"


def _counted_after(folded: str, end: int) -> str:
    """552万农村建档立卡贫困人口, 5.6万农户: the person or household noun of the phrase after the figure, or ''.

    The words before the noun must describe it: nouns, adjectives and four-character set phrases
    (建档立卡), never a two-character verb (帮助贫困群众 is what the figure does, not what it counts).
    """
    window = folded[end : end + _MAX_PERSON_PHRASE + 2]
    stop = re.search(r"[^\u4e00-\u9fff]", window)
    window = window[: stop.start()] if stop else window
    if _HOUSEHOLD not in window and not any(noun in window for noun in PERSON_NOUN_ENDINGS):
        return ""
    length = 0
    for word, flag in tagged(window):
        if any(word.endswith(noun) for noun in PERSON_NOUN_ENDINGS) or _is_household_noun(word, flag):
            return word if length <= _MAX_PERSON_PHRASE else ""
        if (flag.startswith("v") and flag != "vn" and len(word) < 4) or flag.startswith(("p", "c", "u", "d", "m")):
            return ""
        length += len(word)
    return ""


def _is_household_noun(word: str, flag: str) -> bool:
    """贫困户, 脱贫户, 蔗农户: a noun made of a group and 户 counts households."""
    return len(word) >= 2 and word.endswith(_HOUSEHOLD) and flag.startswith("n")


# 11569贫困户, 500多农户: a plain count of two digits or more glued to the group noun it counts, with no measure word.
_GLUED_COUNT = re.compile(r"\d{2,}")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_APPROXIMATE = ("多", "余")
_GLUED_WINDOW = 6


def glued_noun_unit(folded: str, numeral: str, end: int) -> str:
    """户 or 人 for a count printed straight before its group noun (27659贫困人口 → 人), else ''.

    The noun must follow at once (after one 多 or 余): 11569贫困户 counts households, as the gold writes it.
    """
    if not _GLUED_COUNT.fullmatch(numeral) or _YEAR_LIKE.fullmatch(numeral):
        return ""  # 2019贫困户 reads as a year before its noun as often as a count
    position = end + 1 if folded.startswith(_APPROXIMATE, end) else end
    window = folded[position : position + _GLUED_WINDOW]
    stop = re.search(r"[^\u4e00-\u9fff]", window)
    window = window[: stop.start()] if stop else window
    words = list(tagged(window)) if window else []
    if not words:
        return ""
    word, flag = words[0]
    if _is_household_noun(word, flag):
        return _HOUSEHOLD
    return "人" if word.endswith(("人口", *PERSON_NOUN_ENDINGS)) and flag.startswith("n") else ""


# 一天能挣100多。: what a verb of earning takes is money, with no 元 printed when the figure closes its clause.
_EARNED_BEFORE = re.compile(r"[挣赚](?:了|到|得)?$")
_EARNED_CLOSE = re.compile(r"[多余]?(?:$|[,，。;；!！?？”」)）\s])")


def earned_sum(folded: str, start: int, end: int) -> str:
    """元 for a bare figure a verb of earning takes (一天能挣100多。), else ''."""
    if _EARNED_BEFORE.search(folded, max(0, start - 2), start) and _EARNED_CLOSE.match(folded, end):
        return "元"
    return ""
