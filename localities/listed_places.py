"""Names a reader places by the names printed right beside them, not by the page's region.

寿光 in 销往寿光、青岛、济南等地 is a county-level city of 潍坊, a prefecture the page never names: alone it has no
support, but a list of markets puts it among 青岛 and 济南 of the same province, and a reader takes it as the city.
紫金 printed right before 临江镇 is the county holding that township, even where nothing else on the page speaks
of 紫金: the chain printed together decides, as it does when the county comes first in full (紫金县临江镇).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from localities.place_grammar import organisation_follows

if TYPE_CHECKING:
    from localities.gazetteer.loader import Gazetteer
    from localities.place_index import Candidate
    from localities.resolution import ArticleState, PageResolver

# The marks that join names of one list: 寿光、青岛、济南 / 寿光和青岛
LIST_JOINT = re.compile(r"\s*[、和及与]\s*")
LISTED_LEVELS = ("prefecture", "county")
MIN_PREFIX = 2  # 峨眉 for 峨眉山市: at least two characters of a county's short form


def holds_the_next(g: Gazetteer, candidates: Sequence[Candidate], pos: int, gid: int) -> bool:
    """Is the name printed right after candidate `pos` (no gap) one of `gid`'s townships or counties?"""
    if pos + 1 >= len(candidates):
        return False
    following = candidates[pos + 1]
    if following.start != candidates[pos].end or not candidates[pos].exact:
        return False
    return any(o >= 0 and g.is_ancestor(gid, o) for o in following.options)


def county_printed_before(resolver: PageResolver, text: str, start: int, gid: int) -> bool:
    """峨眉|高桥镇: is the township `gid` printed right after its county's short form, or the leading characters
    of it (峨眉 of 峨眉山市), which the name index does not scan for?"""
    g = resolver.g
    if g.levels[gid] != "township":
        return False
    county = g.parents[gid]
    if county < 0 or g.levels[county] != "county":
        return False
    short = g.shorts[county] or ""
    for size in range(len(short), MIN_PREFIX - 1, -1):
        if start >= size and text[start - size : start] == short[:size]:
            return True
    return False


def _neighbours(article: ArticleState, pos: int) -> list[int]:
    """Positions of the candidates joined to candidate `pos` by a list mark (、, 和), either side."""
    text, candidates = article.text, article.candidates
    found = []
    if pos > 0 and LIST_JOINT.fullmatch(text, candidates[pos - 1].end, candidates[pos].start):
        found.append(pos - 1)
    if pos + 1 < len(candidates) and LIST_JOINT.fullmatch(text, candidates[pos].end, candidates[pos + 1].start):
        found.append(pos + 1)
    return found


def accept_listed(resolver: PageResolver, article: ArticleState) -> None:
    """A city or county with one reading, left unresolved for want of support, listed beside a chosen city or
    county of the same province: the list makes it a place (寿光、青岛、济南).  Repeated so that a list
    resolves from either end."""
    g = resolver.g
    changed = True
    while changed:
        changed = False
        for pos, cand in enumerate(article.candidates):
            if pos in article.chosen or len(cand.options) != 1 or not cand.exact or cand.generic:
                continue
            gid = cand.options[0]
            if gid < 0 or g.levels[gid] not in LISTED_LEVELS or organisation_follows(article.text, cand.end):
                continue
            province = resolver.lineage(gid)[-1]
            for other in _neighbours(article, pos):
                chosen = article.chosen.get(other)
                if chosen is None or g.levels[chosen] not in LISTED_LEVELS:
                    continue
                if resolver.lineage(chosen)[-1] == province:
                    article.chosen[pos] = gid
                    article.confidence[pos] = 0.7
                    changed = True
                    break
