"""The import finds a merged-away name among a level's aliases by asking the database for that name, so a page's
look-ups cost the same however many aliased places the archive already holds (they used to read every one)."""

from __future__ import annotations

import pytest
from django.db.models.signals import post_init

from core.sync import SyncContext, Tally
from localities.alias_lookup import AliasedPlaces, bearing_any_alias
from localities.models import Locality
from localities.resolver import Place
from localities.services import _remember_aliased, ensure_localities, ensure_locality

pytestmark = pytest.mark.django_db

PROVINCE = Place("山东省", "province", "370000000000", None, True)
PREFECTURE = Place("枣庄市", "prefecture", "370400000000", PROVINCE, True)
COUNTY = Place("山亭区", "county", "370406000000", PREFECTURE, True)
OTHER = Place("薛城区", "county", "370403000000", PREFECTURE, True)


def _stored(place: Place, aliases: list[str]) -> Locality:
    row = ensure_locality(place, SyncContext(tally=Tally()), {})
    row.aliases = aliases
    row.save()
    return row


def _township(name: str, county: Place = COUNTY) -> Place:
    return Place(name, "township", None, county, False)


class _Built:
    """Counts the Locality instances built while it is open (each row read from the database is one)."""

    def __enter__(self) -> _Built:
        self.count = 0
        post_init.connect(self._seen, sender=Locality)
        return self

    def __exit__(self, *exc: object) -> None:
        post_init.disconnect(self._seen, sender=Locality)

    def _seen(self, **kwargs: object) -> None:
        self.count += 1


def test_only_rows_bearing_the_name_as_a_whole_alias_match() -> None:
    bearer = _stored(_township("水泉镇"), ["水泉乡", "水泉"])
    _stored(_township("水泉乡镇"), ["水泉乡镇区"])  # the name inside a longer alias is not that alias
    _stored(Place("水泉县", "county", None, PREFECTURE, False), ["水泉乡"])  # another level
    rows = Locality.objects.filter(bearing_any_alias(["水泉乡"]), level="township")
    assert list(rows) == [bearer]
    assert list(Locality.objects.filter(bearing_any_alias(["无此名", "水泉"]))) == [bearer]


def test_a_look_up_reads_only_the_rows_bearing_the_names_asked() -> None:
    for i in range(30):
        _stored(_township(f"第{i}镇"), [f"第{i}乡"])
    ctx = SyncContext(tally=Tally())
    with _Built() as built:
        row = ensure_locality(_township("第7乡", OTHER), ctx, {})
    assert row.name == "第7镇"
    assert built.count < 10  # the county and its ancestors, the one bearer — not the 30 aliased townships


def test_stored_bearers_come_in_the_models_order_then_the_pages_new_ones_as_created() -> None:
    later = _stored(_township("乙镇", OTHER), ["旧名"])
    first = _stored(_township("甲镇", OTHER), ["旧名"])
    aliased = AliasedPlaces("township")
    assert aliased.bearing("旧名") == sorted([later, first], key=lambda row: (row.full_name, row.pk))
    ctx = SyncContext(tally=Tally())
    ctx.memo[("aliased places", "township")] = aliased
    created = ensure_locality(Place("丙镇", "township", None, COUNTY, False, ("旧名",)), ctx, {})
    assert aliased.bearing("旧名")[-1] == created
    aliased.fetch(["别名"])  # a later batch of names does not read the page's new row again
    assert aliased.bearing("旧名").count(created) == 1


def test_a_name_asked_after_the_page_created_its_bearer_lists_that_row_last() -> None:
    stored = _stored(_township("戊镇", OTHER), ["共名"])
    ctx = SyncContext(tally=Tally())
    aliased = AliasedPlaces("township")
    ctx.memo[("aliased places", "township")] = aliased
    created = ensure_locality(Place("丁镇", "township", None, COUNTY, False, ("共名",)), ctx, {})
    assert aliased.created == [created]
    assert aliased.bearing("共名") == [stored, created]  # not in the model's order (丁 sorts before 戊)


def test_a_levels_batch_asks_its_unmatched_names_at_once() -> None:
    merged = _stored(_township("周营镇", OTHER), ["旧周营乡"])
    ctx, cache = SyncContext(tally=Tally()), {}
    ensure_localities([_township("旧周营乡"), _township("新立乡")], ctx, cache)
    aliased = ctx.memo[("aliased places", "township")]
    assert set(aliased.by_name) == {"旧周营乡", "新立乡"}
    assert cache[COUNTY.full_name + "旧周营乡"] == merged
    assert not Locality.objects.filter(name="旧周营乡").exists()


def test_a_row_without_aliases_is_not_remembered() -> None:
    ctx = SyncContext(tally=Tally())
    ctx.memo[("aliased places", "township")] = aliased = AliasedPlaces("township")
    row = ensure_locality(_township("己镇"), SyncContext(tally=Tally()), {})
    _remember_aliased(row, _township("己镇"), ctx)
    assert aliased.created == []
