"""The editor's services on the real database: locks, tombstones, merges, verification, history."""

from __future__ import annotations

from decimal import Decimal

import pytest

from articles.models import Article
from core.corrections import apply_machine_values, key_string
from core.editorial import (
    MergeError,
    delete_rows,
    ensure_editors_group,
    merge_localities,
    merge_programs,
    save_editor_change,
    set_verified,
    suggest_merge_target,
    unlock,
)
from core.models import Origin, Tombstone
from core.sync import SyncContext, Tally, sync_rows
from indicators.models import Indicator
from localities.models import Locality, LocalityMention
from programs.models import Program, ProgramMention

pytestmark = pytest.mark.django_db


def test_an_edit_locks_exactly_the_changed_fields_and_records_the_editor(page_data, editor):
    road = Indicator.objects.get(pk=page_data.road.pk)
    road.value = Decimal("125")
    road.unit = "千米"
    locked = save_editor_change(road, editor)
    road.refresh_from_db()
    assert sorted(locked) == ["unit", "value"]
    assert road.locked_fields == ["unit", "value"]
    latest = road.history.first()
    assert latest.history_user == editor and latest.value == Decimal("125")


def test_the_import_skips_locked_fields_but_updates_the_others(page_data, editor):
    road = Indicator.objects.get(pk=page_data.road.pk)
    road.value = Decimal("125")
    save_editor_change(road, editor)
    changed = apply_machine_values(road, {"value": Decimal("120"), "metric": "新建公路"})
    assert changed == ["metric"]
    assert road.value == Decimal("125")


def test_an_unchanged_save_locks_nothing(page_data, editor):
    road = Indicator.objects.get(pk=page_data.road.pk)
    assert save_editor_change(road, editor) == []
    road.refresh_from_db()
    assert road.locked_fields == []


def test_a_foreign_key_change_locks_the_field_by_name(page_data, editor):
    road = Indicator.objects.get(pk=page_data.road.pk)
    road.locality = page_data.cangshan
    assert save_editor_change(road, editor) == ["locality"]


def test_a_revert_from_history_locks_what_it_changes_back(page_data, editor):
    road = Indicator.objects.get(pk=page_data.road.pk)
    road.metric = "改过的指标"
    save_editor_change(road, editor)
    first_version = road.history.earliest().instance  # what simple-history's revert form starts from
    locked = save_editor_change(first_version, editor)
    assert locked == ["metric"]
    assert Indicator.objects.get(pk=road.pk).metric == "新建农村公路"


def test_a_new_row_typed_by_an_editor_is_the_editors_and_locked(page_data, editor):
    indicator = Indicator(
        article=page_data.article,
        metric="新增就业",
        value=Decimal("12"),
        unit="人",
        quantity_text="12人",
        start_offset=0,
        end_offset=3,
        evidence_text="…",
        evidence_start=0,
        evidence_end=1,
    )
    save_editor_change(indicator, editor, changed=["metric", "value", "unit", "origin"])
    indicator.refresh_from_db()
    assert indicator.origin == Origin.EDITOR
    assert indicator.locked_fields == ["metric", "unit", "value"]  # bookkeeping is never locked


def test_renaming_a_locality_refreshes_the_full_names_below_it(page_data, editor):
    city = Locality.objects.get(pk=page_data.city.pk)
    city.name = "临沂地区"
    save_editor_change(city, editor)
    page_data.village.refresh_from_db()
    assert page_data.village.full_name == "山东省临沂地区苍山县大仲村"
    assert Locality.objects.get(pk=city.pk).locked_fields == ["name"]


def test_moving_a_locality_refreshes_its_full_name(page_data, editor):
    village = Locality.objects.get(pk=page_data.village.pk)
    village.parent = page_data.lanling
    save_editor_change(village, editor)
    assert Locality.objects.get(pk=village.pk).full_name == "山东省临沂市兰陵县大仲村"


@pytest.mark.parametrize(
    ("to_unlock", "still_locked"),
    [(None, []), (["value"], ["unit"]), (["metric"], ["unit", "value"])],
)
def test_unlock_gives_fields_back_to_the_machine(page_data, editor, to_unlock, still_locked):
    road = Indicator.objects.get(pk=page_data.road.pk)
    road.value, road.unit = Decimal("1"), "米"
    save_editor_change(road, editor)
    assert unlock(road, to_unlock, editor) == still_locked
    road.refresh_from_db()
    assert road.locked_fields == still_locked


def test_bulk_verify_writes_one_history_row_per_changed_row(page_data, editor):
    rows = list(Indicator.objects.all())
    assert set_verified(rows, editor) == 3
    assert Indicator.objects.filter(verified=True).count() == 3
    for row in rows:
        latest = row.history.first()
        assert latest.verified and latest.history_user == editor
    assert set_verified(list(Indicator.objects.all()), editor) == 0


def test_a_deleted_row_leaves_a_tombstone_and_the_import_does_not_bring_it_back(page_data, editor):
    Indicator.objects.filter(pk=page_data.houses.pk).update(identity="356户|改造危房356户#0")  # as imported
    houses = Indicator.objects.select_related("article__source").get(pk=page_data.houses.pk)
    key = houses.natural_key()
    values = {
        f: getattr(houses, f)
        for f in (
            "article",
            "metric",
            "value",
            "unit",
            "quantity_text",
            "start_offset",
            "end_offset",
            "evidence_text",
            "evidence_start",
            "evidence_end",
        )
    }
    assert delete_rows([houses], editor) == 1
    tombstone = Tombstone.objects.get()
    assert tombstone.natural_key == key_string(key) and tombstone.deleted_by == editor
    ctx = SyncContext(tally=Tally())
    sync_rows(Indicator, "indicators", [], [(key, values)], ctx, delete_stale=False)
    assert not Indicator.objects.filter(metric="改造危房").exists()
    assert ctx.tally.get("indicators", "skipped_deleted") == 1


def test_merging_localities_repoints_everything_and_keeps_the_names(page_data, editor):
    lanling, cangshan = page_data.lanling, page_data.cangshan
    report = merge_localities(lanling, [cangshan], editor)
    assert not Locality.objects.filter(pk=cangshan.pk).exists()
    assert Indicator.objects.filter(locality=lanling).count() == 3
    assert LocalityMention.objects.filter(locality=lanling).count() == 2
    lanling.refresh_from_db()
    assert lanling.aliases == ["苍山县"]
    village = Locality.objects.get(pk=page_data.village.pk)
    assert village.parent_id == lanling.pk and village.full_name == "山东省临沂市兰陵县大仲村"
    loans = Indicator.objects.get(pk=page_data.loans.pk)
    assert "locality" in loans.locked_fields and loans.history.first().history_user == editor
    assert Tombstone.objects.get().description.startswith("merged into")
    assert report.absorbed == ["山东省临沂市苍山县"] and report.total_repointed == 3


def test_merging_takes_over_a_missing_code_and_merges_same_named_children(page_data, editor):
    twin_village = Locality.objects.create(
        name="大仲村", level="village", parent=page_data.lanling, full_name="山东省临沂市兰陵县大仲村"
    )
    page_data.cangshan.code = "371399000000"
    page_data.cangshan.save()
    merge_localities(page_data.lanling, [page_data.cangshan], editor)  # lanling keeps its own code
    assert Locality.objects.get(pk=page_data.lanling.pk).code == "371324000000"
    assert Locality.objects.filter(name="大仲村").count() == 1
    survivor = Locality.objects.get(name="大仲村")
    assert survivor.pk == twin_village.pk
    town = Locality.objects.create(name="新兴镇", level="township", parent=page_data.city, full_name="x")
    other = Locality.objects.create(name="新兴乡", level="township", parent=page_data.city, code="371300100000")
    merge_localities(town, [other], editor)
    assert Locality.objects.get(pk=town.pk).code == "371300100000"


def test_merging_a_place_into_its_own_descendant_is_refused(page_data, editor):
    with pytest.raises(MergeError):
        merge_localities(page_data.village, [page_data.city], editor)
    assert Locality.objects.filter(pk=page_data.city.pk).exists()


def test_merging_needs_two_different_rows(page_data, editor):
    with pytest.raises(MergeError):
        merge_localities(page_data.lanling, [page_data.lanling], editor)


def test_merging_localities_merges_their_same_named_programs(page_data, editor):
    mine = Program.objects.create(name="一村一品", locality=page_data.lanling)
    theirs = Program.objects.create(name="一村一品", locality=page_data.cangshan)
    page_data.loans.program = theirs
    page_data.loans.save()
    merge_localities(page_data.lanling, [page_data.cangshan], editor)
    assert not Program.objects.filter(pk=theirs.pk).exists()
    assert Indicator.objects.get(pk=page_data.loans.pk).program_id == mine.pk


def test_merging_programs_repoints_mentions_and_indicators(page_data, editor):
    duplicate = Program.objects.create(name="乡村振兴战略", aliases=["振兴乡村"], national=True)
    ProgramMention.objects.filter(pk=page_data.program_mention.pk).update(program=duplicate)
    Indicator.objects.filter(pk=page_data.houses.pk).update(program=duplicate)
    merge_programs(page_data.program, [duplicate], editor)
    program = Program.objects.get(pk=page_data.program.pk)
    assert program.aliases == ["乡村振兴战略", "振兴乡村"]
    assert ProgramMention.objects.get().program_id == program.pk
    assert Indicator.objects.filter(program=program).count() == 2
    assert not Program.objects.filter(pk=duplicate.pk).exists()


def test_a_failing_merge_changes_nothing(page_data, editor, monkeypatch):
    import core.editorial as editorial

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(editorial, "_tombstone_merged", explode)
    with pytest.raises(RuntimeError):
        merge_localities(page_data.lanling, [page_data.cangshan], editor)
    assert Indicator.objects.get(pk=page_data.loans.pk).locality_id == page_data.cangshan.pk
    assert Locality.objects.filter(pk=page_data.cangshan.pk).exists()


def test_the_suggested_target_prefers_verified_then_coded_rows(page_data):
    assert suggest_merge_target([page_data.cangshan, page_data.lanling]) == page_data.lanling
    page_data.cangshan.verified = True
    assert suggest_merge_target([page_data.lanling, page_data.cangshan]) == page_data.cangshan


def test_the_editors_group_may_change_data_but_not_users(db):
    group = ensure_editors_group()
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_indicator", "delete_locality", "change_article", "view_importrun"} <= codenames
    assert not {"change_user", "add_user", "change_group", "change_importrun"} & codenames
    assert group.permissions.filter(content_type__app_label="auth").count() == 0


def test_the_article_main_locality_follows_a_merge(page_data, editor):
    Article.objects.filter(pk=page_data.article.pk).update(main_locality=page_data.cangshan)
    merge_localities(page_data.lanling, [page_data.cangshan], editor)
    article = Article.objects.get(pk=page_data.article.pk)
    assert article.main_locality_id == page_data.lanling.pk and "main_locality" in article.locked_fields
