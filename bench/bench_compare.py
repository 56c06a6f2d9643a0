"""Before/after in one process, on a database `bench_api.py` filled: each new path beside the one it replaced.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/api_bench .venv/bin/python bench/bench_compare.py [PART ...]

(PART: exports, summaries, ranked_search_pages, summary_index, export_article_index, list_pages; all by default.)

- exports: CSV and JSON Lines through COPY and through Python (byte-identical, checked), rows/s of each;
- summaries: from the maintained per-place totals and from the figures themselves (identical bodies, checked);
- ranked search: the page's ids from all candidates sorted in Python (`ranked_candidates`) and from PostgreSQL's
  top-N sort (`RankedSearch`), alternated, identical ids checked;
- summary rollups: the statement with and without the totals' covering index (dropped inside a rolled-back
  transaction), alternated;
- export article index: a township's and a county's CSV with and without the articles' (id, title, source) index
  (dropped inside a rolled-back transaction), alternated, identical bodies checked;
- list pages: DRF and the bare view (which returns the API's exact records), requests alternated A B A B so both
  see the same load; the median of each and their ratio.
Requests go through Django's test client (no HTTP server): the figures are the application's own cost.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
os.environ["API_ANON_RATE"] = "1000000000/second"

import bench_api  # noqa: E402  (installs the bare views)
from django.test import Client  # noqa: E402

import core.api.viewsets  # noqa: E402
from indicators.views import IndicatorViewSet  # noqa: E402

CLIENT = Client()
YUAN = urllib.parse.quote("元")


def get(url: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    response = CLIENT.get(url, HTTP_HOST="127.0.0.1")
    assert response.status_code == 200, response.status_code
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return time.perf_counter() - started, body


def exports() -> None:
    for query in ("locality=370101&format=csv", "locality=3701&format=csv", "locality=3701&format=jsonl"):
        url = f"/api/indicators/?{query}"
        fast, body = get(url)
        real = core.api.viewsets.copy_csv, core.api.viewsets.copy_json_lines
        core.api.viewsets.copy_csv = core.api.viewsets.copy_json_lines = lambda *args: None
        slow, python_body = get(url)
        core.api.viewsets.copy_csv, core.api.viewsets.copy_json_lines = real
        rows = body.count(b"\n") - ("csv" in query)
        print(
            f"export {query:32} {rows:8} rows  COPY {rows / fast:8.0f} rows/s  Python {rows / slow:8.0f} rows/s  "
            f"identical {body == python_body}"
        )


def summaries() -> None:
    for group_by in ("county", "prefecture", "province"):
        url = f"/api/indicators/summary/?unit={YUAN}&group_by={group_by}"
        get(url)
        totals = [get(url) for _ in range(7)]
        real = IndicatorViewSet.totals_answer
        IndicatorViewSet.totals_answer = lambda self, group_by: False
        rows = [get(url) for _ in range(3)]
        IndicatorViewSet.totals_answer = real
        same = totals[0][1] == rows[0][1]
        print(
            f"summary by {group_by:10}  totals {statistics.median(t for t, _ in totals) * 1000:7.1f} ms  "
            f"figures {statistics.median(t for t, _ in rows) * 1000:7.1f} ms  identical {same}"
        )


def alternated(first, second, runs: int = 21) -> tuple[float, float]:
    """Medians (ms) of `first` and `second` called in turn, so a burst of load from elsewhere falls on both."""
    a, b = [], []
    for _ in range(runs):
        for calls, times in ((first, a), (second, b)):
            started = time.perf_counter()
            calls()
            times.append(time.perf_counter() - started)
    return statistics.median(a) * 1000, statistics.median(b) * 1000


def ranked_search_pages() -> None:
    from articles.api_selectors import article_list_queryset, search_articles
    from core.api.fulltext import ranked_candidates, ranked_search

    for word in ("扶贫", bench_api.RARE_WORD):
        searched = search_articles(article_list_queryset(), word)
        every = ranked_candidates(searched)
        same = ranked_search(searched).page(0, 51) == (len(every), every[:51])
        python, database = alternated(
            lambda s=searched: ranked_candidates(s)[:51], lambda s=searched: ranked_search(s).page(0, 51)
        )
        print(
            f"search {word:4}  all candidates to Python {python:6.1f} ms  top-N in PostgreSQL {database:6.1f} ms  "
            f"identical {same}"
        )


def summary_index() -> None:
    from django.db import connection, transaction

    from indicators.api_selectors import summarise
    from indicators.models import UnitPlaceTotal

    def without_index(group_by: str):
        def run() -> None:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("DROP INDEX IF EXISTS unit_place_total_measures")
                summarise(UnitPlaceTotal.objects.filter(unit="元"), group_by)
                transaction.set_rollback(True)

        return run

    def with_index(group_by: str):
        def run() -> None:
            with transaction.atomic():
                summarise(UnitPlaceTotal.objects.filter(unit="元"), group_by)

        return run

    for group_by in ("county", "prefecture", "province"):
        plain, covered = alternated(without_index(group_by), with_index(group_by))
        print(f"summary rollup by {group_by:10}  heap {plain:6.1f} ms  index-only {covered:6.1f} ms")


def export_article_index(runs: int = 7) -> None:
    from django.db import connection, transaction

    def export(query: str, drop: bool) -> bytes:
        with transaction.atomic(), connection.cursor() as cursor:
            if drop:
                cursor.execute("DROP INDEX IF EXISTS article_title_source")
            body = get(f"/api/indicators/?{query}")[1]
            transaction.set_rollback(True)
        return body

    for query in ("locality=370101001&format=csv", "locality=370101&format=csv"):
        same = export(query, True) == export(query, False)
        table, index = alternated(lambda q=query: export(q, True), lambda q=query: export(q, False), runs)
        rows = export(query, False).count(b"\n") - 1
        print(
            f"export {query:32} {rows:7} rows  through the table {table:7.0f} ms ({rows / table * 1000:6.0f} rows/s)  "
            f"through the index {index:7.0f} ms ({rows / index * 1000:6.0f} rows/s)  identical {same}"
        )


def list_pages() -> None:
    for query in ("", "?locality=370101001001", "?locality=370101001", "?locality=370101",
                  f"?locality=370101&unit={YUAN}&ordering=-value"):  # fmt: skip
        drf, bare = f"/api/indicators/{query}", f"/bench/indicators/{query}"
        for _ in range(3):
            get(drf), get(bare)
        drf_times, bare_times = [], []
        for _ in range(40):  # alternated, so a burst of load from elsewhere falls on both
            drf_times.append(get(drf)[0])
            bare_times.append(get(bare)[0])
        a, b = statistics.median(drf_times) * 1000, statistics.median(bare_times) * 1000
        print(f"list {query or '(no filter)':40}  DRF {a:6.1f} ms  bare {b:6.1f} ms  ratio {a / b:.2f}")


if __name__ == "__main__":
    print(f"load average {os.getloadavg()}; bare pages return the API's records: ", end="")
    print(bench_api.json.loads(get("/api/indicators/?locality=370101")[1])["results"]
          == bench_api.json.loads(get("/bench/indicators/?locality=370101")[1])["results"])  # fmt: skip
    only = sys.argv[1:] or [
        "exports", "summaries", "ranked_search_pages", "summary_index", "export_article_index", "list_pages"
    ]  # fmt: skip
    for name in only:
        globals()[name]()
