"""Programmes named after a region: 滇桂黔石漠化片区, 大兴安岭南麓特困片区, 新安江流域生态补偿机制, 金沙江绿色经济走廊.

The state designates contiguous poor areas and pays for them as programmes of their own, printed by the
designation's own word (…特困片区, …石漠化片区); the category spelt out (秦巴山集中连片特困地区, in apposition to
a city) describes where a place lies and is left out.  The state also runs eco-compensation between the provinces
of a river basin (…流域生态补偿机制), and a city or province builds an economic corridor along a river or a range
(金沙江绿色经济走廊).  Each is printed as a region's name run into the designation's word; the
word is what is recognised, never the region: the region is whatever name the clause puts before it, cut at the
word that opens the phrase (属滇桂黔石漠化片区, 国家大兴安岭南麓特困片区, 随着新安江流域生态补偿机制).  A bare
片区 (大别山片区, 虎山片区) is a neighbourhood or a planning area, not a designation: only the poverty and basin
words count.
"""

from __future__ import annotations

import re

from programs.candidates import Candidate, inside_book_title

CJK = "\u4e00-\u9fff"

_DESIGNATION_WORDS = re.compile(
    r"(?P<poor>特困片区|石漠化片区)"
    r"|(?P<basin>流域(?:横向)?生态(?:保护)?补偿(?:机制|试点)?)"
    r"|(?P<corridor>(?:绿色|生态)?经济走廊)"
)
_REGION_MAX = 8
_REGION_MIN = 2
# Words that open the phrase before the region's name: a verb or preposition placing something in it, a
# conjunction, the level of the designation (国家, 全国) — the region starts after the last of them.
_PHRASE_OPENERS = re.compile(
    r"(?:属于|属|位于|地处|处于|地属|是|为|在|的|和|与|及|以及|随着|通过|实施|推进|建立|开展|探索|纳入|列入|国家|全国|我国|"
    r"建设|打造)了?"
)
# A river basin is named by its river or lake.
_WATER_ENDINGS = ("江", "河", "湖", "溪", "水")
# An economic corridor is named by the river or range it follows (金沙江绿色经济走廊).
_CORRIDOR_ENDINGS = (*_WATER_ENDINGS, "山", "岭")


def region_candidates(text: str) -> list[Candidate]:
    """Contiguous poor areas and river-basin compensation mechanisms, each with the region that names it."""
    found = []
    for match in _DESIGNATION_WORDS.finditer(text):
        run = re.search(
            rf"[{CJK}]{{1,{_REGION_MAX + 4}}}$", text[max(0, match.start() - _REGION_MAX - 4) : match.start()]
        )
        if run is None:
            continue
        words = run.group()
        openers = list(_PHRASE_OPENERS.finditer(words))
        region = words[openers[-1].end() :] if openers else words
        if not _REGION_MIN <= len(region) <= _REGION_MAX:
            continue
        if match.group("basin") and not region.endswith(_WATER_ENDINGS):
            continue
        if match.group("corridor") and not region.endswith(_CORRIDOR_ENDINGS):
            continue
        start = match.start() - len(region)
        if inside_book_title(text, start):
            continue
        # a corridor is the scheme of the city or province that builds it, the other designations the state's
        national = not match.group("corridor")
        found.append(Candidate(start, match.end(), text[start : match.end()], national=national, confidence=0.75))
    return found
