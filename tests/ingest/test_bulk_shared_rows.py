"""Places and programs a page needs are found and created in bulk, with what the one-by-one path gives, in fewer
statements, and safely when another import creates one of them between the look-up and the INSERT."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

import localities.services
from core.sync import SyncContext, Tally
from localities.models import Locality
from localities.resolver import Place
from localities.services import ensure_localities, ensure_locality
from programs.models import Program
from programs.services import ensure_program, ensure_programs

pytestmark = pytest.mark.django_db

PROVINCE = Place("山东省", "province", "370000000000", None, True)
CITY = Place("枣庄市", "prefecture", "370400000000", PROVINCE, True)
COUNTY = Place("山亭区", "county", "370406000000", CITY, True, ("山亭",))
TOWN = Place("水泉镇", "township", None, COUNTY, False)
OTHER_TOWN = Place("店子镇", "township", None, COUNTY, False)
PLACES = [TOWN, CITY, OTHER_TOWN, COUNTY]


def _rows() -> list[tuple]:
    return sorted(
        Locality.objects.values_list("full_name", "name", "level", "code", "aliases", "in_gazetteer", "parent__name")
    )


def _ctx() -> SyncContext:
    return SyncContext(tally=Tally())


class _RolledBack(Exception):
    pass


def _one_by_one(write, read):
    """What `write` leaves (as `read` sees it), rolled back so that the bulk path starts from the same database."""
    try:
        with transaction.atomic():
            write()
            seen = read()
            raise _RolledBack
    except _RolledBack:
        return seen


def test_bulk_places_are_the_rows_one_by_one_gives_in_fewer_statements() -> None:
    one_ctx = _ctx()

    def write() -> None:
        for place in PLACES:
            ensure_locality(place, one_ctx, {})

    with CaptureQueriesContext(connection) as one_by_one:
        expected = _one_by_one(write, _rows)

    ctx, cache = _ctx(), {}
    with CaptureQueriesContext(connection) as bulk:
        ensure_localities(PLACES, ctx, cache)
    assert _rows() == expected
    assert {cache[p.code or p.full_name].full_name for p in PLACES} == {p.full_name for p in PLACES}
    assert ctx.tally.get("localities", "created") == 5 == one_ctx.tally.get("localities", "created")
    assert len(bulk) < len(one_by_one) and len(bulk) <= 7 * 4  # at most seven a tree level, whatever the count
    with CaptureQueriesContext(connection) as again:  # everything remembered: no statement at all
        for place in PLACES:
            ensure_locality(place, ctx, cache)
    assert len(again) == 0


def test_existing_places_are_found_not_created() -> None:
    ensure_localities([COUNTY], _ctx(), {})
    ctx = _ctx()
    ensure_localities(PLACES, ctx, {})
    assert ctx.tally.get("localities", "created") == 2  # the two townships
    assert Locality.objects.filter(name="山亭区").count() == 1


def test_a_place_another_import_created_meanwhile_is_used(monkeypatch) -> None:
    ensure_localities([TOWN], _ctx(), {})
    expected = _rows()
    # The look-up misses what "another import" committed after it: the level's INSERT meets the unique key.
    real = localities.services._stored_rows
    monkeypatch.setattr(localities.services, "_stored_rows", lambda batch, parents: [])
    ctx, cache = _ctx(), {}
    ensure_localities([TOWN], ctx, cache)
    monkeypatch.setattr(localities.services, "_stored_rows", real)
    assert _rows() == expected
    assert cache[TOWN.full_name].pk == Locality.objects.get(name="水泉镇").pk


def test_bulk_programs_are_the_rows_one_by_one_gives() -> None:
    ctx, cache = _ctx(), {}
    ensure_localities([COUNTY], ctx, cache)
    county = cache[COUNTY.code]
    wanted = [("乡村振兴", county, "乡村振兴战略"), ("千万工程", None, "千万工程"), ("乡村振兴", county, "乡村振兴")]

    def programs() -> list[tuple]:
        return sorted(Program.objects.values_list("name", "locality__name", "aliases", "national"))

    def write() -> None:
        for name, place, printed in wanted:
            ensure_program(name, place, printed, _ctx())

    expected = _one_by_one(write, programs)

    ctx = _ctx()
    with CaptureQueriesContext(connection) as bulk:
        ensure_programs(wanted, ctx)
    for name, place, printed in wanted:
        assert ensure_program(name, place, printed, ctx) is not None
    assert programs() == expected
    assert ctx.tally.get("programs", "created") == 2
    assert len(bulk) <= 6  # one look-up, one INSERT of the programs and one of their history (with a savepoint)


def test_a_program_another_import_created_meanwhile_is_used() -> None:
    ensure_program("千万工程", None, "千万工程", _ctx())
    ctx = _ctx()
    ensure_programs([("千万工程", None, "千万工程")], ctx)  # found, not created
    assert ctx.tally.get("programs", "created") == 0
    assert Program.objects.filter(name="千万工程").count() == 1
