"""CSV: every list, whole filtered result, UTF-8 with BOM, streaming; `?format=csv` or `Accept: text/csv`."""

from __future__ import annotations

import codecs
import csv
import io

import pytest


def read_csv(response) -> list[dict]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body.startswith(codecs.BOM_UTF8)
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    ("resource", "rows"), [("sources", 1), ("articles", 4), ("localities", 7), ("programs", 2), ("indicators", 4)]
)
@pytest.mark.django_db
def test_every_list_exports_all_rows_whatever_the_page_size(anonymous, world, resource, rows):
    response = anonymous.get(f"/api/{resource}/?format=csv&page_size=1")
    assert response.streaming
    assert "attachment" in response["Content-Disposition"]
    assert len(read_csv(response)) == rows


@pytest.mark.django_db
def test_accept_header_and_filters_and_evidence_columns(anonymous, world):
    response = anonymous.get("/api/indicators/?unit=元&ordering=-value", HTTP_ACCEPT="text/csv")
    rows = read_csv(response)
    assert [row["metric"] for row in rows] == ["扶贫小额信贷发放额", "社区公益资金"]
    assert rows[0]["evidence.text"] == "扶贫小额信贷发放额120000000元"
    assert rows[0]["evidence.source_name"] == "2020-05-01.txt"
    assert rows[0]["locality_name"] == "青山省白水市东林县"
    assert rows[1]["program"] == ""  # None is an empty cell


@pytest.mark.django_db
def test_empty_result_still_has_a_header(anonymous, world):
    rows_text = b"".join(anonymous.get("/api/indicators/?unit=光年&format=csv").streaming_content).decode("utf-8-sig")
    assert rows_text.splitlines()[0].startswith("id,metric,value,unit")


@pytest.mark.django_db
def test_lists_are_joined_in_one_cell(anonymous, world):
    rows = read_csv(anonymous.get("/api/programs/?format=csv&national=true"))
    assert rows[0]["aliases"] == "乡村振兴战略"


@pytest.mark.django_db
def test_search_results_export_in_rank_order(anonymous, world):
    rows = read_csv(anonymous.get("/api/articles/", {"q": "扶贫", "format": "csv"}))
    assert [int(row["id"]) for row in rows] == [
        world.poverty_article.pk,
        world.revival_article.pk,
        world.grid_article.pk,
    ]


@pytest.mark.django_db
def test_summary_and_detail_as_csv(anonymous, world):
    summary = read_csv(anonymous.get("/api/indicators/summary/?unit=元&group_by=level&format=csv"))
    assert {row["key"]: row["count"] for row in summary} == {"community": "1", "county": "1"}
    detail = read_csv(anonymous.get(f"/api/localities/{world.village.pk}/?format=csv"))
    assert detail[0]["full_name"] == "青山省白水市东林县石桥镇柳树村"


@pytest.mark.django_db
def test_bad_filter_with_csv_is_still_a_400(anonymous, world):
    assert anonymous.get("/api/indicators/?format=csv&value_min=x").status_code == 400
