"""Townships administered by a development zone: placed under the zone the article presents them with.

Kept apart from the scoring in ``localities.resolution``: it runs once every name is resolved and only rewrites
parents, never choosing between readings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from localities.resolution import PageResolver


def attach_to_zones(resolver: PageResolver) -> None:
    """A township the article presents with its zone (杨家庄乡 on a 阳泉高新区 page) while the county it is
    registered in is never named is administered by that zone: place it, and its villages, under the zone."""
    named = {m.place for a in resolver.articles for m in a.mentions}
    moved: dict[Any, Any] = {}
    for article in resolver.articles:
        zones = {m.place for m in article.mentions if m.place.level == "zone"}
        for m in article.mentions:
            place = m.place
            county = place.parent
            if place.level != "township" or county is None or county.level != "county" or county in named:
                continue
            same_city = [z for z in zones if z.parent == county.parent]
            if len(same_city) == 1:
                moved[place] = replace(place, parent=same_city[0])

    def rebuild(place: Any) -> Any:
        if place in moved:
            return moved[place]
        if place.parent is None:
            return place
        parent = rebuild(place.parent)
        return place if parent is place.parent else replace(place, parent=parent)

    if moved:
        for article in resolver.articles:
            for m in article.mentions:
                m.place = rebuild(m.place)
