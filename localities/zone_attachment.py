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
    for article in resolver.articles:
        kept = []
        for m in article.mentions:
            following = _place_the_register_files_elsewhere(m, article.mentions)
            if following is None:
                kept.append(m)
            else:  # 遂宁|高新区西宁街道: the label joins the township's span, so the chain 遂宁市 … 西宁街道 reads on
                following.start = m.start
        article.mentions = kept


def _place_the_register_files_elsewhere(zone: Any, mentions: list[Any]) -> Any:
    """遂宁高新区西宁街道兰井村 in a city whose zone has no code: the register files 西宁街道 under 船山区, and its
    chain is the record, so the zone printed in front is an administrative label, not a place of its own in that
    chain (it would otherwise be read as the subject the township and village are printed under).  Returns the
    mention printed right after the zone when that is so, else None."""
    if zone.place.level != "zone" or zone.place.verified:
        return None
    following = next((m for m in mentions if m.start == zone.end), None)
    if following is None or following.place.level not in ("township", "village", "community"):
        return None
    city = zone.place.parent
    if following.place.is_within(zone.place) or city is None or not following.place.is_within(city):
        return None
    return following
