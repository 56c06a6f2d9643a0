"""Benchmark of the REST API on PostgreSQL at scale, beside bare Django views running the same queries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/api_bench .venv/bin/python bench/bench_api.py --indicators 50000

1. migrates the database and fills it with synthetic rows (default 1,000,000 indicators over 100,000 articles; a
   locality tree of ~11,000 places) — only if it is empty or holds an earlier benchmark's rows (never anything else);
2. serves the project with gunicorn on 127.0.0.1, with extra `/bench/…` URLs: plain Django views that run the same
   queries as the API and return a `JsonResponse`;
3. requests each scenario N times from concurrent clients and prints p50/p99 latency and requests per second, for DRF
   and for bare Django, and their ratio (the figure that matters: what DRF, filters and serializers cost).

Imported by gunicorn (as `bench_api:application`) this module is the WSGI app: the project plus the bare views.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from bench_fill import FILL_VERSION, RARE_WORD, fill

ROOT = Path(__file__).resolve().parent.parent
PAGE = 50


# --------------------------------------------------------------------------------------------------------------
# The WSGI app gunicorn serves: the project's URLs plus bare views (only defined when imported, not run).
# --------------------------------------------------------------------------------------------------------------


def _bare_urlpatterns() -> list:
    from django.http import JsonResponse
    from django.urls import path
    from django.utils import timezone

    from articles.api_selectors import article_list_queryset, search_articles
    from core.api.fulltext import RELEVANCE_ORDERING, bounded_relevance, ranked_search
    from core.api.ordering import sorted_by_the_database
    from indicators.api_selectors import indicator_list_queryset, summarise
    from indicators.filters import metric_contains
    from indicators.models import UnitPlaceTotal
    from localities.api_selectors import in_locality

    def page_of(queryset, fields: list[str], page: int = 1, shape=dict) -> JsonResponse:
        # The same three queries as the API's pagination: a bounded count, the page's ids (sorted after filtering when
        # the count says the result is small), then the page's rows, here as dicts instead of serialized instances.
        count = queryset.order_by().values("pk")[:10_001].count()
        if count <= 10_000:
            queryset = sorted_by_the_database(queryset)
        offset = (page - 1) * PAGE
        keys = list(queryset.values_list("pk", flat=True)[offset : offset + PAGE + 1])
        by_key = {row["id"]: row for row in queryset.order_by().filter(pk__in=keys).values(*fields)}
        rows = [shape(by_key[key]) for key in keys[:PAGE]]
        return JsonResponse({"count": count, "results": rows}, json_dumps_params={"ensure_ascii": False})

    indicator_fields = [
        "id", "metric", "value", "unit", "qualifier", "value_low", "value_high", "period_start", "period_end",
        "period_text", "quantity_text", "locality_id", "locality__full_name", "locality__level", "locality__code",
        "program_id", "program__name", "article_id", "evidence_text", "evidence_start", "evidence_end",
        "start_offset", "end_offset", "article__title", "article__source_id", "article__source__name", "verified",
        "origin", "locked_fields", "confidence", "extractor_version", "created_at", "updated_at",
    ]  # fmt: skip

    def number(value):
        return None if value is None else f"{value:f}"

    def moment(value):
        text = None if value is None else timezone.localtime(value).isoformat()
        return text[:-6] + "Z" if text and text.endswith("+00:00") else text

    def day(value):
        return None if value is None else value.isoformat()

    def indicator_record(r: dict) -> dict:
        """The API's indicator object, written out by hand: the same keys, nesting and formats (the benchmark
        checks the two bodies are equal before it measures), so the ratio is what DRF costs, not a smaller body."""
        return {
            "id": r["id"], "metric": r["metric"], "value": number(r["value"]), "unit": r["unit"],
            "qualifier": r["qualifier"], "value_low": number(r["value_low"]), "value_high": number(r["value_high"]),
            "period_start": day(r["period_start"]), "period_end": day(r["period_end"]),
            "period_text": r["period_text"], "quantity_text": r["quantity_text"], "locality": r["locality_id"],
            "locality_name": r["locality__full_name"], "locality_level": r["locality__level"],
            "locality_code": r["locality__code"], "program": r["program_id"], "program_name": r["program__name"],
            "article": r["article_id"],
            "evidence": {
                "text": r["evidence_text"], "start": r["evidence_start"], "end": r["evidence_end"],
                "quantity_start": r["start_offset"], "quantity_end": r["end_offset"], "article_id": r["article_id"],
                "article_title": r["article__title"], "source_id": r["article__source_id"],
                "source_name": r["article__source__name"],
            },
            "verified": r["verified"], "origin": r["origin"], "locked_fields": r["locked_fields"],
            "confidence": r["confidence"], "extractor_version": r["extractor_version"],
            "created_at": moment(r["created_at"]), "updated_at": moment(r["updated_at"]),
        }  # fmt: skip

    def indicators(request):
        q = request.GET
        queryset = indicator_list_queryset()
        if "locality" in q:
            queryset = queryset.filter(in_locality("locality", q["locality"]))
        if "unit" in q:
            queryset = queryset.filter(unit=q["unit"])
        if "metric" in q:
            queryset = metric_contains(queryset, q["metric"])
        if "value_min" in q:
            queryset = queryset.filter(value__gte=q["value_min"])
        ordering = [q["ordering"]] if "ordering" in q else ["article_id", "start_offset"]
        return page_of(queryset.order_by(*ordering, "pk"), indicator_fields, int(q.get("page", 1)), indicator_record)

    def totals(q):
        kept = UnitPlaceTotal.objects.all()
        if "locality" in q:
            kept = kept.filter(in_locality("locality", q["locality"]))
        return kept.filter(unit=q["unit"]) if "unit" in q else kept

    ARTICLE_FIELDS = ["id", "title", "kind", "position", "source_id", "source__name", "body"]

    def articles(request):
        # The API's one ranking query (the page's ids and their count), then the page's rows by id (as `page_of`).
        queryset = search_articles(article_list_queryset(), request.GET["q"])
        ranked = ranked_search(queryset)
        if ranked is None:
            return page_of(bounded_relevance(queryset).order_by(*RELEVANCE_ORDERING), ARTICLE_FIELDS)
        total, keys = ranked.page(0, PAGE + 1)
        keys = keys[:PAGE]
        by_key = {row["id"]: row for row in queryset.order_by().filter(pk__in=keys).values(*ARTICLE_FIELDS)}
        rows = [by_key[key] for key in keys]
        return JsonResponse({"count": min(total, 10_000), "results": rows}, json_dumps_params={"ensure_ascii": False})

    def summary(request):
        q = request.GET
        rows = summarise(totals(q), q.get("group_by"))  # the kept totals, as the API reads them
        return JsonResponse({"groups": rows}, json_dumps_params={"ensure_ascii": False, "default": str})

    return [path("bench/indicators/", indicators), path("bench/articles/", articles), path("bench/summary/", summary)]


if __name__ != "__main__":
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
    django.setup()
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application

    import core.urls

    urlpatterns = [*_bare_urlpatterns(), *core.urls.urlpatterns]
    settings.ROOT_URLCONF = __name__
    application = get_wsgi_application()


def prepare_database(indicator_total: int, article_total: int, unlogged: bool = False) -> None:
    import django
    from django.core.management import call_command

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.db import connection

    from indicators.models import Indicator

    if connection.vendor != "postgresql":
        sys.exit("DATABASE_URL must name a PostgreSQL database (the benchmark measures the production engine).")
    call_command("migrate", verbosity=0)
    if (
        Indicator.objects.count() == indicator_total
        and not Indicator.objects.exclude(extractor_version=FILL_VERSION).exists()
    ):
        print(f"database already holds {indicator_total:,} indicators; reusing them")
        return
    started = time.perf_counter()
    fill(indicator_total, article_total, unlogged)
    print(f"filled {indicator_total:,} indicators / {article_total:,} articles in {time.perf_counter() - started:.0f}s")


# --------------------------------------------------------------------------------------------------------------
# Serving and measuring
# --------------------------------------------------------------------------------------------------------------


def serve(port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "DEBUG": "0", "API_ANON_RATE": "1000000000/second", "LOG_LEVEL": "ERROR"}
    env.setdefault("SECRET_KEY", "benchmark-only-secret-key")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "bench_api:application",
            "--pythonpath",
            f"{ROOT / 'bench'},{ROOT}",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "error",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    sys.exit("gunicorn did not start")


def measure(port: int, url: str, seconds: float, concurrency: int) -> dict:
    """`concurrency` clients request `url` back to back for `seconds` (after a short warm-up); latencies in ms."""
    latencies: list[float] = []
    statuses: set[int] = set()
    lock = threading.Lock()

    def request() -> tuple[float, int]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        started = time.perf_counter()
        connection.request("GET", url)
        response = connection.getresponse()
        response.read()
        connection.close()
        return time.perf_counter() - started, response.status

    for _ in range(3):  # warm the workers' caches and connections
        request()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        while time.perf_counter() < deadline:
            elapsed, status = request()
            with lock:
                latencies.append(elapsed)
                statuses.add(status)

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "n": len(latencies),
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
        "rps": len(latencies) / wall,
        "statuses": sorted(statuses),
    }


def export_child(query: str) -> None:
    """Run in a fresh process: stream one export through Django and print rows, seconds and peak memory."""
    import resource

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.test import Client

    client = Client()
    client.get("/api/indicators/?page_size=1", HTTP_HOST="127.0.0.1")  # imports and connection, not timed
    if os.environ.get("BENCH_EXPORT_THROUGH") == "python":  # the export as it was before COPY, for comparison
        import core.api.viewsets

        core.api.viewsets.copy_csv = core.api.viewsets.copy_json_lines = lambda *args: None
    from django.db import connection

    with connection.cursor() as cursor:  # the server process that will run the export (connections persist)
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
        # All of the database's work in that one process, so its CPU time is the whole of it (parallel workers are
        # processes of their own, not counted) — unless asked for the server's own plan (`copy parallel`: the
        # statement as gunicorn's workers run it, with parallel workers where the planner wants them; its DB CPU
        # is then the leader's alone).
        if os.environ.get("BENCH_EXPORT_THROUGH") != "copy parallel":
            cursor.execute("SET max_parallel_workers_per_gather = 0")

    def cpu_seconds() -> tuple[float, float]:
        """CPU time of this process and of its database backend."""
        own = resource.getrusage(resource.RUSAGE_SELF)
        fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
        return own.ru_utime + own.ru_stime, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    started, rows, cpu_before = time.perf_counter(), 0, cpu_seconds()
    response = client.get(f"/api/indicators/?{query}", HTTP_HOST="127.0.0.1")
    for chunk in response.streaming_content:
        rows += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    python_cpu, database_cpu = (after - before for after, before in zip(cpu_seconds(), cpu_before, strict=True))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    header = 1 if "format=csv" in query else 0
    result = {"rows": rows - header, "seconds": elapsed, "peak_mb": peak, "status": response.status_code}
    print(json.dumps({**result, "python_cpu": python_cpu, "database_cpu": database_cpu}))


def measure_export(query: str, through: str = "copy") -> dict:
    env = {**os.environ, "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1", "BENCH_EXPORT_THROUGH": through}
    env.setdefault("SECRET_KEY", "benchmark-only-secret-key")
    out = subprocess.run(
        [sys.executable, __file__, "--export-child", query], env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def scenarios() -> list[tuple[str, str, str | None]]:
    """(name, DRF URL, bare URL or None) — both run the same filters, ordering and page size.

    Codes follow the fill: province 37, its first prefecture 3701, county 370101, township 370101001, village
    370101001001 (ids are assigned breadth first)."""
    q = urllib.parse.quote
    yuan = q("元")
    out: list[tuple[str, str, str | None]] = []
    for level, code in (
        ("province", "37"),
        ("prefecture", "3701"),
        ("county", "370101"),
        ("township", "370101001"),
        ("village", "370101001001"),
    ):
        out.append((f"list: {level} alone", f"/api/indicators/?locality={code}", f"/bench/indicators/?locality={code}"))
    out += [
        ("list: no filter, default order", "/api/indicators/", "/bench/indicators/"),
        (
            "list: county + unit, by -value",
            f"/api/indicators/?locality=370101&unit={yuan}&ordering=-value",
            f"/bench/indicators/?locality=370101&unit={yuan}&ordering=-value",
        ),
        (
            "list: prefecture + metric + value_min",
            f"/api/indicators/?locality=3701&metric={q('信贷')}&value_min=10000",
            f"/bench/indicators/?locality=3701&metric={q('信贷')}&value_min=10000",
        ),
        (
            "list: province + unit, by -value",
            f"/api/indicators/?locality=37&unit={yuan}&ordering=-value",
            f"/bench/indicators/?locality=37&unit={yuan}&ordering=-value",
        ),
        ("page 100 (offset 4,950)", "/api/indicators/?page=100", "/bench/indicators/?page=100"),
        ("page 200 (offset 9,950: the deepest)", "/api/indicators/?page=200", "/bench/indicators/?page=200"),
        ("page 10,000 (refused: 400 naming cursor)", "/api/indicators/?page=10000", None),
        ("cursor page deep in the table", f"/api/indicators/?cursor={deep_cursor()}", None),
        ("search: common word 扶贫 (ranked)", f"/api/articles/?q={q('扶贫')}", f"/bench/articles/?q={q('扶贫')}"),
        (
            f"search: rare word {RARE_WORD} (ranked)",
            f"/api/articles/?q={q(RARE_WORD)}",
            f"/bench/articles/?q={q(RARE_WORD)}",
        ),
    ]
    for level in ("county", "prefecture", "province"):
        out.append(
            (
                f"summary: 元 by {level}",
                f"/api/indicators/summary/?unit={yuan}&group_by={level}",
                f"/bench/summary/?unit={yuan}&group_by={level}",
            )
        )
    out.append(("article detail", "/api/articles/50000/", None))
    return out


def deep_cursor() -> str:
    """The token continuing after the 500,000th indicator in the default order (article, offset, id)."""
    import base64

    return base64.urlsafe_b64encode(json.dumps([50000, 500000, 500000]).encode()).decode().rstrip("=")


# A township, a county and a prefecture (10k, 100k and 1M rows at 10M indicators; a tenth of that at 1M),
# the county again as JSON Lines, then the whole table.
EXPORTS = (
    "locality=370101001&format=csv",
    "locality=370101&format=csv",
    "locality=3701&format=csv",
    "locality=370101&format=jsonl",
    "format=csv",
)


# Also measured the way they were exported before COPY (Python formats every cell), for the before/after figure.
PYTHON_TOO = ("locality=370101&format=csv", "locality=370101&format=jsonl")


def same_bodies(port: int) -> bool:
    """The bare indicator view answers the API's exact records (so a ratio compares like with like)."""

    def results(url: str) -> list:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        connection.request("GET", url)
        return json.loads(connection.getresponse().read())["results"]

    query = "?locality=370101&unit=%E5%85%83&ordering=-value"
    return results(f"/api/indicators/{query}") == results(f"/bench/indicators/{query}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indicators", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=None, help="default: indicators / 10")
    parser.add_argument("--seconds", type=float, default=4.0, help="time per scenario, server and client count")
    parser.add_argument("--clients", default="1,2", help="client counts to run, e.g. 1,2 (sequential, then 2)")
    parser.add_argument("--workers", type=int, default=max(2, os.cpu_count() or 2))
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--only", default="", help="run only the scenarios whose name contains this text")
    parser.add_argument("--exports", default="all", help="'all', 'none', or a count of EXPORTS to run")
    parser.add_argument(
        "--unlogged-fill", action="store_true", help="fill an UNLOGGED indicator table (no WAL; see bench_fill.fill)"
    )
    parser.add_argument(
        "--export-parallel",
        action="store_true",
        help="also run each COPY export with parallel workers allowed, as the server plans it (DB CPU: leader only)",
    )
    parser.add_argument("--fill-only", action="store_true", help="fill (or reuse) the database, time it, and stop")
    parser.add_argument("--export-child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export_child is not None:
        export_child(args.export_child)
        return
    sys.stdout.reconfigure(line_buffering=True)  # show each line as it is measured, even through a pipe
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to a PostgreSQL database, e.g. postgres://postgres@127.0.0.1:5432/api_bench")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key")
    prepare_database(args.indicators, args.articles or max(1, args.indicators // 10), args.unlogged_fill)
    if args.fill_only:
        return
    clients = [int(c) for c in args.clients.split(",")]
    server = serve(args.port, args.workers)
    try:
        print(f"\n{args.seconds:g} s per line, gunicorn x{args.workers} workers; load average {os.getloadavg()}")
        print(f"bare indicator pages return the API's records: {same_bodies(args.port)}\n")
        print(f"{'scenario':40} {'server':6} {'clients':>7} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>7}  status")
        for name, drf_url, bare_url in (s for s in scenarios() if args.only in s[0]):
            for concurrency in clients:
                results = {}
                for label, url in (("DRF", drf_url), ("bare", bare_url)):
                    if url is None:
                        continue
                    r = results[label] = measure(args.port, url, args.seconds, concurrency)
                    print(
                        f"{name:40} {label:6} {concurrency:7} {r['n']:6} {r['p50']:8.1f} {r['p99']:8.1f} "
                        f"{r['rps']:7.1f}  {r['statuses']}"
                    )
                if "bare" in results:
                    ratio = results["DRF"]["p50"] / results["bare"]["p50"]
                    print(f"{'':40} {'ratio':6} {concurrency:7} {ratio:>23.2f}x p50")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    exports = [] if args.exports == "none" else EXPORTS if args.exports == "all" else EXPORTS[: int(args.exports)]
    if exports:
        # CPU s: what the export cost this process and its database backend; on a loaded machine the wall clock
        # also counts waiting for a core, so rows / max(CPU) is the rate on two idle cores.
        print(
            f"\n{'export (one process each)':48} {'rows':>9} {'seconds':>8} {'rows/s':>8} {'peak MB':>8} "
            f"{'py CPU s':>8} {'db CPU s':>8} {'rows/CPU-s':>10}"
        )
    for query in exports:
        ways = ["copy", "copy parallel"] if args.export_parallel else ["copy"]
        for through in [*ways, "python"] if query in PYTHON_TOO else ways:
            r = measure_export(query, through)
            busiest = max(r["python_cpu"], r["database_cpu"], 0.001)
            print(
                f"{query + ' (' + through + ')':48} {r['rows']:9} {r['seconds']:8.2f} {r['rows'] / r['seconds']:8.0f} "
                f"{r['peak_mb']:8.0f} {r['python_cpu']:8.1f} {r['database_cpu']:8.1f} {r['rows'] / busiest:10.0f}"
            )


if __name__ == "__main__":
    main()
