"""The editor's desk: undo (restore, unmerge), spreadsheet export, typed word lists, readable numbers, the log."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from core.admin_display import describe_reason, readable_number
from core.editorial import delete_rows, merge_localities, merge_programs
from core.models import ImportRun, Tombstone
from core.restore import RestoreError, restore_tombstone
from indicators.models import Indicator
from localities.models import Locality, LocalityMention
from programs.models import Program

pytestmark = pytest.mark.django_db


def test_a_deleted_indicator_comes_back_under_its_old_id_with_history(page_data, editor):
    road_pk = page_data.road.pk
    delete_rows([page_data.road], editor)
    tombstone = Tombstone.objects.get()
    report = restore_tombstone(tombstone, editor)
    road = Indicator.objects.get(pk=road_pk)
    assert report.restored.pk == road_pk and road.value == 120
    assert not Tombstone.objects.exists()
    assert road.history.first().history_change_reason == "editor: restored"
    assert road.history.first().history_user == editor


def test_restoring_an_article_brings_back_what_its_delete_took_with_it(page_data, editor):
    article_pk = page_data.article.pk
    indicators = set(page_data.article.indicators.values_list("pk", flat=True))
    delete_rows([page_data.article], editor)
    assert not Indicator.objects.filter(pk__in=indicators).exists()
    report = restore_tombstone(Tombstone.objects.get(), editor)
    assert report.restored.pk == article_pk
    assert set(Indicator.objects.filter(article_id=article_pk).values_list("pk", flat=True)) == indicators
    assert LocalityMention.objects.filter(article_id=article_pk).count() == 2


def test_unmerging_a_place_points_its_references_back(page_data, editor):
    twin = Locality.objects.create(
        name="兰陵", level="county", parent=page_data.city, full_name="山东省临沂市兰陵", in_gazetteer=False
    )
    page_data.houses.locality = twin
    page_data.houses.save()  # with history, as the import writes: the merge's undo reads where it pointed before
    merge_localities(page_data.lanling, [twin], editor)
    page_data.lanling.refresh_from_db()
    assert "兰陵" in page_data.lanling.aliases
    assert Indicator.objects.get(pk=page_data.houses.pk).locality_id == page_data.lanling.pk

    report = restore_tombstone(Tombstone.objects.get(), editor)
    assert report.restored.pk == twin.pk and report.repointed == 1
    assert Indicator.objects.get(pk=page_data.houses.pk).locality_id == twin.pk
    assert Indicator.objects.get(pk=page_data.road.pk).locality_id == page_data.lanling.pk  # never was the twin's
    page_data.lanling.refresh_from_db()
    assert "兰陵" not in page_data.lanling.aliases


def test_unmerging_a_program(page_data, editor):
    twin = Program.objects.create(name="乡村振兴战略")
    page_data.houses.program = twin
    page_data.houses.save()
    merge_programs(page_data.program, [twin], editor)
    restore_tombstone(Tombstone.objects.get(), editor)
    assert Indicator.objects.get(pk=page_data.houses.pk).program_id == twin.pk


def test_a_row_with_no_history_of_its_delete_cannot_be_restored(page_data):
    tombstone = Tombstone.objects.create(model_label="indicators.indicator", natural_key="nowhere|1|1")
    with pytest.raises(RestoreError):
        restore_tombstone(tombstone)
    assert Tombstone.objects.filter(pk=tombstone.pk).exists()


def test_restore_from_the_tombstone_list_is_logged(editor_client, page_data, editor):
    road_pk = page_data.road.pk
    delete_rows([page_data.road], editor)
    tombstone = Tombstone.objects.get()
    url = reverse("admin:core_tombstone_changelist")
    response = editor_client.post(url, {"action": "restore_selected", "_selected_action": [tombstone.pk]}, follow=True)
    assert response.status_code == 200
    assert Indicator.objects.filter(pk=road_pk).exists()
    assert LogEntry.objects.filter(object_id=str(road_pk)).exists()


def test_verifications_and_merges_show_in_recent_actions(editor_client, page_data):
    url = reverse("admin:indicators_indicator_changelist")
    editor_client.post(url, {"action": "mark_verified", "_selected_action": [page_data.road.pk]})
    twin = Locality.objects.create(name="兰陵", level="county", parent=page_data.city, full_name="x")
    editor_client.post(
        reverse("admin:localities_locality_changelist"),
        {"action": "merge_selected", "_selected_action": [page_data.lanling.pk, twin.pk], "post": "yes",
         "target": page_data.lanling.pk},
    )  # fmt: skip
    logged = {(e.content_type.model, e.object_id) for e in LogEntry.objects.all()}
    assert ("indicator", str(page_data.road.pk)) in logged
    assert ("locality", str(page_data.lanling.pk)) in logged
    index = editor_client.get(reverse("admin:index")).content.decode()
    assert "兰陵县" in index


def test_csv_export_opens_in_excel_with_chinese_and_codes_as_text(editor_client, page_data):
    url = reverse("admin:indicators_indicator_export")
    form = editor_client.get(url).context["form"]
    data = {
        "format": "0",
        "resource": "0",
        **{name: "on" for name in form.fields if name.startswith("indicatorresource_")},
    }
    response = editor_client.post(url, data)
    assert response.status_code == 200, response.content[:500]
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")
    text = body.decode("utf-8-sig")
    assert "新建农村公路" in text
    assert '="371324000000"' in text.replace('""', '"')


def test_keywords_and_aliases_are_typed_as_comma_separated_words(editor_client, page_data):
    url = reverse("admin:localities_locality_change", args=[page_data.lanling.pk])
    form = editor_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data.update(
        {"name": "兰陵县", "level": "county", "parent": page_data.city.pk, "aliases": "兰陵，苍山县、 兰陵老县城"}
    )
    data = {k: (v if not isinstance(v, bool) else ("on" if v else "")) for k, v in data.items()}
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    page_data.lanling.refresh_from_db()
    assert page_data.lanling.aliases == ["兰陵", "苍山县", "兰陵老县城"]
    assert 'value="兰陵, 苍山县, 兰陵老县城"' in editor_client.get(url).content.decode()


@pytest.mark.parametrize(
    ("value", "shown"),
    [(13000000, "1,300万"), (120000000, "1.2亿"), (356, "356"), (Decimal("12345.5"), "1.2346万"), (None, "")],
)
def test_large_values_read_in_wan_and_yi(value, shown):
    assert readable_number(value) == shown


def test_the_indicator_list_shows_large_values_readably(editor_client, page_data):
    html = editor_client.get(reverse("admin:indicators_indicator_changelist")).content.decode()
    assert "120000000" in html and "1.2亿元" in html


def test_the_article_page_lists_its_facts_with_links_both_ways(editor_client, page_data):
    html = editor_client.get(reverse("admin:articles_article_change", args=[page_data.article.pk])).content.decode()
    assert 'class="desk-facts"' in html
    assert reverse("admin:indicators_indicator_change", args=[page_data.road.pk]) in html
    assert reverse("admin:localities_locality_change", args=[page_data.lanling.pk]) in html
    assert f"?article__id__exact={page_data.article.pk}" in html
    place = editor_client.get(reverse("admin:localities_locality_change", args=[page_data.city.pk])).content.decode()
    assert f"?parent__id__exact={page_data.city.pk}" in place
    filtered = editor_client.get(
        reverse("admin:indicators_indicator_changelist") + f"?locality__id__exact={page_data.lanling.pk}"
    )
    assert filtered.context["cl"].result_count == 2


def test_import_runs_show_local_time_and_say_when_every_file_failed(editor_client):
    run = ImportRun.objects.create(status=ImportRun.Status.FAILED, files_total=2, files_failed=2)
    local = timezone.localtime(run.started_at)
    assert f"{local:%Y-%m-%d %H:%M}" in str(run)
    html = editor_client.get(reverse("admin:core_importrun_changelist")).content.decode()
    assert "失败（全部文件）" in html and f"{local:%Y-%m-%d %H:%M}" in html


def test_history_reasons_read_in_chinese():
    from django.utils import translation

    with translation.override("zh-hans"):
        assert describe_reason("editor: merged into 兰陵县") == "编辑：合并到 兰陵县"
        assert describe_reason("editor: unlocked value") == "编辑：解锁 value"
        assert describe_reason("something new") == "something new"
