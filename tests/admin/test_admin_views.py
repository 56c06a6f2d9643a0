"""Every admin page an editor uses loads, with a number of queries that does not grow with the rows shown."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Source
from core.models import ImportRun, Tombstone
from indicators.models import Indicator
from localities.models import Locality, LocalityMention
from programs.models import Program, ProgramMention

pytestmark = pytest.mark.django_db

EDITABLE_MODELS = [Source, Article, Locality, LocalityMention, Program, ProgramMention, Indicator]
RECORD_MODELS = [ImportRun, Tombstone]
QUERY_BOUND = 25  # a change page: the object, its evidence, autocomplete labels, session, permissions
CHANGELIST_BOUND = 12  # measured 6-9: session, user, permissions, count, page, filter choices


def url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def count_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(queries)


def add_rows(page_data, n: int) -> None:
    """More rows of every kind, each pointing at distinct related rows, to expose per-row queries."""
    for i in range(n):
        source = Source.objects.create(name=f"extra-{i}.txt", content_hash=f"{i:064d}", text=page_data.source.text)
        article = Article.objects.create(
            source=source, position=1, title=f"标题{i}", body="正文", start_offset=0, end_offset=len(source.text)
        )
        town = Locality.objects.create(name=f"镇{i}", level="township", parent=page_data.lanling, full_name=f"镇{i}")
        program = Program.objects.create(name=f"项目{i}", locality=town)
        ProgramMention.objects.create(article=article, program=program, text="乡村振兴", start_offset=0, end_offset=4)
        LocalityMention.objects.create(article=article, locality=town, text="兰陵县", start_offset=30, end_offset=33)
        Indicator.objects.create(
            article=article,
            locality=town,
            program=program,
            metric=f"指标{i}",
            value=Decimal(i),
            unit="个",
            quantity_text="1个",
            start_offset=40,
            end_offset=42,
            evidence_text="…",
            evidence_start=30,
            evidence_end=50,
        )
        ImportRun.objects.create(counts={"sources": {"created": 1}}, errors=[{"file": "x", "message": "m"}])
        Tombstone.objects.create(model_label="indicators.indicator", natural_key=f"k{i}", deleted_by=page_data.editor)


@pytest.fixture
def data(page_data, editor):
    page_data.editor = editor
    ImportRun.objects.create(counts={"indicators": {"created": 3}})
    Tombstone.objects.create(model_label="indicators.indicator", natural_key="gone", deleted_by=editor)
    return page_data


def test_every_model_of_the_project_is_in_the_admin():
    for model in EDITABLE_MODELS + RECORD_MODELS:
        assert model in admin.site._registry, model


@pytest.mark.parametrize("model", EDITABLE_MODELS + RECORD_MODELS, ids=lambda m: m._meta.model_name)
def test_change_list_queries_do_not_grow_with_rows(admin_client, data, model):
    few = count_queries(admin_client, url(model, "changelist"))
    add_rows(data, 6)
    many = count_queries(admin_client, url(model, "changelist"))
    assert many == few, f"{model.__name__}: {few} queries for a few rows, {many} for more"
    assert many <= CHANGELIST_BOUND


@pytest.mark.parametrize("model", EDITABLE_MODELS + RECORD_MODELS, ids=lambda m: m._meta.model_name)
def test_change_page_loads_within_the_query_bound(admin_client, data, model):
    add_rows(data, 3)
    obj = model.objects.order_by("pk").first()
    assert count_queries(admin_client, url(model, "change", obj.pk)) <= QUERY_BOUND
    assert admin_client.get(url(model, "history", obj.pk)).status_code == 200


@pytest.mark.parametrize("model", EDITABLE_MODELS, ids=lambda m: m._meta.model_name)
def test_add_page_loads_for_an_editor(editor_client, data, model):
    assert count_queries(editor_client, url(model, "add")) <= QUERY_BOUND


@pytest.mark.parametrize("model", EDITABLE_MODELS + RECORD_MODELS, ids=lambda m: m._meta.model_name)
def test_an_editor_sees_every_change_list(editor_client, data, model):
    assert editor_client.get(url(model, "changelist")).status_code == 200


@pytest.mark.parametrize("model", RECORD_MODELS, ids=lambda m: m._meta.model_name)
def test_import_records_cannot_be_added_by_hand(admin_client, data, model):
    assert admin_client.get(url(model, "add")).status_code == 403


def test_an_editor_cannot_manage_users(editor_client, data):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("locality__id__exact={lanling}", 2),
        ("locality_level=county", 3),
        ("unit=公里", 1),
        ("program__id__exact={program}", 1),
        ("qualifier__exact=exact", 4),
        ("verified__exact=0", 4),
        ("locked=yes", 1),
        ("locked=no", 4),
        ("article__source__id__exact={source}", 3),
        ("q=公路", 1),
    ],
)
def test_indicator_filters_narrow_the_list(admin_client, data, query, expected):
    add_rows(data, 2)
    Indicator.objects.filter(pk=data.road.pk).update(locked_fields=["value"])
    Indicator.objects.filter(pk=data.houses.pk).update(verified=True)
    Indicator.objects.filter(pk=data.loans.pk).update(qualifier="at_least")
    query = query.format(lanling=data.lanling.pk, program=data.program.pk, source=data.source.pk)
    response = admin_client.get(url(Indicator, "changelist") + "?" + query)
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected


@pytest.mark.parametrize(("term", "expected"), [("苍山", "苍山县"), ("371324", "兰陵县"), ("兰陵县", "兰陵县")])
def test_localities_are_found_by_name_code_or_alias(admin_client, data, term, expected):
    Locality.objects.filter(pk=data.lanling.pk).update(aliases=["苍山县旧称"])
    response = admin_client.get(url(Locality, "changelist"), {"q": term})
    names = [row.name for row in response.context["cl"].result_list]
    assert expected in names


def test_alias_search_finds_a_merged_name(admin_client, data):
    Locality.objects.filter(pk=data.lanling.pk).update(aliases=["承县"])
    response = admin_client.get(url(Locality, "changelist"), {"q": "承县"})
    assert [row.name for row in response.context["cl"].result_list] == ["兰陵县"]


def test_autocomplete_serves_localities(admin_client, data):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"term": "兰陵", "app_label": "indicators", "model_name": "indicator", "field_name": "locality"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["山东省临沂市兰陵县"]


def test_source_list_shows_verified_counts(admin_client, data):
    Indicator.objects.filter(pk=data.road.pk).update(verified=True)
    response = admin_client.get(url(Source, "changelist"))
    row = response.context["cl"].result_list[0]
    assert (row.indicator_total, row.indicator_verified, row.article_total) == (3, 1, 1)


def test_programs_are_found_by_alias_within_the_current_filter(admin_client, data):
    Program.objects.filter(pk=data.program.pk).update(aliases=["乡村振兴战略"])
    Program.objects.create(name="另一个项目", aliases=["乡村振兴战略"], locality=data.lanling)
    changelist = url(Program, "changelist")
    found = admin_client.get(changelist, {"q": "振兴战略"}).context["cl"].result_list
    assert sorted(p.name for p in found) == ["乡村振兴", "另一个项目"]
    narrowed = admin_client.get(changelist, {"q": "振兴战略", "national__exact": "1"}).context["cl"].result_list
    assert [p.name for p in narrowed] == ["乡村振兴"]


@pytest.mark.parametrize("model, field", [(Program, "program"), (Locality, "locality")])
def test_change_page_shows_where_the_pages_name_it_and_links_its_counts(admin_client, page_data, model, field):
    obj = page_data.program if model is Program else page_data.lanling
    html = admin_client.get(url(model, "change", obj.pk)).content.decode()
    mention = page_data.program_mention if model is Program else page_data.lanling_mention
    assert f'padding:0 .1em">{mention.text}</mark>' in html
    assert url(type(mention), "change", mention.pk) in html
    rows = admin_client.get(url(model, "changelist")).content.decode()
    indicators = reverse("admin:indicators_indicator_changelist")
    assert f'href="{indicators}?{field}__id__exact={obj.pk}"' in rows
