"""`export_extraction` prints documents in the gold files' shape."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db(transaction=True)

PAGE = """\
兰陵县农村公路建设提速

本报临沂讯 今年以来，兰陵县新建农村公路120公里，改造危房356户。
"""


def export(*args: str) -> list[dict]:
    out = StringIO()
    call_command("export_extraction", *args, stdout=out)
    return json.loads(out.getvalue())


def test_export_has_the_gold_shape(write_page, page_dir, run_import):
    write_page("linyi.txt", PAGE)
    assert run_import(str(page_dir))[0] == 0
    [doc] = export()
    assert set(doc) == {"source", "articles", "localities", "programs", "indicators"}
    assert doc["source"] == "linyi.txt"
    article = doc["articles"][0]
    assert set(article) == {"title", "subtitle", "kind", "byline", "dateline", "body_start", "locality"}
    county = next(loc for loc in doc["localities"] if loc["name"] == "兰陵县")
    assert county["full_name"] == "山东省临沂市兰陵县"
    assert county["parent_full_name"] == "山东省临沂市"
    assert county["level"] == "county" and county["code"].startswith("371324")
    road = next(i for i in doc["indicators"] if i["unit"] == "公里")
    assert road["value"] == 120 and road["qualifier"] == "exact"
    assert "120公里" in road["text"]


def test_export_of_an_unknown_source_is_an_error():
    with pytest.raises(CommandError, match="no such source"):
        export("--source", "missing.txt")
