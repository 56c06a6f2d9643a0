"""The pipeline end to end on a small hand-written page: rows, evidence, idempotency, editors winning, atomicity."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from django.db import connection

from articles.models import Article, Source
from core.corrections import delete_by_editor, lock_fields
from core.models import ImportRun, Tombstone
from indicators.models import Indicator
from localities.models import Locality

pytestmark = pytest.mark.django_db(transaction=True)

PAGE = """\
兰陵县农村公路建设提速

□ 本报记者 王明

本报临沂讯 今年以来，兰陵县新建农村公路120公里，改造危房356户，发放扶贫小额信贷1.2亿元。

兰陵县卞庄街道投入资金300万元，建成美丽乡村示范村8个。
"""


@pytest.fixture
def imported(write_page, page_dir, run_import):
    path = write_page("linyi.txt", PAGE)
    code, _, err = run_import(str(page_dir))
    assert code == 0, err
    return path


def figure(value: str, unit: str) -> Indicator:
    return Indicator.objects.get(value=Decimal(value), unit=unit)


def test_page_becomes_articles_places_and_indicators(imported):
    source = Source.objects.get()
    article = Article.objects.get(source=source)
    assert article.title == "兰陵县农村公路建设提速"
    assert source.text[article.start_offset : article.end_offset].startswith("兰陵县农村公路建设提速")
    county = Locality.objects.get(name="兰陵县")
    assert county.code and county.code.startswith("3713")
    assert county.parent.name == "临沂市"
    road = figure("120", "公里")
    assert source.text[road.start_offset : road.end_offset].startswith("120")
    assert source.text[road.evidence_start : road.evidence_end] == road.evidence_text
    assert figure("120000000", "元").locality.name == "兰陵县"
    assert figure("3000000", "元").locality.name in {"卞庄街道", "兰陵县"}


def test_second_import_writes_nothing(imported, page_dir, run_import):
    before = Indicator.objects.count(), Locality.objects.count(), Article.objects.count()
    run_import(str(page_dir))
    run = ImportRun.objects.order_by("-id").first()
    assert run.inserted == 0 and run.updated == 0
    assert (Indicator.objects.count(), Locality.objects.count(), Article.objects.count()) == before


def test_locked_field_survives_reimport_of_a_changed_file(imported, page_dir, run_import):
    road = figure("120", "公里")
    road.value = Decimal("121")
    lock_fields(road, ["value"])
    road.save()
    imported.write_text(PAGE + "\n全县新增就业岗位500个。\n", encoding="utf-8")
    code, _, err = run_import(str(page_dir))
    assert code == 0, err
    road.refresh_from_db()
    assert road.value == Decimal("121") and road.locked_fields == ["value"]
    assert Indicator.objects.filter(value=500, unit="个").exists()


def test_row_deleted_by_editor_stays_deleted(imported, page_dir, run_import):
    delete_by_editor(figure("356", "户"))
    assert Tombstone.objects.count() == 1
    imported.write_text(PAGE + "\n全县新增就业岗位500个。\n", encoding="utf-8")
    run_import(str(page_dir))
    assert not Indicator.objects.filter(value=356, unit="户").exists()


def test_failure_mid_file_leaves_nothing_behind(write_page, page_dir, run_import, monkeypatch):
    write_page("linyi.txt", PAGE)

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("ingest.persist.sync_indicators", explode)
    code, _, err = run_import(str(page_dir))
    assert code != 0 and "disk on fire" in err
    assert Source.objects.count() == 0 and Article.objects.count() == 0 and Locality.objects.count() == 0
    assert "Traceback" in ImportRun.objects.get().errors[0]["traceback"]
    monkeypatch.undo()
    code, _, err = run_import(str(page_dir))
    assert code == 0, err
    assert Indicator.objects.filter(value=120, unit="公里").exists()


def test_two_concurrent_imports_do_not_duplicate(write_page, page_dir, run_import):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is a PostgreSQL concern; SQLite serialises writers")
    write_page("linyi.txt", PAGE)
    write_page("second.txt", PAGE.replace("兰陵县", "郯城县"))
    codes: list[int] = []

    def worker():
        try:
            codes.append(run_import(str(page_dir))[0])
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert codes == [0, 0]
    assert Source.objects.count() == 2
    assert Indicator.objects.filter(value=120, unit="公里").count() == 2
    assert Locality.objects.filter(name="临沂市").count() == 1
