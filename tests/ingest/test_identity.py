"""Source identity: no page overwrites another, the same page is recognised wherever it lies, a re-OCR updates it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from articles.metadata import Masthead
from articles.models import Article, Source
from core.models import ImportRun
from indicators.models import Indicator
from ingest.identity import from_path, identify, relative_path

PAGE_A = """\
兰陵县农村公路建设提速

本报临沂讯 今年以来，兰陵县新建农村公路120公里，改造危房356户，发放扶贫小额信贷1.2亿元。
"""
PAGE_B = """\
郯城县美丽乡村建设见成效

本报临沂讯 今年以来，郯城县建成美丽乡村示范村8个，新建村级文化广场30处。
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def counts() -> tuple[int, int, int]:
    return Source.objects.count(), Article.objects.count(), Indicator.objects.count()


# -- pure rules -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("archive/枣庄日报_20201110_03.txt", Masthead("枣庄日报", date(2020, 11, 10), 3)),
        ("archive/zzrb-2020-11-10-p3.txt", Masthead("zzrb", date(2020, 11, 10), 3)),
        ("archive/2020-11-10/03.txt", Masthead(None, date(2020, 11, 10), 3)),
        ("zzrb/2020/1110/03.txt", Masthead(None, date(2020, 11, 10), 3)),
        ("枣庄日报/2020-11-10/第3版.txt", Masthead("枣庄日报", date(2020, 11, 10), 3)),
        ("pages/20201110_12.txt", Masthead(None, date(2020, 11, 10), 12)),
        ("pages/page1.txt", Masthead()),  # a number without a date is not a page number
        ("seeds/000_64d3de59c7cdb626.txt", Masthead()),
        ("pages/2020-13-45/03.txt", Masthead()),  # not a date
    ],
)
def test_file_name_patterns(path, expected):
    assert from_path(path) == expected


def test_identity_is_paper_date_page_when_all_are_known_else_the_path():
    printed = Masthead("枣庄日报", date(2020, 11, 10), 3)
    assert identify("x/whatever.txt", printed).name == "枣庄日报 2020-11-10 第3版"
    assert identify("x/枣庄日报_20201110_03.txt", Masthead()).name == "枣庄日报 2020-11-10 第3版"
    # What the page prints wins over the file name.
    assert identify("x/zzrb-2020-11-10-p4.txt", printed).page == 3
    partial = identify("archive/2020-11-10/03.txt", Masthead())
    assert (partial.name, partial.published_on, partial.page, partial.publication) == (
        "archive/2020-11-10/03.txt",
        date(2020, 11, 10),
        3,
        "",
    )


def test_relative_path_starts_with_the_folder_named():
    assert relative_path("/data/archive/2020-11-10/01.txt", "/data/archive") == "archive/2020-11-10/01.txt"
    assert relative_path("/data/archive/2020-11-10/01.txt", None) == "2020-11-10/01.txt"


# -- on the database --------------------------------------------------------------------------------------------

on_database = pytest.mark.django_db(transaction=True)


@on_database
def test_same_file_name_in_two_folders_is_two_sources(tmp_path, run_import):
    write(tmp_path / "pages" / "a" / "page1.txt", PAGE_A)
    write(tmp_path / "pages" / "b" / "page1.txt", PAGE_B)
    code, _out, err = run_import(str(tmp_path / "pages"))
    assert code == 0, err
    assert sorted(Source.objects.values_list("name", flat=True)) == ["pages/a/page1.txt", "pages/b/page1.txt"]
    assert Indicator.objects.filter(unit="公里", value=120).count() == 1
    assert Indicator.objects.filter(unit="处", value=30).count() == 1
    assert ImportRun.objects.get().counts["indicators"].get("deleted", 0) == 0


@on_database
def test_two_imports_of_folders_sharing_file_names_keep_both_pages(tmp_path, run_import):
    write(tmp_path / "2020-11-10" / "01.txt", PAGE_A)
    write(tmp_path / "2020-11-11" / "01.txt", PAGE_B)
    assert run_import(str(tmp_path / "2020-11-10"))[0] == 0
    assert run_import(str(tmp_path / "2020-11-11"))[0] == 0
    sources = {s.name: s for s in Source.objects.all()}
    assert set(sources) == {"2020-11-10/01.txt", "2020-11-11/01.txt"}
    assert sources["2020-11-10/01.txt"].published_on == date(2020, 11, 10)
    assert sources["2020-11-11/01.txt"].page == 1
    assert Indicator.objects.filter(unit="公里", value=120).count() == 1


@on_database
def test_the_same_folder_imported_from_two_parents_is_the_same_sources(tmp_path, run_import):
    write(tmp_path / "one" / "pages" / "a.txt", PAGE_A)
    write(tmp_path / "one" / "pages" / "b.txt", PAGE_B)
    run_import(str(tmp_path / "one" / "pages"))
    clean = counts()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "pages").rename(tmp_path / "two" / "pages")
    code, _, err = run_import(str(tmp_path / "two" / "pages"))
    assert code == 0, err
    assert counts() == clean
    assert ImportRun.objects.order_by("-id").first().counts["sources"] == {"unchanged": 2}


@on_database
def test_a_page_moved_between_folders_stays_one_source(tmp_path, run_import):
    page = write(tmp_path / "pages" / "a" / "p.txt", PAGE_A)
    write(tmp_path / "pages" / "b" / "q.txt", PAGE_B)
    run_import(str(tmp_path / "pages"))
    clean = counts()
    source_id = Source.objects.get(name="pages/a/p.txt").pk
    (tmp_path / "pages" / "c").mkdir()
    page.rename(tmp_path / "pages" / "c" / "p.txt")
    code, _, err = run_import(str(tmp_path / "pages"))
    assert code == 0, err
    assert counts() == clean
    assert Source.objects.filter(pk=source_id).exists()


@on_database
def test_a_re_ocr_updates_its_page_and_a_different_page_never_replaces_one(tmp_path, run_import):
    masthead = "枣庄日报 2020年11月10日 星期二 第3版\n\n"
    write(tmp_path / "scan1" / "page.txt", masthead + PAGE_A)
    run_import(str(tmp_path / "scan1"))
    source = Source.objects.get()
    assert (source.name, source.publication, source.published_on, source.page, source.year) == (
        "枣庄日报 2020-11-10 第3版",
        "枣庄日报",
        date(2020, 11, 10),
        3,
        2020,
    )
    # The same printed page, OCR'd again into another folder: it updates, it does not duplicate.
    write(tmp_path / "scan2" / "page.txt", masthead + PAGE_A.replace("120公里", "125公里"))
    run_import(str(tmp_path / "scan2"))
    assert Source.objects.get().pk == source.pk
    assert Indicator.objects.filter(unit="公里", value=125).count() == 1
    assert not Indicator.objects.filter(unit="公里", value=120).exists()
    # Page 4 of the same day, under the same file name: a different page, a new source.
    write(tmp_path / "scan3" / "page.txt", masthead.replace("第3版", "第4版") + PAGE_B)
    run_import(str(tmp_path / "scan3"))
    assert Source.objects.count() == 2
    assert Indicator.objects.filter(unit="公里", value=125).count() == 1


@on_database
def test_source_metadata_from_the_file_name_is_marked_as_such(tmp_path, run_import):
    write(tmp_path / "archive" / "枣庄日报_20201110_03.txt", PAGE_A)
    write(tmp_path / "archive" / "plain.txt", PAGE_B)
    run_import(str(tmp_path / "archive"))
    named = Source.objects.get(page=3)
    assert (named.name, named.publication, named.publication_inferred, named.path) == (
        "枣庄日报 2020-11-10 第3版",
        "枣庄日报",
        True,
        "archive/枣庄日报_20201110_03.txt",
    )
    plain = Source.objects.get(path="archive/plain.txt")
    assert (plain.publication, plain.published_on, plain.page) == ("", None, None)  # left for the editor


@on_database
def test_api_filters_and_orders_by_publication_date_and_page(tmp_path, run_import, client):
    write(tmp_path / "archive" / "枣庄日报_20201110_03.txt", PAGE_A)
    write(tmp_path / "archive" / "枣庄日报_20201111_01.txt", PAGE_B)
    write(tmp_path / "archive" / "plain.txt", PAGE_A + "\n另起一段。\n")
    run_import(str(tmp_path / "archive"))
    listing = client.get("/api/sources/", {"publication": "枣庄日报", "ordering": "page"}).json()
    assert [r["page"] for r in listing["results"]] == [1, 3]
    assert {"path", "page", "publication", "published_on"} <= set(listing["results"][0])
    in_range = client.get("/api/sources/", {"date_from": "2020-11-11", "date_to": "2020-11-30"}).json()
    assert [r["published_on"] for r in in_range["results"]] == ["2020-11-11"]
    articles = client.get("/api/articles/", {"page_number": 3}).json()
    assert articles["results"] and {a["page"] for a in articles["results"]} == {3}
    assert {a["publication"] for a in articles["results"]} == {"枣庄日报"}
    assert client.get("/api/sources/", {"page_number": "x"}).status_code == 400
