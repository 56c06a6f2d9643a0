"""Writers side by side and honest counts: no global lock, no duplicate rows, every created row counted once."""

from __future__ import annotations

import threading

import pytest
from django.db import connection
from django.db.models import Count

from articles.models import Article, Source
from core.models import ImportRun
from core.sync import Tally
from indicators.models import Indicator
from localities.models import Locality, LocalityMention
from programs.models import Program
from tests.ingest.conftest import forget_pages, page_rows

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_shared_row_counts_once_with_its_strongest_outcome():
    first, second = Tally(), Tally()
    first.add_shared("localities", 7, "created")
    second.add_shared("localities", 7, "unchanged")  # another page (or worker) met the row it created
    second.add_shared("localities", 8, "unchanged")
    second.add("indicators", "created", 3)
    total = Tally()
    total.merge(second)
    total.merge(first)
    assert total.as_dict() == {"indicators": {"created": 3}, "localities": {"created": 1, "unchanged": 1}}
    assert total.total("created") == 4


def test_a_first_import_reports_every_row_it_created_as_created(small_batch, run_import):
    """Pages share their province, city and programs: the first import created them, whichever page met them."""
    code, _, err = run_import(str(small_batch(4)))
    assert code == 0, err
    counts = ImportRun.objects.get().counts
    assert counts["localities"] == {"created": Locality.objects.count()}
    assert counts["sources"] == {"created": Source.objects.count()}
    assert counts["articles"] == {"created": Article.objects.count()}
    assert counts["indicators"] == {"created": Indicator.objects.count()}
    if Program.objects.exists():
        assert counts["programs"] == {"created": Program.objects.count()}


def test_a_first_import_with_writing_workers_counts_the_same(small_batch, run_import):
    code, _, err = run_import(str(small_batch(6)), "--workers", "2")
    assert code == 0, err
    run = ImportRun.objects.get()
    assert run.counts["localities"] == {"created": Locality.objects.count()}
    assert run.inserted == sum(per.get("created", 0) for per in run.counts.values())


def duplicates() -> dict[str, int]:
    """Rows that share a natural key (what the unique constraints forbid; counted as a check of them)."""
    return {
        "places": Locality.objects.values("parent", "name").annotate(n=Count("id")).filter(n__gt=1).count(),
        "programs": Program.objects.values("locality", "name").annotate(n=Count("id")).filter(n__gt=1).count(),
        "sources": Source.objects.values("name").annotate(n=Count("id")).filter(n__gt=1).count(),
        "mentions": LocalityMention.objects.values("article", "identity")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .count(),
    }


def test_two_importers_with_writing_workers_on_overlapping_folders(small_batch, run_import):
    """Two runs, each with two writing workers, over folders that share half their pages, at the same time: every
    page once (a copy under another folder is the same page), every place once, and the same rows as one import
    of all the pages alone."""
    if connection.vendor != "postgresql":
        pytest.skip("parallel writers are a PostgreSQL feature; SQLite serialises writers")
    union = small_batch(8, name="union")
    left, right = union.parent / "left", union.parent / "right"
    for folder, names in ((left, range(0, 6)), (right, range(2, 8))):
        folder.mkdir()
        for i in names:
            (folder / f"{i:03d}.txt").write_bytes((union / f"{i:03d}.txt").read_bytes())
    codes: list[int] = []

    def importer(folder):
        try:
            codes.append(run_import(str(folder), "--workers", "2")[0])
        finally:
            connection.close()

    threads = [threading.Thread(target=importer, args=(folder,)) for folder in (left, right)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert codes == [0, 0]
    assert duplicates() == {"places": 0, "programs": 0, "sources": 0, "mentions": 0}
    concurrent = page_rows(), Locality.objects.count(), Program.objects.count()
    forget_pages()
    code, _, err = run_import(str(union))  # one clean import of the same pages, alone
    assert code == 0, err
    assert (page_rows(), Locality.objects.count(), Program.objects.count()) == concurrent
    assert Source.objects.count() == 8
