"""How a predicted record is matched to a gold one, section by section.

These are the evaluation's matching rules (see `evaluation.scoring`): articles by normalised title
(or body start for untitled items), places by full name or by own name under a compatible parent,
programs by name or alias allowing containment, indicators by (value, unit) as a multiset per page.
Everything here is a pure function of plain dicts in the export's shape.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_PUNCTUATION = re.compile(r"[\s\u3000“”\"'‘’「」『』《》〈〉()（）\[\]【】·•,，。.、:：;；!！?？—\-–_/…▲□]+")
_UNIT_ALIASES = {
    "%": "%",
    "％": "%",
    "个小时": "小时",
    "钟头": "小时",
    "平方": "平方米",
    "m2": "平方米",
    "㎡": "平方米",
}
_ZONE_FORMS = (
    ("高新技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
    ("经技区", "经开区"),
)
_LEVEL_SUFFIX = re.compile(r"(省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡|街道|村|社区|居委会)$")
_INTERMEDIATE_LEVEL = re.compile(r"(省|自治区|市|州|盟|地区|县|区|旗|镇|乡|苏木|街道|办事处)$")


def normalise(text: object) -> str:
    """NFKC, without whitespace and punctuation: what two spellings of one title have in common."""
    if text is None:
        return ""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", str(text)))


def _unit(unit: object) -> str:
    folded = normalise(unit)
    return _UNIT_ALIASES.get(folded, folded)


def _value(value: object) -> Decimal | None:
    try:
        return Decimal(str(value)).normalize()
    except (InvalidOperation, ValueError, TypeError):
        return None


def _contains_either(a: str, b: str, min_length: int) -> bool:
    return len(a) >= min_length and len(b) >= min_length and (a in b or b in a)


# -- articles ---------------------------------------------------------------------------------
def article_key(article: dict) -> str:
    title = normalise(article.get("title"))
    return title or "body:" + normalise(article.get("body_start"))[:10]


def match_articles(gold: list[dict], predicted: list[dict]) -> int:
    """Matched pairs, greedily: the same key, or one title containing the other (4+ characters)."""
    predicted_keys = [article_key(a) for a in predicted]
    used: set[int] = set()
    matched = 0
    for gold_key in (article_key(a) for a in gold):
        for i, key in enumerate(predicted_keys):
            if i not in used and (gold_key == key or _contains_either(gold_key, key, 4)):
                used.add(i)
                matched += 1
                break
    return matched


# -- places -----------------------------------------------------------------------------------
def place_name(full_name: object) -> str:
    name = normalise(full_name)
    for long, short in _ZONE_FORMS:
        name = name.replace(long, short)
    return name


def _own_name(place: dict) -> str:
    full, parent = place_name(place.get("full_name")), place_name(place.get("parent_full_name"))
    if parent and full.startswith(parent) and len(full) > len(parent):
        return full[len(parent) :]
    return place_name(place.get("name")) or full


def same_or_shortened(a: str, b: str) -> bool:
    """Two names of one place: equal, or one leaves out the other's higher ancestors."""
    if not a or not b:
        return a == b
    return a == b or (min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a)))


def same_chain(a: str, b: str) -> bool:
    """As `same_or_shortened`, or one chain names an intermediate level the other leaves out."""
    if same_or_shortened(a, b):
        return True
    if not a or not b or len(a) == len(b):
        return False
    short, long = sorted((a, b), key=len)
    for i in range(2, len(short) - 1):
        head, tail = short[:i], short[i:]
        middle = long[i : len(long) - len(tail)]
        if long.startswith(head) and long.endswith(tail) and _INTERMEDIATE_LEVEL.search(middle):
            return True
    return False


def _compatible_parents(a: str, b: str) -> bool:
    if same_or_shortened(a, b):
        return True
    return bool(a and b) and min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a))


def _same_place(gold: dict, predicted: dict) -> bool:
    gold_full, predicted_full = place_name(gold.get("full_name")), place_name(predicted.get("full_name"))
    if gold_full and gold_full == predicted_full:
        return True
    gold_own, predicted_own = _own_name(gold), _own_name(predicted)
    gold_stem, predicted_stem = _LEVEL_SUFFIX.sub("", gold_own), _LEVEL_SUFFIX.sub("", predicted_own)
    same_own = gold_own == predicted_own or (gold_stem == predicted_stem and len(gold_stem) >= 2)
    gold_parent = place_name(gold.get("parent_full_name"))
    predicted_parent = place_name(predicted.get("parent_full_name"))
    return same_own and (_compatible_parents(gold_parent, predicted_parent) or not (gold_parent or predicted_parent))


@dataclass(frozen=True)
class PlaceMatch:
    matched: int
    predicted: int
    gold: int
    right_parent: int


def match_localities(gold: list[dict], predicted: list[dict]) -> PlaceMatch:
    named = [p for p in predicted if p.get("full_name") or p.get("name")]
    used: set[int] = set()
    matched = right_parent = 0
    for place in gold:
        for i, candidate in enumerate(named):
            if i in used or not _same_place(place, candidate):
                continue
            used.add(i)
            matched += 1
            parents = place_name(place.get("parent_full_name")), place_name(candidate.get("parent_full_name"))
            right_parent += same_or_shortened(*parents)
            break
    return PlaceMatch(matched, len(named), len(gold), right_parent)


# -- programs ---------------------------------------------------------------------------------
def _program_names(program: dict) -> set[str]:
    names = {normalise(program.get("name"))} | {normalise(a) for a in program.get("aliases") or []}
    return {n for n in names if n}


def match_programs(gold: list[dict], predicted: list[dict]) -> int:
    used: set[int] = set()
    matched = 0
    for program in gold:
        gold_names = _program_names(program)
        for i, candidate in enumerate(predicted):
            if i in used:
                continue
            names = _program_names(candidate)
            if gold_names & names or any(_contains_either(a, b, 3) for a in gold_names for b in names):
                used.add(i)
                matched += 1
                break
    return matched


# -- indicators -------------------------------------------------------------------------------
def character_f1(a: object, b: object) -> float:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    precision, recall = common / len(b), common / len(a)
    return 2 * precision * recall / (precision + recall)


def _same_text_candidate(text: str, candidates: list[dict]) -> int:
    """Index of the first candidate quoting text that contains or is contained in `text`, else 0."""
    for index, candidate in enumerate(candidates):
        quoted = normalise(candidate.get("text"))
        if quoted and text and (quoted in text or text in quoted):
            return index
    return 0


@dataclass(frozen=True)
class FigureMatch:
    matched: int
    right_place: int
    right_qualifier: int
    metric_sum: float
    fully_right: int


def pair_figures(gold: list[dict], predicted: list[dict]) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """Multiset match on (value, unit), preferring the candidate quoting the same text: each gold figure with its
    extracted partner (None when missed), and the extracted figures left over."""
    by_key: dict[tuple, list[dict]] = {}
    for figure in predicted:
        by_key.setdefault((_value(figure.get("value")), _unit(figure.get("unit"))), []).append(figure)
    pairs: list[tuple[dict, dict | None]] = []
    for figure in gold:
        candidates = by_key.get((_value(figure.get("value")), _unit(figure.get("unit"))))
        if not candidates:
            pairs.append((figure, None))
            continue
        text = normalise(figure.get("text"))
        best = next(
            (
                j
                for j, c in enumerate(candidates)
                if (t := normalise(c.get("text"))) and text and (t in text or text in t)
            ),
            0,
        )
        pairs.append((figure, candidates.pop(best)))
    return pairs, [rest for candidates in by_key.values() for rest in candidates]


def same_place(gold: dict, found: dict) -> bool:
    """Whether a matched pair names the same place chain (a missing place on either side is wrong)."""
    gold_place, place = place_name(gold.get("locality")), place_name(found.get("locality"))
    return bool(gold_place and place and same_chain(gold_place, place))


def same_qualifier(gold: dict, found: dict) -> bool:
    return (gold.get("qualifier") or "exact") == (found.get("qualifier") or "exact")


def match_indicators(gold: list[dict], predicted: list[dict]) -> FigureMatch:
    """Pairs as `pair_figures` makes them; on each pair: is the place the same chain, the qualifier the same, and
    how close the metric phrase."""
    matched = right_place = right_qualifier = fully_right = 0
    metric_sum = 0.0
    for figure, candidate in pair_figures(gold, predicted)[0]:
        if candidate is None:
            continue
        matched += 1
        place_ok = same_place(figure, candidate)
        qualifier_ok = same_qualifier(figure, candidate)
        right_place += place_ok
        right_qualifier += qualifier_ok
        fully_right += place_ok and qualifier_ok
        metric_sum += character_f1(figure.get("metric"), candidate.get("metric"))
    return FigureMatch(matched, right_place, right_qualifier, metric_sum, fully_right)
