"""Before/after in one process, on a database `bench_api.py` filled: each new path beside the one it replaced.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/api_bench .venv/bin/python bench/bench_compare.py

- exports: CSV and JSON Lines through COPY and through Python (byte-identical, checked), rows/s of each;
- summaries: from the maintained per-place totals and from the figures themselves (identical bodies, checked);
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
    exports()
    summaries()
    list_pages()
