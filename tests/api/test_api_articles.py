"""Articles: filters, Chinese full-text search and its ranking, the detail, writes that lock and reindex."""

from __future__ import annotations

import pytest

from articles.models import Article
from core.models import Tombstone

URL = "/api/articles/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.mark.django_db
def test_search_finds_two_character_words_and_ranks_title_hits_first(anonymous, world, assert_matches_schema):
    response = anonymous.get(URL, {"q": "扶贫"})
    assert_matches_schema(response, URL)
    # title hit first; then three mentions in the body before one; 帮扶贫困户 holds the characters, not the word
    assert ids(response) == [world.poverty_article.pk, world.revival_article.pk, world.grid_article.pk]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("小额信贷", ["poverty_article"]),
        ("扶贫 网格", ["grid_article"]),  # every word must be present
        ("扶贫\x00", ["poverty_article", "revival_article", "grid_article"]),  # NUL is dropped, not a 500
        ("贫困户", ["poverty_article", "helper_article"]),
        ("ＡＢＣ", []),
        ("！！？", []),  # no words at all
        ("公路", ["revival_article"]),
    ],
)
@pytest.mark.django_db
def test_search_queries(anonymous, world, query, expected):
    got = ids(anonymous.get(URL, {"q": query}))
    assert sorted(got) == sorted(getattr(world, name).pk for name in expected)


@pytest.mark.django_db
def test_explicit_ordering_overrides_relevance(anonymous, world):
    got = ids(anonymous.get(URL, {"q": "扶贫", "ordering": "-position"}))
    assert got == [world.grid_article.pk, world.revival_article.pk, world.poverty_article.pk]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("source={source.pk}", ["poverty_article", "revival_article", "grid_article", "helper_article"]),
        ("kind=feature", ["revival_article"]),
        ("locality={county.pk}", ["poverty_article", "revival_article"]),
        ("locality={county.code}&descendants=false", ["poverty_article"]),
        ("locality={village.pk}", ["revival_article"]),
        ("locality={zone.pk}", ["grid_article"]),
        ("program={program_national.pk}", ["revival_article"]),
        (
            "date_from=2020-05-01&date_to=2020-05-01",
            ["poverty_article", "revival_article", "grid_article", "helper_article"],
        ),
        ("date_from=2020-05-02", []),
        ("year=2020&kind=brief", ["helper_article"]),
        ("publication=白水日报&kind=news&q=扶贫", ["poverty_article", "grid_article"]),
        ("verified=true", []),
        ("locked=false&kind=brief", ["helper_article"]),
    ],
)
@pytest.mark.django_db
def test_filters(anonymous, world, query, expected):
    got = ids(anonymous.get(f"{URL}?{query.format(**vars(world))}"))
    assert sorted(got) == sorted(getattr(world, name).pk for name in expected)


@pytest.mark.parametrize(
    "query",
    [
        "source=x",
        "kind=poem",
        "date_from=yesterday",
        "date_from=2021-01-01&date_to=2020-01-01",
        "locality=abc",
        "program=0",
        "year=99999",
        "ordering=body",
    ],
)
@pytest.mark.django_db
def test_bad_filters_are_400(anonymous, world, query):
    response = anonymous.get(f"{URL}?{query}")
    assert response.status_code == 400
    assert query.split("&")[-1].split("=")[0] in response.json()["errors"]


@pytest.mark.django_db
def test_detail_has_localities_programs_and_indicators(
    anonymous, world, assert_matches_schema, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4):
        response = anonymous.get(f"{URL}{world.revival_article.pk}/")
    assert_matches_schema(response, "/api/articles/{id}/")
    body = response.json()
    assert body["source_name"] == "2020-05-01.txt" and body["published_on"] == "2020-05-01"
    assert body["main_locality_name"] == "青山省白水市东林县石桥镇"
    assert [place["full_name"] for place in body["localities"]] == ["青山省白水市东林县石桥镇柳树村"]
    assert [program["name"] for program in body["programs"]] == ["乡村振兴"]
    assert [(i["metric"], i["value"], i["unit"]) for i in body["indicators"]] == [
        ("新建农村公路", "120.000000", "公里")
    ]


@pytest.mark.django_db
def test_list_query_count_is_constant(anonymous, world, django_assert_max_num_queries):
    for query in ({"page_size": 1}, {"page_size": 500}, {"q": "扶贫", "page_size": 1}):
        with django_assert_max_num_queries(4):  # count, page ids, page rows, and on SQLite the FTS health check
            assert anonymous.get(URL, query).status_code == 200
    with django_assert_max_num_queries(5):  # and a place: its id from the reference, then its subtree's ids
        assert anonymous.get(URL, {"locality": world.county.pk}).status_code == 200


@pytest.mark.django_db
def test_editor_creates_an_article_that_search_finds(editor, world):
    response = editor.post(
        URL,
        {
            "source": world.source.pk,
            "position": 9,
            "title": "产业振兴",
            "body": "茶叶产业带动增收。",
            "start_offset": 900,
            "end_offset": 909,
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    created = Article.objects.get(pk=response.json()["id"])
    assert created.origin == "editor" and "title" in created.locked_fields
    assert ids(editor.get(URL, {"q": "茶叶"})) == [created.pk]


@pytest.mark.django_db
def test_editor_change_locks_the_field_and_reindexes(editor, world):
    pk = world.helper_article.pk
    response = editor.patch(f"{URL}{pk}/", {"body": "驻村干部帮助发展养蜂产业。"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["locked_fields"] == ["body"]
    assert ids(editor.get(URL, {"q": "养蜂"})) == [pk]
    assert ids(editor.get(URL, {"q": "贫困家庭"})) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"end_offset": 1}, "end_offset"),
        ({"kind": "poem"}, "kind"),
        ({"source": 999999}, "source"),
        ({"position": "first"}, "position"),
    ],
)
@pytest.mark.django_db
def test_invalid_changes_are_400_naming_the_field(editor, world, change, field):
    response = editor.patch(f"{URL}{world.poverty_article.pk}/", change, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["errors"]


@pytest.mark.django_db
def test_delete_leaves_a_tombstone(editor, world):
    assert editor.delete(f"{URL}{world.helper_article.pk}/").status_code == 204
    assert Tombstone.objects.filter(model_label="articles.article").count() == 1
    assert editor.get(f"{URL}{world.helper_article.pk}/").status_code == 404
