"""How a figure that only moves its sentence's subject is named (增长7.1%, 比去年同期增长15.6%, 提升到95%).

Kept apart from `indicators.metrics` so that module stays short; pure functions on strings.
"""

from __future__ import annotations

import re

# 比去年同期增长 / 较上年提高 / 与去年相比增加: a comparison with last year's figure is a year-on-year change, which
# statistical tables write 同比; the baseline words name nothing that is measured.
_YEAR_ON_YEAR = re.compile(r"(?:比|较|与|同)(?:去年|上年|上一年|前一年)(?:同期)?(?:相比|相较)?(?=[增减提降上下多少])")


# 全组36户, 全村共有52户: a clause whose only words before the figure are a scope word counts that scope's own
# units; it borrows nothing from the sentence before it.
_SCOPE_ONLY = re.compile(r"\s*(?:其中)?[全该本][\u4e00-\u9fff]{1,2}?(?:共有|现有|共|有)?\s*")


def names_only_its_scope(left: str) -> bool:
    """True when `left` (the clause text before a figure) is nothing but a scope word (全组, 该村共有)."""
    return _SCOPE_ONLY.fullmatch(left) is not None


def year_on_year(left: str) -> str:
    """`left` with a comparison against last year folded to 同比 (比去年同期增长 → 同比增长)."""
    return _YEAR_ON_YEAR.sub("同比", left)


def moved_subject(subject: str, verb: str, family: str, left: str) -> str:
    """The metric of a clause that names nothing and only moves `subject` by `verb`.

    提升到95% gives the new level of the subject itself; 增长7.1% gives its change, and so does any explicit
    year-on-year change whatever its unit (同比增加30斤 is the change of the yield, not the yield)."""
    if not verb or subject.endswith(verb) or re.search(r"[到至]", left) is not None:
        return subject
    if family == "ratio" or verb.startswith("同比"):
        return subject + verb
    return subject
