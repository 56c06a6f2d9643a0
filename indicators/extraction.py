"""Indicator candidates: each quantity of a text with its metric, evidence clause and period.

Pure functions on strings. Attribution to localities/programs and deduplication of headline and body
figures belong to the pipeline, which knows articles; this module only reads one text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from core.text.datelines import after_dateline
from core.text.numbers import Quantity, find_quantities
from core.text.quantity_words import RANGE_SEPARATORS, UPPER_COMPARATORS
from core.text.ranges import adjacent_split
from indicators.false_figures import is_false_figure
from indicators.metrics import metric_phrase
from indicators.periods import Period, find_periods
from indicators.ratios import unitless_ratios
from indicators.tables import table_figures


@dataclass(frozen=True)
class IndicatorCandidate:
    quantity: Quantity
    metric: str
    clause_start: int
    clause_end: int
    evidence: str
    period_start: date | None
    period_end: date | None
    period_text: str | None


# Clauses end at commas and stronger stops; a figure's evidence is its clause.
_CLAUSE_BREAK = re.compile(r"[,，;；。!！?？:：\n]")
_SENTENCE_BREAK = re.compile(r"[。!！?？;；\n]")
_LIST_BREAK = "、"
_EACH = "各"
_MAX_REPEAT = 10
_MAX_RANGE_GAP = 2
_SPAN_UNITS = ("年", "个月", "天", "周", "小时", "个小时")
_SPAN_TAIL = re.compile(r"^(?:以来|来|间|里)")
_SPLITS = (*RANGE_SEPARATORS, *UPPER_COMPARATORS, "和", "与")
# 跃升至, 下降到, 增加至: what lies between the two ends of a change.
_CHANGE_TO = re.compile(r"[\u4e00-\u9fff]{1,3}[至到]")


def _spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for match in pattern.finditer(text):
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, len(text)))
    return spans


def _enclosing(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for begin, end in spans:
        if begin <= offset < end:
            return begin, end
    return spans[-1]


def _trim(text: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and text[begin] in " \t\u3000":
        begin += 1
    while end > begin and text[end - 1] in " \t\u3000":
        end -= 1
    return begin, end


def _expand(quantities: list[Quantity], text: str) -> list[tuple[Quantity, str | None]]:
    """Ranges become a low (at least) and a high (at most) figure; 三个100% repeats 100% three times.

    The second element, when set, is the list item that names the repeated figure (办结率、回复率 …).
    """
    expanded: list[tuple[Quantity, str | None]] = []
    for index, quantity in enumerate(quantities):
        split = _range_split(quantity) if quantity.low is not None and quantity.high is not None else None
        if split is not None and quantity.low != quantity.high:
            low_end, high_start = split
            cut = low_end - quantity.start, high_start - quantity.start
            low = replace(quantity, value=quantity.low, qualifier="at_least", end=low_end, text=quantity.text[: cut[0]])
            # The high end is a figure of its own, at its own offset: rows keyed by where a figure starts must not
            # collapse 2000—3000元 into one of its ends.
            high = replace(
                quantity, value=quantity.high, qualifier="at_most", start=high_start, text=quantity.text[cut[1] :]
            )
            expanded += [(low, None), (high, None)]
            continue
        each = _each_of(text, quantity)
        if each is not None:
            expanded += [(quantity, name) for name in each]
            continue
        previous = quantities[index - 1] if index else None
        if (
            previous is not None
            and previous.end == quantity.start
            and previous.unit == "个"
            and previous.value == previous.value.to_integral_value()
            and 1 < previous.value <= _MAX_REPEAT
        ):
            names = _listed_names(text, previous.start, int(previous.value))
            for repeat in range(int(previous.value)):
                expanded.append((quantity, names[repeat] if names else None))
            continue
        expanded.append((quantity, None))
    return expanded


def _range_high_ends(figures: list[Quantity]) -> dict[int, int]:
    """Where the high end of each split range ends, keyed by where its low end starts."""
    ends = {}
    for low, high in pairwise(figures):
        bounded = low.qualifier == "at_least" and high.qualifier == "at_most" and low.unit == high.unit
        if bounded and 0 <= high.start - low.end <= _MAX_RANGE_GAP:
            ends[low.start] = high.end
    return ends


def _each_of(text: str, quantity: Quantity) -> list[str] | None:
    """先进镇、示范镇各1个: 各 before a figure gives it to every item of the list before it, one row each."""
    if text[quantity.start - 1 : quantity.start] != _EACH:
        return None
    clause_begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, quantity.start)), default=0)
    items = [item for item in text[clause_begin : quantity.start - 1].split(_LIST_BREAK) if item.strip()]
    if not 1 < len(items) <= _MAX_REPEAT:
        return None
    return [_first_item(items[0]), *items[1:]]


def _first_item(item: str) -> str:
    # The first item still carries the clause's verb (实现办结率, 建成示范镇): keep only its last word-sized tail.
    return re.sub(r"^.*?(实现|达到|做到|保持|建成|创建|打造|培育)", "", item)


def _range_split(quantity: Quantity) -> tuple[int, int] | None:
    """Where the low end of a printed range stops and its high end begins (around —, ~, 至, 小于 …).

    None when no second end can be placed apart from the first: the figure stays one row.
    """
    found = [(quantity.text.find(sep, 1), sep) for sep in _SPLITS if quantity.text.find(sep, 1) > 0]
    if not found:
        # 两三百元: the high end is read from the second digit on (三百元), the low end is the first (两).
        split = adjacent_split(quantity.text)
        return None if split is None else (quantity.start + split[0], quantity.start + split[1])
    index, separator = min(found, key=lambda pair: (pair[0], -len(pair[1])))
    return quantity.start + index, quantity.start + index + len(separator)


def _listed_names(text: str, before: int, count: int) -> list[str] | None:
    clause_begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, before)), default=0)
    items = text[clause_begin:before].split(_LIST_BREAK)
    if len(items) != count:
        return None
    return [_first_item(items[0]), *items[1:]]


def _period_for(
    periods: list[Period], text: str, quantity: Quantity, sentence: tuple[int, int], paragraph: tuple[int, int]
) -> Period | None:
    in_sentence = [p for p in periods if sentence[0] <= p.offset < quantity.start]
    if in_sentence:
        return in_sentence[-1]
    # A paragraph that opens with a time adverbial (今年以来, …) dates every figure in it.
    opening = [p for p in periods if paragraph[0] <= p.offset <= paragraph[0] + 4 and p.offset < quantity.start]
    return opening[0] if opening else None


def _sentence_subject(
    text: str,
    candidates: list[IndicatorCandidate],
    clauses: list[tuple[int, int]],
    clause_start: int,
    sentence: tuple[int, int],
) -> str:
    """What the sentence is about so far, for a clause that names nothing itself (增长7.1%, 达到26万亩).

    The previous figure's metric when the same or the previous clause of the sentence has a figure, else the
    previous clause's text (扎赉特旗建设面积最大,达到26万亩).
    """
    same_clause = [c for c in candidates if c.clause_start == clause_start]
    if same_clause:
        return same_clause[-1].metric
    before = [span for span in clauses if sentence[0] <= span[0] and span[1] <= clause_start]
    if not before:
        return ""
    begin, end = _trim(text, *before[-1])
    in_previous = [c for c in candidates if c.clause_start == begin]
    return in_previous[-1].metric if in_previous else text[begin:end]


def _lead_metric(candidates: list[IndicatorCandidate], quantity: Quantity) -> str | None:
    """The metric of the last figure in the same unit before a table its sentence introduces (…如下:)."""
    before = [c for c in candidates if c.quantity.unit == quantity.unit and c.quantity.start < quantity.start]
    return before[-1].metric if before else None


def extract_indicators(text: str, *, page_year: int | None = None) -> list[IndicatorCandidate]:
    """One candidate per figure in `text` (ranges give two), with offsets into `text`."""
    # A bare bound (大于20) has no unit: it is a figure, but not a measured indicator; a unitless ratio
    # (收入倍差为1.96) is one, named by its ratio word.
    every = find_quantities(text)
    found = [quantity for quantity in every if quantity.unit]
    ratios = unitless_ratios(text, every)
    quantities = [
        q
        for i, q in enumerate(found)
        if not is_false_figure(text, q, found[i + 1] if i + 1 < len(found) else None, found[i - 1] if i else None)
    ]
    quantities = sorted([*quantities, *(quantity for quantity, _ in ratios.values())], key=lambda q: q.start)
    if not quantities:
        return []
    clauses = _spans(text, _CLAUSE_BREAK)
    sentences = _spans(text, _SENTENCE_BREAK)
    paragraphs = _spans(text, re.compile(r"\n"))
    periods = find_periods(text, page_year)
    in_tables = table_figures(text, page_year=page_year)
    candidates: list[IndicatorCandidate] = []
    previous_end_by_clause: dict[int, int] = {}
    previous_left_by_clause: dict[int, str] = {}
    spans_by_clause: dict[int, tuple[int, int]] = {}
    expanded = _expand(quantities, text)
    range_ends = _range_high_ends([quantity for quantity, _ in expanded])
    for quantity, listed_name in expanded:
        clause_start, clause_end = _trim(text, *_enclosing(clauses, quantity.start))
        left_begin = max(clause_start, previous_end_by_clause.get(clause_start, clause_start))
        if left_begin == clause_start:
            left_begin = after_dateline(text, clause_start, quantity.start)
        list_break = text.rfind(_LIST_BREAK, left_begin, quantity.start)
        if list_break >= 0 and any(clause_start <= q.start and q.end <= list_break for q in quantities):
            # 中心7个、分中心65个: in a list of figures each item names its own figure.
            left_begin = list_break + 1
        elif list_break >= 0 and not text[list_break + 1 : quantity.start].strip():
            # 、35.63公里的地下管廊: a list item that opens with its figure is named on its right.
            left_begin = quantity.start
        left = text[left_begin : quantity.start]
        span = spans_by_clause.get(clause_start)
        if span is not None and quantity.unit not in _SPAN_UNITS and left_begin <= span[0]:
            # 农村贫困人口4年减少478万, 4年来共减少…: a span inside the run-up says how long, not what is counted;
            # the words around it still name the figure.
            left = text[left_begin : span[0]] + _SPAN_TAIL.sub("", text[span[1] : quantity.start])
        if listed_name:
            left = listed_name
        elif _CHANGE_TO.fullmatch(left.strip()) and "从" in previous_left_by_clause.get(clause_start, ""):
            # 收入从二三十万跃升至三百来万: the end of a change is named by the subject before 从.
            left = previous_left_by_clause[clause_start].split("从")[0]
        elif not left.strip(" \t" + "".join(RANGE_SEPARATORS)) and clause_start in previous_left_by_clause:
            # 36426户83791人, or the high end of 2000—3000元: a figure right after another shares its subject.
            left = previous_left_by_clause[clause_start]
        # The low end of a range (六七个包袱, 2000—3000元的收入) is named by what follows its high end.
        right_begin = range_ends.get(quantity.start, quantity.end)
        following = [q for q in quantities if q.start >= right_begin and q.start < clause_end]
        next_figure = min(following, key=lambda q: q.start) if following else None
        right = text[right_begin : next_figure.start if next_figure else clause_end]
        beyond = text[next_figure.end : clause_end] if next_figure else ""
        if (
            quantity.unit in _SPAN_UNITS
            and _SPAN_TAIL.fullmatch(right.strip())
            and text[clause_end : clause_end + 1] in (",", "，")
        ):
            # 30年来,该院一直承担着…: a span closing its clause is named by the activity of the next clause.
            after = [q.start for q in quantities if q.start > clause_end]
            right += text[clause_end : min([_enclosing(clauses, clause_end + 1)[1], *after[:1]])]
        subject = _sentence_subject(text, candidates, clauses, clause_start, _enclosing(sentences, quantity.start))
        if quantity.unit or quantity.start not in ratios:
            metric = metric_phrase(quantity, left, right, subject=subject, beyond=beyond)
        else:
            metric = ratios[quantity.start][1]
        if quantity.unit in _SPAN_UNITS:
            spans_by_clause[clause_start] = (quantity.start, quantity.end)
        else:
            previous_end_by_clause[clause_start] = quantity.end
        if left.strip():
            previous_left_by_clause[clause_start] = left
        period = _period_for(
            periods, text, quantity, _enclosing(sentences, quantity.start), _enclosing(paragraphs, quantity.start)
        )
        table = in_tables.get(quantity.start)
        if table is not None:
            # A table row is not a sentence: its key cell or the caption dates it, and the caption or the column
            # header names a figure the row itself does not.
            metric = table.metric or (_lead_metric(candidates, quantity) if table.from_lead else None) or metric
            period = table.period or period
        candidates.append(
            IndicatorCandidate(
                quantity=quantity,
                metric=metric,
                clause_start=clause_start,
                clause_end=clause_end,
                evidence=text[clause_start:clause_end],
                period_start=period.start if period else None,
                period_end=period.end if period else None,
                period_text=period.text if period else None,
            )
        )
    return candidates
