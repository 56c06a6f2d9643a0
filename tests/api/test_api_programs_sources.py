"""Programs (detail with articles and indicators) and sources (text only in the detail)."""

from __future__ import annotations

import hashlib

import pytest

PROGRAMS = "/api/programs/"
SOURCES = "/api/sources/"


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["results"]]


@pytest.mark.django_db
def test_program_detail(anonymous, world, assert_matches_schema, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        response = anonymous.get(f"{PROGRAMS}{world.program_local.pk}/")
    assert_matches_schema(response, "/api/programs/{id}/")
    body = response.json()
    assert body["locality_name"] == "青山省白水市东林县"
    assert (body["article_count"], body["indicator_count"]) == (1, 1)
    assert [a["title"] for a in body["articles"]] == ["扶贫小额信贷助力脱贫"]
    assert [(i["metric"], i["value"]) for i in body["indicators"]] == [("扶贫小额信贷发放额", "120000000.000000")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("name=振兴", ["乡村振兴"]),
        ("name=乡村振兴战略", ["乡村振兴"]),  # an alias
        ("name=扶贫小额信贷", ["小额信贷扶贫工程"]),
        ("locality={prefecture.code}", ["小额信贷扶贫工程"]),
        ("locality={prefecture.code}&descendants=false", []),
        ("national=true", ["乡村振兴"]),
        ("national=false", ["小额信贷扶贫工程"]),
        ("ordering=-name", ["小额信贷扶贫工程", "乡村振兴"]),
    ],
)
@pytest.mark.django_db
def test_program_filters(anonymous, world, assert_matches_schema, query, expected):
    response = anonymous.get(f"{PROGRAMS}?{query.format(**vars(world))}")
    assert_matches_schema(response, PROGRAMS)
    assert sorted(names(response)) == sorted(expected) if "ordering" not in query else names(response) == expected


@pytest.mark.django_db
def test_program_list_queries(anonymous, world, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        assert anonymous.get(PROGRAMS, {"page_size": 1}).status_code == 200


@pytest.mark.django_db
def test_program_writes(editor, world):
    response = editor.post(PROGRAMS, {"name": "厕所革命", "locality": world.township.pk}, format="json")
    assert response.status_code == 201, response.content
    duplicate = editor.post(PROGRAMS, {"name": "乡村振兴", "national": True}, format="json")
    assert duplicate.status_code == 400
    assert editor.delete(f"{PROGRAMS}{world.program_national.pk}/").status_code == 204


@pytest.mark.django_db
def test_source_list_leaves_out_the_text_and_detail_has_it(
    anonymous, world, assert_matches_schema, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):  # the bounded count, the page's ids, its rows
        listed = anonymous.get(SOURCES)
    assert_matches_schema(listed, SOURCES)
    assert "text" not in listed.json()["results"][0]
    with django_assert_max_num_queries(1):
        detail = anonymous.get(f"{SOURCES}{world.source.pk}/")
    assert_matches_schema(detail, "/api/sources/{id}/")
    assert detail.json()["text"] == world.source.text


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("publication=白水日报", 1),
        ("year=2020", 1),
        ("year=2019", 0),
        ("date_from=2020-05-01", 1),
        ("date_to=2020-04-30", 0),
        ("status=imported", 1),
        ("name=05-01", 1),
    ],
)
@pytest.mark.django_db
def test_source_filters(anonymous, world, query, count):
    assert anonymous.get(f"{SOURCES}?{query}").json()["count"] == count


@pytest.mark.parametrize(
    "query", ["year=abc", "date_from=2020-02-30", "status=lost", "date_from=2020-05-02&date_to=2020-05-01"]
)
@pytest.mark.django_db
def test_source_bad_filters(anonymous, world, query):
    assert anonymous.get(f"{SOURCES}?{query}").status_code == 400


@pytest.mark.django_db
def test_source_create_hashes_the_text(editor, world):
    response = editor.post(SOURCES, {"name": "typed.txt", "text": "乡村振兴\n"}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["content_hash"] == hashlib.sha256("乡村振兴\n".encode()).hexdigest()
    assert response.json()["size_bytes"] == len("乡村振兴\n".encode())


@pytest.mark.django_db
def test_source_delete_cascades(editor, world):
    assert editor.delete(f"{SOURCES}{world.source.pk}/").status_code == 204
    assert editor.get("/api/indicators/").json()["count"] == 0
