"""Programmes named by the title of their plan: 《乡村建设提质行动方案》 is the plan of 乡村建设提质行动.

A campaign, project or plan is founded by a document titled after it (…行动方案, …工程实施方案, …计划方案), so a
book title of that shape names the programme even when the text never prints the name alone.  Only titles as
short as a name count: a long title carries the issuing place and the period (《三亚市2024年……行动方案》), and
the programme is then only part of it.  A quoted name inside a plan's or an opinion's title (《丽水市“八个万元”
系列富民增收行动方案》) names the programme too.
"""

from __future__ import annotations

import re

from programs.candidates import Candidate
from programs.vocabulary import is_dictionary_word

CJK = "\u4e00-\u9fff"

_PLAN_TITLE_RE = re.compile(rf"《(?P<name>[{CJK}]{{4,12}}?(?:行动|工程|计划))(?:实施)?方案》")
# A province, city or county, a year or a figure in the title makes it one place's plan for a period,
# not the programme's own name.
_NOT_A_PROGRAMME_NAME = re.compile(r"[省市县年]|关于|[0-9]")


def plan_title_candidates(text: str) -> list[Candidate]:
    """The programme each short plan title names, spanning the name inside the 《》."""
    found = []
    for match in _PLAN_TITLE_RE.finditer(text):
        name = match.group("name")
        if _NOT_A_PROGRAMME_NAME.search(name):
            continue
        found.append(Candidate(match.start("name"), match.end("name"), name, national=False, confidence=0.6))
    return found


# 《丽水市“八个万元”系列富民增收行动方案》, 《大小凉山彝区“十项扶贫工程”总体方案》: a plan or opinion issued for a
# quoted name is that programme's founding document, so the quotation names the programme (other quotations in
# titles — an article's headline, a report's slogan — do not).
_PLAN_TITLE_END = re.compile(r"(?:方案|意见|计划|办法|规划)》$")
_PLAN_TITLE_MAX = 40
_NUMBERED_NAME = re.compile(r"^[一二三四五六七八九十两0-9]")


def quotation_names_a_plan(text: str, content: str, end: int) -> bool:
    """Whether the quotation “content” closing at text[end], inside 《》, names the programme of a plan's title."""
    closing = text.find("》", end)
    if closing == -1 or closing - end > _PLAN_TITLE_MAX or "\n" in text[end:closing]:
        return False
    if not _PLAN_TITLE_END.search(text[end : closing + 1]):
        return False
    if re.search(r"[、。,，—―－]", content) or is_dictionary_word(content):
        return False
    return len(content) >= 3 or not _NUMBERED_NAME.match(content)
