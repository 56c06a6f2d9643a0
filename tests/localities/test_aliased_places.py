"""A name an editor merged into another place (kept as its alias) is found again by the import: the row under
the same parent first, else one at the same level anywhere — also when the row was created earlier on the page."""

from __future__ import annotations

import pytest

from core.sync import SyncContext, Tally
from localities.models import Locality
from localities.resolver import Place
from localities.services import ensure_locality

pytestmark = pytest.mark.django_db

PROVINCE = Place("山东省", "province", "370000000000", None, True)
COUNTY = Place("山亭区", "county", "370406000000", Place("枣庄市", "prefecture", "370400000000", PROVINCE, True), True)
OTHER = Place("薛城区", "county", "370403000000", COUNTY.parent, True)


def _row(place: Place) -> Locality:
    return ensure_locality(place, SyncContext(tally=Tally()), {})


def _merge(place: Place, aliases: list[str]) -> Locality:
    row = _row(place)
    row.aliases = aliases
    row.save()
    return row


def test_the_sibling_bearing_the_alias_wins_over_one_elsewhere() -> None:
    elsewhere = _merge(Place("周营镇", "township", None, OTHER, False), ["水泉乡"])
    sibling = _merge(Place("水泉镇", "township", None, COUNTY, False), ["水泉乡"])
    assert _row(Place("水泉乡", "township", None, COUNTY, False)) == sibling
    assert _row(Place("水泉乡", "township", None, OTHER, False)) == elsewhere


def test_an_alias_anywhere_at_the_level_is_found_when_no_sibling_has_it() -> None:
    merged = _merge(Place("周营镇", "township", None, OTHER, False), ["旧周营乡", "周营"])
    assert _row(Place("旧周营乡", "township", None, COUNTY, False)) == merged
    assert not Locality.objects.filter(name="旧周营乡").exists()


def test_a_place_created_on_the_page_is_found_by_its_alias_later_on_it() -> None:
    ctx, cache = SyncContext(tally=Tally()), {}
    ensure_locality(Place("店子乡", "township", None, COUNTY, False), ctx, cache)  # reads the level's aliased rows
    created = ensure_locality(Place("水泉镇", "township", None, COUNTY, False, ("水泉乡",)), ctx, cache)
    assert ensure_locality(Place("水泉乡", "township", None, COUNTY, False), ctx, cache) == created
