"""Localities: breadcrumbs, counts, children, subtree, filters, and tree-safe writes."""

from __future__ import annotations

import pytest

from core.models import Tombstone
from localities.models import Locality
from programs.models import Program

URL = "/api/localities/"


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["results"]]


@pytest.mark.django_db
def test_detail_has_breadcrumbs_and_counts(anonymous, world, assert_matches_schema, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response = anonymous.get(f"{URL}{world.county.pk}/")
    assert_matches_schema(response, "/api/localities/{id}/")
    body = response.json()
    assert [a["name"] for a in body["ancestors"]] == ["青山省", "白水市"]
    assert body["full_name"] == "青山省白水市东林县"
    assert (body["children_count"], body["article_count"], body["indicator_count"]) == (1, 1, 1)
    assert anonymous.get(f"{URL}{world.province.pk}/").json()["ancestors"] == []


@pytest.mark.django_db
def test_children_and_subtree(anonymous, world, assert_matches_schema, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        response = anonymous.get(f"{URL}{world.prefecture.pk}/children/")
    assert_matches_schema(response, "/api/localities/{id}/children/")
    assert names(response) == ["东林县", "东林县开发区"]
    with django_assert_max_num_queries(4):
        subtree = anonymous.get(f"{URL}{world.county.pk}/subtree/")
    assert names(subtree) == ["石桥镇", "柳树村"]
    assert names(anonymous.get(f"{URL}{world.prefecture.pk}/subtree/?level=village")) == ["柳树村"]
    assert anonymous.get(f"{URL}999999/children/").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("level=county", ["东林县"]),
        ("parent={prefecture.pk}", ["东林县", "东林县开发区"]),
        ("root=true", ["青山省"]),
        ("code=990101000000", ["东林县"]),
        ("name=石桥", ["石桥镇"]),
        ("full_name=青山省白水市东林县", ["东林县", "东林县开发区", "新港社区", "石桥镇", "柳树村"]),
        ("within={county.code}", ["东林县", "石桥镇", "柳树村"]),
        ("within={zone.pk}&level=community", ["新港社区"]),
        ("ordering=-name&level=county", ["东林县"]),
    ],
)
@pytest.mark.django_db
def test_filters(anonymous, world, query, expected):
    assert names(anonymous.get(f"{URL}?{query.format(**vars(world))}")) == expected


@pytest.mark.parametrize("query", ["level=city", "parent=x", "root=perhaps", "within=东林", "ordering=size"])
@pytest.mark.django_db
def test_bad_filters_are_400(anonymous, world, query):
    assert anonymous.get(f"{URL}?{query}").status_code == 400


@pytest.mark.django_db
def test_list_query_count(anonymous, world, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        assert anonymous.get(URL, {"page_size": 2}).status_code == 200


@pytest.mark.django_db
def test_alias_matches_name_filter(anonymous, world, editor):
    editor.patch(f"{URL}{world.village.pk}/", {"aliases": ["柳树屯"]}, format="json")
    assert names(anonymous.get(URL, {"name": "柳树屯"})) == ["柳树村"]


@pytest.mark.django_db
def test_rename_refreshes_the_subtree_and_locks_the_name(editor, world):
    response = editor.patch(f"{URL}{world.county.pk}/", {"name": "东岭县"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["full_name"] == "青山省白水市东岭县"
    assert response.json()["locked_fields"] == ["name"]
    assert Locality.objects.get(pk=world.village.pk).full_name == "青山省白水市东岭县石桥镇柳树村"


@pytest.mark.django_db
def test_move_under_another_parent(editor, world):
    response = editor.patch(f"{URL}{world.township.pk}/", {"parent": world.zone.pk}, format="json")
    assert response.status_code == 200, response.content
    assert Locality.objects.get(pk=world.village.pk).full_name == "青山省白水市东林县开发区石桥镇柳树村"


@pytest.mark.parametrize(
    ("target", "change", "field"),
    [
        ("province", {"parent": "village"}, "parent"),  # would become its own ancestor
        ("county", {"parent": "county"}, "parent"),  # its own parent
        ("county", {"parent": "village"}, "parent"),  # a village cannot contain a county
        ("county", {"level": "planet"}, "level"),
        ("township", {"name": ""}, "name"),
        ("township", {"parent": "township"}, "parent"),
        ("zone", {"name": "东林县"}, "non_field_errors"),  # same name under the same parent
        ("zone", {"code": "990101000000"}, "code"),
    ],
)
@pytest.mark.django_db
def test_invalid_tree_changes_are_400(editor, world, target, change, field):
    payload = {k: getattr(world, v).pk if k == "parent" else v for k, v in change.items()}
    response = editor.patch(f"{URL}{getattr(world, target).pk}/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["errors"]


@pytest.mark.django_db
def test_create_computes_the_full_name(editor, world):
    response = editor.post(
        URL, {"name": "杏花村", "level": "village", "parent": world.township.pk, "code": ""}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["full_name"] == "青山省白水市东林县石桥镇杏花村"
    assert response.json()["code"] is None and response.json()["origin"] == "editor"


@pytest.mark.django_db
def test_delete_a_place_rows_depend_on_is_a_conflict_naming_them(editor, world):
    response = editor.delete(f"{URL}{world.county.pk}/")
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "has_dependants"
    # 东林县 has a township below it, runs a local program, has an indicator, is mentioned and is a main place.
    assert set(body["errors"]) == {"children", "programs", "indicators", "articles", "mentions"}
    assert set(editor.delete(f"{URL}{world.village.pk}/").json()["errors"]) == {"indicators", "mentions"}
    assert not Tombstone.objects.exists() and Locality.objects.filter(pk=world.county.pk).exists()
    # Once nothing refers to it, the place goes (and stays gone: a tombstone).
    world.village.mentions.all().delete()
    world.village.indicators.update(locality=world.township)
    assert editor.delete(f"{URL}{world.village.pk}/").status_code == 204
    assert Tombstone.objects.get().natural_key == "青山省白水市东林县石桥镇柳树村"


@pytest.mark.django_db
def test_deleting_the_place_of_a_local_program_named_like_a_national_one_is_a_409(editor, world):
    # Nulling the program's place would make it collide with the national program of the same name (was a 500).
    Program.objects.create(name="乡村振兴", locality=world.zone)
    response = editor.delete(f"{URL}{world.zone.pk}/")
    assert response.status_code == 409 and "programs" in response.json()["errors"]
