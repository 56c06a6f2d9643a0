"""A base referred to by its bare word (基地) after an earlier sentence introduced it by its village.

走进织金县大平乡前坪村蔬菜种植基地,…。今年以来,大平乡…。“按照基地和公司签订的收购合同,每斤白菜按0.8元计算…”: the
figures told of the base are its village's (the convention: figures of a company or base go to its village), even
when a sentence about the township came in between.  Shared by the paragraph rules (``clause_scope.earlier_scope``
and ``paragraph_focus.focus_of_earlier_paragraphs``), so it holds whether the layout keeps the paragraphs apart or
runs them together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localities.clause_cues import chain_end
from localities.clause_subject import CLAUSE_BREAKS, FOCUS_LEVELS, bounds
from localities.places import LocalityMention, Place

# 前坪村蔬菜种植基地: a base named after the village it lies in (a few words of what it grows in between).
BASE_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{0,10}?基地")
# 按照基地和公司…, 该基地…, “基地…: the bare word as a definite reference — after a preposition, a conjunction,
# 该/此/这 or at a clause's opening; 蔬菜基地, 建成一个基地 name a (new) base of their own.
BASE_WORD = re.compile(r"(?:(?<=[该此这照对在到和与向从由给为跟同“”，,：:。；;\s])|^)基地", re.MULTILINE)


def base_referred_to(
    text: str, mentions: Sequence[LocalityMention], start: int, offset: int, within: Place | None = None
) -> Place | None:
    """The village of the base that a bare 基地 between `start` and `offset` refers back to: a clause speaking of a
    base without naming any place before it, when exactly one base was introduced by its village earlier in the
    text (inside `within`, when given).  Two bases leave the reference open."""
    referred = False
    for word in BASE_WORD.finditer(text, start, offset):
        clause_start, _ = bounds(text, word.start(), CLAUSE_BREAKS)
        if not any(clause_start <= m.start < word.start() for m in mentions):
            referred = True
            break
    if not referred:
        return None
    ordered = sorted(mentions, key=lambda m: m.start)
    bases = set()
    for m in ordered:
        if m.start >= start:
            break
        if m.place.level in FOCUS_LEVELS[1:] and BASE_AFTER_PLACE.match(text, m.end):
            bases.add(chain_end(ordered, m).place)
    if len(bases) != 1:
        return None
    base = bases.pop()
    return base if within is None or base.is_within(within) else None
