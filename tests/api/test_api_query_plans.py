"""The pagination's plan-shaping (sort after filtering, ids before rows) returns exactly what plain ordering does."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.api.filters import contains_lookup
from core.api.ordering import sorted_by_the_database
from core.api.pagination import page_rows
from indicators.models import Indicator

URL = "/api/indicators/"


@pytest.fixture
def many(world) -> None:
    """Ties in value and NULL periods, so tie-breaking and NULL placement are exercised."""
    template = world.road_km
    for index in range(12):
        Indicator.objects.create(
            article=template.article, metric=f"测试指标{index % 3}", value=Decimal(index % 4), unit="个",
            quantity_text="1个", start_offset=1000 + index, end_offset=1002 + index, evidence_text="…",
            evidence_start=0, evidence_end=1, period_start=None if index % 2 else template.period_start,
        )  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize("ordering", [("-value", "pk"), ("period_start", "pk"), ("-period_start", "-pk"),
                                      ("locality__full_name", "metric", "pk")])  # fmt: skip
def test_sorted_by_the_database_keeps_the_order_of_plain_ordering(world, many, ordering) -> None:
    plain = Indicator.objects.order_by(*ordering)

    assert list(sorted_by_the_database(plain).values_list("pk", flat=True)) == list(plain.values_list("pk", flat=True))


@pytest.mark.django_db
def test_page_rows_reads_the_same_page_as_slicing(world, many) -> None:
    queryset = Indicator.objects.select_related("article", "locality").order_by("-value", "metric", "pk")
    for offset in (0, 5, 13):
        assert page_rows(queryset, offset, 5) == list(queryset[offset : offset + 5])
    assert page_rows(queryset, 500, 5) == []
    distinct = Indicator.objects.order_by("unit").values("unit").distinct()
    assert page_rows(distinct, 0, 10) == list(distinct[:10])


@pytest.mark.django_db
def test_every_page_of_the_api_together_is_the_whole_ordered_result(anonymous, world, many) -> None:
    expected = list(Indicator.objects.order_by("-value", "pk").values_list("pk", flat=True))
    seen, url = [], f"{URL}?ordering=-value&page_size=4"
    while url:
        body = anonymous.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]

    assert seen == expected


def test_case_is_ignored_only_where_letters_have_case() -> None:
    assert contains_lookup("贫困户") == "contains"
    assert contains_lookup("2.5") == "contains"
    assert contains_lookup("PM2.5") == "icontains"
    assert contains_lookup("gdp增速") == "icontains"


@pytest.mark.django_db
def test_metric_filter_ignores_case_of_latin_letters(anonymous, world) -> None:
    Indicator.objects.filter(pk=world.road_km.pk).update(metric="GDP增速")

    ids = [row["id"] for row in anonymous.get(f"{URL}?metric=gdp").json()["results"]]

    assert ids == [world.road_km.pk]


def walk(client, url: str) -> list[int]:
    seen: list[int] = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["previous"] is None
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    return seen


@pytest.mark.django_db
@pytest.mark.parametrize("ordering", [None, "-value", "unit,-value", "-id"])
def test_a_cursor_walk_is_the_whole_ordered_result(anonymous, world, many, ordering):
    query = f"&ordering={ordering}" if ordering else ""
    expected = walk(anonymous, f"{URL}?page_size=500{query}")

    assert walk(anonymous, f"{URL}?cursor=&page_size=3{query}") == expected and len(expected) == 16


@pytest.mark.django_db
def test_a_cursor_walk_neither_skips_nor_repeats_when_rows_are_deleted_meanwhile(anonymous, world, many):
    body = anonymous.get(f"{URL}?cursor=&page_size=5&ordering=-value").json()
    first = [row["id"] for row in body["results"]]
    Indicator.objects.filter(pk=first[0]).delete()

    rest = walk(anonymous, body["next"])

    assert first[1:] + rest == walk(anonymous, f"{URL}?page_size=500&ordering=-value")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["cursor=abc", "cursor=WzFd", "cursor=&ordering=period", "cursor=&page=2", "cursor=&ordering=locality"]
)
def test_bad_cursors_are_a_400(anonymous, world, query):
    response = anonymous.get(f"{URL}?{query}")

    assert response.status_code == 400
    assert "cursor" in response.json()["errors"]


@pytest.fixture
def shallow_pages(monkeypatch):
    from core.api.pagination import BoundedPageNumberPagination

    monkeypatch.setattr(BoundedPageNumberPagination, "max_depth", 6)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["page=4&page_size=2", "page=2&page_size=6", "page=7"])
def test_a_page_deeper_than_page_numbers_reach_is_a_400_naming_the_cursor(anonymous, world, many, shallow_pages, query):
    response = anonymous.get(f"{URL}?{query}")

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "combination_refused"
    assert "cursor=" in body["errors"]["page"][0]


@pytest.mark.django_db
@pytest.mark.parametrize("ordering", [None, "-value"])
def test_following_next_walks_on_by_cursor_past_the_last_numbered_page(anonymous, world, many, shallow_pages, ordering):
    query = f"&ordering={ordering}" if ordering else ""
    expected = walk(anonymous, f"{URL}?page_size=500{query}")
    url, seen, links = f"{URL}?page_size=2{query}", [], []
    while url:
        body = anonymous.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
        links.append(url)

    assert seen == expected and len(expected) == 16
    assert "page=2" in links[0] and "page=3" in links[1]
    assert "cursor=" in links[2] and "page=" not in links[2]  # page 3 ends the rows page numbers reach


@pytest.mark.django_db
def test_an_ordering_a_cursor_cannot_walk_ends_at_the_last_numbered_page(anonymous, world, many, shallow_pages):
    body = anonymous.get(f"{URL}?page_size=3&page=2&ordering=period").json()

    assert len(body["results"]) == 3 and body["next"] is None
