"""An editor's work through the admin: evidence on screen, corrections lock, deletes tombstone, actions, export."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from articles.models import Article
from core.models import Tombstone
from indicators.models import Indicator
from localities.models import Locality
from programs.models import Program

pytestmark = pytest.mark.django_db


def url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def form_data(response) -> dict:
    """The change form's current values, as the browser would post them back."""
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    return data


def test_the_indicator_page_shows_the_sentence_with_the_figure_marked(editor_client, page_data):
    html = editor_client.get(url(Indicator, "change", page_data.road.pk)).content.decode()
    mark = '<mark class="editorial-extracted" style="background:#ffe58f;padding:0 .1em">120公里</mark>'
    assert f"本报临沂讯 今年以来，兰陵县新建农村公路{mark}，改造危房356户。</blockquote>" in html
    assert url(Article, "change", page_data.article.pk) in html
    assert reverse("admin:articles_source_change", args=[page_data.source.pk]) in html


def test_the_article_page_marks_every_extraction(editor_client, page_data):
    html = editor_client.get(url(Article, "change", page_data.article.pk)).content.decode()
    for text in ("120公里", "356户", "1.2亿元", "兰陵县", "苍山县", "乡村振兴"):
        assert f">{text}</a></mark>" in html, text
    assert html.count('class="kind-indicator"') == 4  # three figures and the legend


@pytest.mark.parametrize("model_name", ["locality_mention", "program_mention"])
def test_mention_pages_show_their_evidence(editor_client, page_data, model_name):
    mention = page_data.lanling_mention if model_name == "locality_mention" else page_data.program_mention
    html = editor_client.get(url(type(mention), "change", mention.pk)).content.decode()
    assert f">{mention.text}</mark>" in html


def test_a_correction_in_the_admin_locks_the_field_and_shows_it(editor_client, page_data, editor):
    change = url(Indicator, "change", page_data.road.pk)
    data = form_data(editor_client.get(change))
    data["value"] = "125"
    response = editor_client.post(change, data, follow=True)
    assert response.status_code == 200
    road = Indicator.objects.get(pk=page_data.road.pk)
    assert road.value == Decimal("125") and road.locked_fields == ["value"]
    assert road.history.first().history_user == editor
    html = editor_client.get(change).content.decode()
    assert "🔒" in html


def test_renaming_a_locality_in_the_admin_refreshes_full_names(editor_client, page_data):
    change = url(Locality, "change", page_data.cangshan.pk)
    data = form_data(editor_client.get(change))
    data["name"] = "兰陵县苍山"
    editor_client.post(change, data)
    assert Locality.objects.get(pk=page_data.village.pk).full_name == "山东省临沂市兰陵县苍山大仲村"


def test_a_delete_in_the_admin_leaves_a_tombstone(editor_client, page_data, editor):
    response = editor_client.post(url(Indicator, "delete", page_data.houses.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Indicator.objects.filter(pk=page_data.houses.pk).exists()
    assert Tombstone.objects.get().deleted_by == editor


def test_bulk_delete_leaves_a_tombstone_per_row(editor_client, page_data):
    ids = [page_data.road.pk, page_data.houses.pk]
    editor_client.post(
        url(Indicator, "changelist"), {"action": "delete_selected", "_selected_action": ids, "post": "yes"}
    )
    assert Tombstone.objects.count() == 2


def test_the_verify_action_marks_rows_verified(editor_client, page_data):
    ids = [page_data.road.pk, page_data.loans.pk]
    editor_client.post(url(Indicator, "changelist"), {"action": "mark_verified", "_selected_action": ids})
    assert set(Indicator.objects.filter(verified=True).values_list("pk", flat=True)) == set(ids)


def test_the_unlock_action_asks_which_fields_then_unlocks_them(editor_client, page_data):
    Indicator.objects.filter(pk=page_data.road.pk).update(locked_fields=["unit", "value"])
    changelist = url(Indicator, "changelist")
    ask = editor_client.post(changelist, {"action": "unlock_selected", "_selected_action": [page_data.road.pk]})
    assert ask.status_code == 200 and 'value="unit"' in ask.content.decode()
    editor_client.post(
        changelist,
        {"action": "unlock_selected", "_selected_action": [page_data.road.pk], "post": "yes", "fields": ["value"]},
    )
    assert Indicator.objects.get(pk=page_data.road.pk).locked_fields == ["unit"]


def test_merging_localities_in_the_admin(editor_client, page_data):
    changelist = url(Locality, "changelist")
    ids = [page_data.lanling.pk, page_data.cangshan.pk]
    ask = editor_client.post(changelist, {"action": "merge_selected", "_selected_action": ids})
    assert ask.status_code == 200 and 'name="target"' in ask.content.decode()
    editor_client.post(
        changelist,
        {"action": "merge_selected", "_selected_action": ids, "post": "yes", "target": page_data.lanling.pk},
    )
    assert Indicator.objects.filter(locality=page_data.lanling).count() == 3
    assert not Locality.objects.filter(pk=page_data.cangshan.pk).exists()


def test_merging_a_place_into_its_descendant_shows_an_error_and_changes_nothing(editor_client, page_data):
    ids = [page_data.city.pk, page_data.village.pk]
    response = editor_client.post(
        url(Locality, "changelist"),
        {"action": "merge_selected", "_selected_action": ids, "post": "yes", "target": page_data.village.pk},
        follow=True,
    )
    assert response.status_code == 200
    assert Locality.objects.filter(pk=page_data.city.pk).exists()


def test_merging_programs_in_the_admin(editor_client, page_data):
    duplicate = Program.objects.create(name="乡村振兴战略", national=True)
    ids = [page_data.program.pk, duplicate.pk]
    editor_client.post(
        url(Program, "changelist"),
        {"action": "merge_selected", "_selected_action": ids, "post": "yes", "target": page_data.program.pk},
    )
    assert list(Program.objects.values_list("name", "aliases")) == [("乡村振兴", ["乡村振兴战略"])]


def test_reverting_from_history_locks_the_reverted_field(editor_client, page_data):
    road = Indicator.objects.get(pk=page_data.road.pk)
    first = road.history.earliest()
    road.metric = "错误的指标"
    road.save()
    revert = reverse("admin:indicators_indicator_simple_history", args=[road.pk, first.history_id])
    data = form_data(editor_client.get(revert))
    editor_client.post(revert, data)
    road.refresh_from_db()
    assert road.metric == "新建农村公路" and road.locked_fields == ["metric"]


def _export(client, model, resource: str, query: str, file_format: int):
    page = client.get(url(model, "export") + query)
    form = page.context["form"]
    data = {"format": str(file_format), "resource": "0"}
    data.update({name: "on" for name in form.fields if name.startswith(resource.lower() + "_")})
    return client.post(url(model, "export") + query, data)


def test_export_to_csv_respects_the_current_filter(editor_client, page_data):
    response = _export(editor_client, Indicator, "IndicatorResource", f"?locality__id__exact={page_data.lanling.pk}", 0)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert sorted(r["metric"] for r in rows) == ["改造危房", "新建农村公路"]
    assert {r["locality"] for r in rows} == {"山东省临沂市兰陵县"} and {r["source"] for r in rows} == {"sample.txt"}


def test_export_articles_to_xlsx(editor_client, page_data):
    from openpyxl import load_workbook

    response = _export(editor_client, Article, "ArticleResource", "?kind__exact=news", 1)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    assert "title" in header and sheet.max_row == 2
