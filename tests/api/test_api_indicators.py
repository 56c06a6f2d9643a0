"""Indicators: every filter, ordering, evidence, the summary, and a constant number of queries."""

from __future__ import annotations

from decimal import Decimal

import pytest

from indicators.models import Indicator

URL = "/api/indicators/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.mark.django_db
def test_row_carries_its_evidence(anonymous, world, assert_matches_schema):
    response = anonymous.get(f"{URL}{world.loan_yuan.pk}/")
    assert response.status_code == 200
    assert_matches_schema(response, "/api/indicators/{id}/")
    row = response.json()
    assert row["value"] == "120000000.000000"  # exact, as a string
    assert row["locality_name"] == "青山省白水市东林县"
    assert row["program_name"] == "小额信贷扶贫工程"
    assert row["evidence"] == {
        "text": "扶贫小额信贷发放额120000000元",
        "start": 115,
        "end": 115 + len("扶贫小额信贷发放额120000000元"),
        "quantity_start": 120,
        "quantity_end": 130,
        "article_id": world.poverty_article.pk,
        "article_title": "扶贫小额信贷助力脱贫",
        "source_id": world.source.pk,
        "source_name": "2020-05-01.txt",
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a county includes its township and village, but not the zone whose name merely starts like it
        ("locality={county.pk}", ["road_km", "loan_yuan", "households"]),
        ("locality={county.code}", ["road_km", "loan_yuan", "households"]),
        ("locality={county.pk}&descendants=false", ["loan_yuan"]),
        ("locality={prefecture.code}", ["road_km", "loan_yuan", "households", "zone_yuan"]),
        ("locality={zone.pk}", ["zone_yuan"]),
        ("locality_level=village", ["households"]),
        ("program={program_national.pk}", ["road_km"]),
        ("source={source.pk}", ["road_km", "loan_yuan", "households", "zone_yuan"]),
        ("article={poverty_article.pk}", ["loan_yuan", "households"]),
        ("unit=元", ["loan_yuan", "zone_yuan"]),
        ("metric=贫困户", ["households"]),
        ("metric_exact=新建农村公路", ["road_km"]),
        ("qualifier=more_than", ["households"]),
        ("value_min=3000&value_max=60000", ["households", "zone_yuan"]),
        ("value_min=120000000", ["loan_yuan"]),
        ("period_from=2020-01-01", ["road_km", "zone_yuan"]),
        ("period_to=2020-12-31", ["road_km", "households"]),
        ("period_from=2020-01-01&period_to=2020-12-31", ["road_km"]),
        ("verified=true", ["loan_yuan"]),
        ("verified=false&unit=元", ["zone_yuan"]),
        ("locked=false&unit=元", ["loan_yuan", "zone_yuan"]),
        ("locked=true", []),
    ],
)
@pytest.mark.django_db
def test_filters(anonymous, world, assert_matches_schema, query, expected):
    response = anonymous.get(f"{URL}?{query.format(**vars(world))}&ordering=id")
    assert_matches_schema(response, URL)
    assert ids(response) == sorted(getattr(world, name).pk for name in expected)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("value_min=abc", "value_min"),
        ("value_min=10&value_max=5", "value_max"),
        ("period_from=2020-13-01", "period_from"),
        ("period_from=2021-01-01&period_to=2020-01-01", "period_to"),
        ("qualifier=roughly", "qualifier"),
        ("locality_level=planet", "locality_level"),
        ("locality=东林县", "locality"),
        ("program=1.5", "program"),
        ("article=-3", "article"),
        ("verified=maybe", "verified"),
        ("descendants=perhaps&locality=1", "descendants"),
        ("ordering=colour", "ordering"),
        ("page_size=0", "page_size"),
        ("page_size=100000", "page_size"),
        ("page=x", "page"),
    ],
)
@pytest.mark.django_db
def test_bad_filter_values_are_400_naming_the_parameter(anonymous, world, query, field):
    response = anonymous.get(f"{URL}?{query}")
    assert response.status_code == 400, response.content
    assert field in response.json()["errors"]


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("value", ["road_km", "households", "zone_yuan", "loan_yuan"]),
        ("-value", ["loan_yuan", "zone_yuan", "households", "road_km"]),
        ("period,id", ["households", "road_km", "zone_yuan", "loan_yuan"]),  # SQL nulls last ascending on both engines
        ("locality,-value", ["loan_yuan", "zone_yuan", "road_km", "households"]),
    ],
)
@pytest.mark.django_db
def test_ordering(anonymous, world, ordering, expected, django_db_blocker):
    got = ids(anonymous.get(f"{URL}?ordering={ordering}"))
    wanted = [getattr(world, name).pk for name in expected]
    if ordering.startswith("period"):
        # NULL placement differs between engines (SQLite first, PostgreSQL last): compare the dated rows only.
        got = [pk for pk in got if pk != world.loan_yuan.pk]
        wanted = [pk for pk in wanted if pk != world.loan_yuan.pk]
    assert got == wanted


@pytest.mark.django_db
def test_unknown_locality_is_a_400_naming_it(anonymous, world):
    for reference in ("123456789", "98", "999999999999"):
        response = anonymous.get(f"{URL}?locality={reference}")
        assert response.status_code == 400
        assert "locality" in response.content.decode() and reference in response.content.decode()


@pytest.mark.django_db
def test_code_prefixes_name_the_place_at_their_level(anonymous, world):
    """Official codes are 2+2+2+3+3 digits: 2, 4, 6, 9 or 12 digits name a province, prefecture, county, township or
    village — the place whose code is the prefix padded with zeros."""
    from localities.models import Locality

    expected = {}
    for level, place, prefix_length in (("prefecture", world.prefecture, 4), ("county", world.county, 6)):
        Locality.objects.filter(pk=place.pk).update(code=f"{place.code[:prefix_length]}".ljust(12, "0"))
        expected[level] = ids(anonymous.get(f"{URL}?locality={place.pk}"))
        place.refresh_from_db()
        prefix = place.code[:prefix_length]
        assert ids(anonymous.get(f"{URL}?locality={prefix}")) == expected[level], level
        assert ids(anonymous.get(f"{URL}?locality={place.code}")) == expected[level], level
    assert set(expected["county"]) < set(expected["prefecture"])


@pytest.mark.django_db
def test_pagination_is_bounded_and_deterministic(anonymous, world):
    first = anonymous.get(f"{URL}?page_size=3&ordering=unit").json()
    second = anonymous.get(f"{URL}?page_size=3&ordering=unit&page=2").json()
    assert first["count"] == 4 and first["count_is_exact"] is True
    assert first["next"].endswith("page=2&page_size=3&ordering=unit") or "page=2" in first["next"]
    assert second["previous"] and second["next"] is None
    seen = [r["id"] for r in first["results"]] + [r["id"] for r in second["results"]]
    assert sorted(seen) == sorted({*seen}) and len(seen) == 4
    assert anonymous.get(f"{URL}?page=3&page_size=3").status_code == 404


@pytest.mark.django_db
def test_count_stops_at_the_limit(anonymous, world, monkeypatch):
    from core.api.pagination import BoundedPageNumberPagination

    monkeypatch.setattr(BoundedPageNumberPagination, "count_limit", 2)
    body = anonymous.get(f"{URL}?page_size=1").json()
    assert body["count"] == 2 and body["count_is_exact"] is False and body["next"]


@pytest.mark.django_db
def test_list_query_count_is_constant(anonymous, world, django_assert_max_num_queries):
    # the place named, its subtree's ids, a bounded count, the page's ids (+1 to know about a next page), its rows
    with django_assert_max_num_queries(5):
        anonymous.get(f"{URL}?page_size=2&locality={world.prefecture.pk}")
    with django_assert_max_num_queries(3):
        anonymous.get(f"{URL}?page_size=500&unit=元&value_min=1")
    with django_assert_max_num_queries(1):
        anonymous.get(f"{URL}{world.road_km.pk}/")


# --- summary -------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_summary_per_locality(anonymous, world, assert_matches_schema, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = anonymous.get(f"{URL}summary/?unit=元&group_by=locality")
    assert response.status_code == 200, response.content
    assert_matches_schema(response, "/api/indicators/summary/")
    body = response.json()
    assert body["unit"] == "元" and body["group_by"] == "locality"
    assert body["total"]["count"] == 2 and Decimal(body["total"]["sum"]) == 120050000
    assert Decimal(body["total"]["min"]) == 50000 and Decimal(body["total"]["max"]) == 120000000
    by_label = {group["label"]: group for group in body["groups"]}
    assert Decimal(by_label["青山省白水市东林县"]["sum"]) == 120000000
    assert by_label["青山省白水市东林县开发区新港社区"]["key"] == str(world.zone_village.pk)


@pytest.mark.parametrize(
    ("query", "groups"),
    [
        ("unit=元&group_by=level", {"county": 1, "community": 1}),
        ("unit=元&group_by=period", {"2021": 1, None: 1}),
        ("unit=元&group_by=program", {str_pk: 1 for str_pk in ("{program_local.pk}", None)}),
        ("metric=贫困户&group_by=locality", {"{village.pk}": 1}),
    ],
)
@pytest.mark.django_db
def test_summary_groupings(anonymous, world, query, groups):
    response = anonymous.get(f"{URL}summary/?{query}")
    assert response.status_code == 200, response.content
    wanted = {key.format(**vars(world)) if key else None: count for key, count in groups.items()}
    assert {g["key"]: g["count"] for g in response.json()["groups"]} == wanted


@pytest.mark.django_db
def test_summary_refuses_to_sum_mixed_units(anonymous, world):
    response = anonymous.get(f"{URL}summary/?group_by=locality")
    assert response.status_code == 400
    assert "元" in response.json()["errors"]["unit"][0] and "户" in response.json()["errors"]["unit"][0]


@pytest.mark.parametrize("query", ["group_by=planet&unit=元", "unit=元&value_min=x"])
@pytest.mark.django_db
def test_summary_bad_parameters(anonymous, world, query):
    assert anonymous.get(f"{URL}summary/?{query}").status_code == 400


@pytest.mark.django_db
def test_summary_of_nothing(anonymous, world):
    body = anonymous.get(f"{URL}summary/?unit=光年&group_by=level").json()
    assert body["unit"] is None and body["groups"] == [] and body["total"]["count"] == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url, name",
    [
        (f"{URL}?value__gte=abc", "value__gte"),
        (f"{URL}?localty=1", "localty"),
        (f"{URL}?unit=元&format=csv&colour=red", "colour"),
        (f"{URL}summary/?unit=元&page=2", "page"),
        ("/api/articles/?q=扶贫&sort=title", "sort"),
        ("/api/localities/?levle=county", "levle"),
    ],
)
def test_unknown_parameters_are_a_400_naming_them(anonymous, world, url, name):
    response = anonymous.get(url)

    assert response.status_code == 400
    assert name in response.content.decode()


@pytest.mark.django_db
def test_every_documented_parameter_is_accepted(anonymous, world):
    query = "unit=元&ordering=-value&page=1&page_size=5&descendants=true&locality_level=county&format=json"
    assert anonymous.get(f"{URL}?{query}").status_code == 200
    assert anonymous.get(f"{URL}summary/?unit=元&group_by=level").status_code == 200


@pytest.mark.django_db
def test_summary_rolls_figures_up_to_the_level_asked(anonymous, world):
    """Each figure is added to the county (or zone, at county rank), prefecture or province it lies in; a figure
    above that level forms the null group; the groups add up to the total exactly."""
    Indicator.objects.filter(pk=world.road_km.pk).update(unit="元", value="0.000001", locality=world.prefecture)

    def groups(level: str) -> dict:
        body = anonymous.get(f"{URL}summary/?unit=元&group_by={level}").json()
        assert body["total"]["count"] == sum(group["count"] for group in body["groups"])
        return {group["key"]: (group["label"], group["count"], Decimal(str(group["sum"]))) for group in body["groups"]}

    by_county = groups("county")
    assert by_county[str(world.county.pk)] == ("青山省白水市东林县", 1, Decimal(120000000))
    assert by_county[str(world.zone.pk)] == ("青山省白水市东林县开发区", 1, Decimal(50000))
    assert by_county[None][1] == 1  # the prefecture-wide figure lies in no county
    assert list(by_county)[-1] is None
    assert groups("prefecture") == {str(world.prefecture.pk): ("青山省白水市", 3, Decimal("120050000.000001"))}
    assert groups("province") == {str(world.province.pk): ("青山省", 3, Decimal("120050000.000001"))}


@pytest.mark.django_db
def test_summary_groups_come_in_numeric_order_of_their_key(anonymous, world):
    from localities.models import Locality

    places = [Locality.objects.create(name=f"{n}号村", level="village", parent=world.township) for n in range(12)]
    for index, place in enumerate(places):
        Indicator.objects.create(
            article=world.road_km.article, locality=place, metric="测试", value=index, unit="个", quantity_text="1个",
            start_offset=2000 + index, end_offset=2001 + index, evidence_text="…", evidence_start=0, evidence_end=1,
        )  # fmt: skip

    keys = [group["key"] for group in anonymous.get(f"{URL}summary/?unit=个&group_by=locality").json()["groups"]]

    assert keys == sorted(keys, key=int) and len(keys) == 12
