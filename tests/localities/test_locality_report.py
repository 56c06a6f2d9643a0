"""`locality_report`: official-code coverage per level and the uncoded places an editor should check."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from articles.models import Article, Source
from localities.models import Locality, LocalityMention

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree() -> dict[str, Locality]:
    province = Locality.objects.create(name="山西省", level="province", code="140000000000", full_name="山西省")
    city = Locality.objects.create(
        name="阳泉市", level="prefecture", parent=province, code="140300000000", full_name="山西省阳泉市"
    )
    zone = Locality.objects.create(
        name="阳泉高新技术产业开发区", level="zone", parent=city, full_name="山西省阳泉市阳泉高新技术产业开发区",
        in_gazetteer=False, verified=False,
    )  # fmt: skip
    county = Locality.objects.create(name="盂县", level="county", parent=city, full_name="山西省阳泉市盂县")
    village = Locality.objects.create(name="庙岭村", level="village", parent=zone, full_name=zone.full_name + "庙岭村")
    source = Source.objects.create(name="p.txt", content_hash="0" * 64, text="阳泉高新区庙岭村。高新区。", year=2023)
    article = Article.objects.create(source=source, position=1, title="t", body=source.text, start_offset=0,
                                     end_offset=len(source.text))  # fmt: skip
    for start, end in ((0, 5), (9, 12)):
        LocalityMention.objects.create(article=article, locality=zone, start_offset=start, end_offset=end,
                                       text=source.text[start:end])  # fmt: skip
    return {"province": province, "city": city, "zone": zone, "county": county, "village": village}


def report(*args: str) -> str:
    out = io.StringIO()
    call_command("locality_report", *args, stdout=out)
    return out.getvalue()


def test_json_report_counts_codes_per_level_and_lists_uncoded_places_most_mentioned_first(tree) -> None:
    document = json.loads(report("--json"))

    levels = {row["level"]: (row["total"], row["coded"]) for row in document["levels"]}
    assert levels == {"province": (1, 1), "prefecture": (1, 1), "county": (1, 0), "zone": (1, 0), "village": (1, 0)}
    assert [row["level"] for row in document["levels"]] == ["province", "prefecture", "county", "zone", "village"]
    assert document["county_and_above"] == {"total": 3, "coded": 2, "share": pytest.approx(2 / 3)}
    uncoded = [(row["full_name"], row["mentions"]) for row in document["uncoded"]]
    assert uncoded == [("山西省阳泉市阳泉高新技术产业开发区", 2), ("山西省阳泉市盂县", 0)]


def test_table_report_names_the_uncoded_places(tree) -> None:
    text = report()

    assert "province/prefecture/county with a code: 2/3 (66.7%)" in text
    assert "山西省阳泉市阳泉高新技术产业开发区  (2 mentions)" in text
    assert "庙岭村" not in text  # villages without codes are common (natural villages) and not listed


def test_report_on_an_empty_database_says_so_without_dividing_by_zero() -> None:
    assert "with a code: 0/0 (–)" in report()
    assert json.loads(report("--json"))["county_and_above"]["share"] is None
