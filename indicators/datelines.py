"""Wire datelines (乌鲁木齐7月15日电, 本报讯, 中新网河北新闻10月21日电 (宋敏涛)) that open a news paragraph.

A dateline says where and when a story was filed, never what a figure counts: the words that name a figure
are read from after it.
"""

from __future__ import annotations

import re

# A paragraph-opening run with no punctuation in it, ending in …日电 (filed on a day) or …讯 (a paper's or a
# place's report), then an optional credit in brackets. 通讯, 资讯, 喜讯, 音讯 end in 讯 but are words, not datelines;
# 通讯员 opens a credit line.
_DATELINE = re.compile(
    r"[\s\u3000]*[^\s，,。；;：:！!？?、（(）)]{0,24}?"
    r"(?:[\d一二三四五六七八九十]{1,3}日电|(?<![通资喜音])讯(?!员))"
    r"(?:[\s\u3000]*[（(][^（()）\n]{0,40}[)）])?[\s\u3000]*"
)


def after_dateline(text: str, begin: int, end: int) -> int:
    """Where the words of a clause starting at `begin` begin once a dateline opening it is passed."""
    match = _DATELINE.match(text, begin, end)
    return match.end() if match else begin
