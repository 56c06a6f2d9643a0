"""How the passes below the county add what they find to an article: free spans, holders, unverified places.

Kept apart from the village and township passes (`localities.villages`, `localities.township_mentions`) because
both need the same bookkeeping — which spans of the article are still free, which printed place can hold a name
found by grammar, and the one unverified place per name and parent the page creates — and neither owns it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

HOLDERS = ("county", "zone", "township")


def occupied(article: ArticleState) -> list[tuple[int, int]]:
    """The spans the article's mentions already take, in order: a pass never reads a name over another's."""
    return sorted((m.start, m.end) for m in article.mentions)


def is_free(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap none of `spans`?"""
    return all(end <= s or start >= e for s, e in spans)


def add_mention(
    resolver: PageResolver, article: ArticleState, start: int, end: int, place, confidence: float, kind: str
) -> None:
    """Record a place found below the name index (no gazetteer id); imported late, as resolution imports us."""
    from localities.resolution import Mention

    article.mentions.append(Mention(start, end, place, confidence, None, kind))


def governing_holder(article: ArticleState, position: int):
    """The nearest place before `position` that can hold a village (a township, zone or county)."""
    before = [m for m in article.mentions if m.end <= position and m.place.level in HOLDERS]
    if before:
        return max(before, key=lambda m: m.end).place
    after = [m for m in article.mentions if m.place.level in HOLDERS]
    return min(after, key=lambda m: m.start).place if after else None


def unverified_place(resolver: PageResolver, name: str, level: str, parent):
    """A place known only from grammar; the first parent the page gives it holds for all its mentions (高家庄村
    read under 高新区 is not a second village when a later sentence names 杨家庄乡 nearer to it)."""
    key = (name, level, parent.chain[0].name if parent is not None else "")
    place = resolver.unverified.get(key)
    if place is None:
        place = resolver.place_type(name, level, None, parent, False, ())
        resolver.unverified[key] = place
    return place


LIST_MARKS = "、"


def listed_after_village(article: ArticleState, start: int) -> bool:
    """Is the name at `start` the next item of a list whose previous item is a village (某村、某村)?"""
    return (
        start > 0
        and article.text[start - 1] in LIST_MARKS
        and any(m.end == start - 1 and m.place.level == "village" for m in article.mentions)
    )
