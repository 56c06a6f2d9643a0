"""Import throughput on a generated corpus (`bench/corpus.py`): pages/s, characters/s, peak memory, and the
ratio to bare `jieba.lcut` over the same text, on SQLite or PostgreSQL, for one or more worker counts.

python bench/bench_import.py [--pages N] [--workers 1 2 4] [--database-url postgres://.../NAME] [--jieba]
                             [--queue [--broker-url redis://...]] [--waits] [--archive-places N]

Each worker count imports the same corpus into an emptied database (a throwaway SQLite file, or the given
PostgreSQL database flushed first — use one made for the benchmark), then re-imports it unchanged. `--jieba`
times bare `jieba.lcut` over the corpus in this process (dictionary loaded first) for the ×jieba column; compare
whole processes with `--only-jieba` against an import of the same corpus for the honest ratio.

`--queue` imports through the Celery path instead (`import_seeds --queue --wait`): for each worker count a real
`celery worker --pool prefork -c N` on a queue of its own (broker: `--broker-url`, default CELERY_BROKER_URL), timed
from enqueueing to the run's end. Every line gives the rows created and the duplicates (rows sharing a natural
key), and the CPU seconds per page of the importing processes. `--waits` (PostgreSQL on this machine) adds the
database side: the backends' CPU and what they spent their time on, lock waits by statement (`bench/pg_waits.py`).

`--schema-cache` (SQLite): start from a migrated empty database kept in the temporary folder (one per set of
migration files, made by the first run) instead of migrating a new file — an import runs on a database that
exists, and migrating one was ~3 CPU-s of every run. Off by default, so figures stay comparable with earlier ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from bench.pg_waits import WaitSampler, cpu_since, tree_cpu_seconds  # noqa: E402

WORKER_READY_SECONDS = 600


def schema_template() -> Path:
    """Where a migrated empty SQLite database of these migrations is kept: named by a digest of every installed
    app's migration files (after `django.setup()`), so a changed or added migration makes a new one."""
    from django.apps import apps

    digest = hashlib.sha256()
    for app in sorted(apps.get_app_configs(), key=lambda a: a.label):
        for path in sorted((Path(app.path) / "migrations").glob("*.py")):
            digest.update(f"{app.label}/{path.name}".encode())
            digest.update(path.read_bytes())
    return Path(tempfile.gettempdir()) / f"bench-import-schema-{digest.hexdigest()[:16]}.sqlite3"


def migrate_sqlite(database: Path, cached: bool) -> None:
    """Migrate the empty SQLite `database`, or copy the kept migrated one (`--schema-cache`), keeping it if new."""
    from django.core.management import call_command
    from django.db import connection

    template = schema_template() if cached else None
    if template is not None and template.exists():
        shutil.copyfile(template, database)
        return
    call_command("migrate", verbosity=0)
    if template is not None:
        connection.close()
        partial = template.with_suffix(f".{os.getpid()}.tmp")
        shutil.copyfile(database, partial)
        partial.replace(template)


def own_cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended (the import's pool workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class StatementCounter:
    """Counts the SQL statements a connection runs (a `connection.execute_wrapper`)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def duplicates() -> dict[str, int]:
    """Rows sharing a natural key (what the unique constraints forbid; counted as a check of them)."""
    from django.db.models import Count

    from articles.models import Source
    from localities.models import Locality, LocalityMention
    from programs.models import Program

    def shared(model, *key: str) -> int:
        return model.objects.values(*key).annotate(n=Count("id")).filter(n__gt=1).count()

    return {
        "places": shared(Locality, "parent", "name"),
        "programs": shared(Program, "locality", "name"),
        "sources": shared(Source, "name"),
        "mentions": shared(LocalityMention, "article", "identity"),
    }


def queued_import(pages: Path, workers: int, broker_url: str, log: Path, watch_database_url: str = ""):
    """Import `pages` through `workers` Celery worker processes; returns (run, seconds, worker CPU seconds, and
    what `WaitSampler` saw when `watch_database_url` names the database)."""
    from django.db import connection

    from core.models import ImportRun
    from ingest.tasks import enqueue_import

    queue = f"bench-import-{uuid.uuid4().hex[:12]}"
    command = [sys.executable, "-m", "celery", "-A", "core.celery", "worker", "--pool", "prefork", "-c", str(workers)]
    command += ["-Q", queue, "-l", "info", "--without-mingle", "--without-gossip", "--without-heartbeat"]
    with log.open("w") as out:
        worker = subprocess.Popen(command, cwd=ROOT, env=os.environ, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + WORKER_READY_SECONDS
        while " ready." not in log.read_text(errors="replace"):
            if worker.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the Celery worker did not start: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)
        sampler = None
        if watch_database_url:
            database = connection.settings_dict["NAME"]
            sampler = WaitSampler(watch_database_url, database, 0.2, worker.pid).start()
        before = tree_cpu_seconds(worker.pid)
        started = time.perf_counter()
        run = enqueue_import([str(pages)], queue=queue).run
        while ImportRun.objects.filter(pk=run.pk, status=ImportRun.Status.RUNNING).exists():
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        cpu = cpu_since(before, tree_cpu_seconds(worker.pid))
        waits = sampler.stop() if sampler else None
    finally:
        worker.terminate()
        worker.wait()
        import redis

        client = redis.Redis.from_url(broker_url)
        for key in client.scan_iter(f"*{queue}*"):
            client.delete(key)
    run.refresh_from_db()
    return run, elapsed, cpu, waits


def add_archive_places(count: int) -> None:
    """Store `count` aliased places (townships and villages under a few hundred counties of a made-up province),
    as an archive that has met many places holds them: what a page's look-ups must not grow with."""
    from localities.models import Locality

    province = Locality.objects.create(name="合成省", level="province", full_name="合成省", aliases=["合成"])
    counties = Locality.objects.bulk_create(
        Locality(name=f"合成{c}县", level="county", parent=province, full_name=f"合成省合成{c}县", aliases=[f"合成{c}"])
        for c in range(count // 1000 + 1)
    )
    rows = []
    for i in range(count):
        county = counties[i % len(counties)]
        level, suffix = ("township", "镇") if i % 2 else ("village", "村")
        name = f"合成{i}{suffix}"
        rows.append(
            Locality(
                name=name,
                level=level,
                parent=county,
                full_name=county.full_name + name,
                aliases=[f"合成{i}", f"旧合成{i}{suffix}"],
            )
        )
    Locality.objects.bulk_create(rows, batch_size=2000)


def bare_jieba_seconds(paths: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of bare `jieba.lcut` over the pages (dictionary loaded first). CPU seconds are the
    figure to compare on a shared machine: wall time there includes waiting for a core."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [p.read_text("utf-8") for p in paths]
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--workers", type=int, nargs="+", default=[1])
    parser.add_argument("--database-url", default="", help="PostgreSQL database to empty and import into")
    parser.add_argument("--jieba", action="store_true", help="also time bare jieba.lcut over the same text")
    parser.add_argument("--only-jieba", action="store_true", help="only time bare jieba.lcut (a whole process)")
    parser.add_argument("--no-reimport", action="store_true")
    parser.add_argument("--queue", action="store_true", help="import through Celery workers (a broker is needed)")
    parser.add_argument("--broker-url", default=os.environ.get("CELERY_BROKER_URL", ""))
    parser.add_argument("--waits", action="store_true", help="PostgreSQL: backend CPU and wait events, sampled")
    parser.add_argument(
        "--archive-places", type=int, default=0, help="store this many aliased places first (an archive's size)"
    )
    parser.add_argument(
        "--schema-cache", action="store_true", help="SQLite: start from a kept migrated database, not a migration"
    )
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        paths = write_corpus(workdir / "pages", args.pages, args.seed)
        chars = sum(len(p.read_text("utf-8")) for p in paths)
        if args.only_jieba:
            seconds, cpu = bare_jieba_seconds(paths)
            print(
                f"jieba pages={len(paths)} chars={chars} seconds={seconds:.2f} cpu={cpu:.2f}s "
                f"chars/s={chars / seconds:,.0f}"
            )
            return
        os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
        os.environ["CELERY_BROKER_URL"] = args.broker_url
        os.environ["ENV_FILE"] = ""
        os.environ.setdefault("SECRET_KEY", "bench")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from ingest.pipeline import run_import

        if args.database_url:
            call_command("migrate", verbosity=0)
        else:
            migrate_sqlite(workdir / "bench.sqlite3", args.schema_cache)
        jieba_seconds, jieba_cpu = bare_jieba_seconds(paths) if args.jieba else (None, None)
        for workers in args.workers:
            call_command("flush", interactive=False, verbosity=0)
            if args.archive_places:
                add_archive_places(args.archive_places)
            sampler = None
            if args.waits and not args.queue:
                sampler = WaitSampler(args.database_url, connection.settings_dict["NAME"], 0.2, os.getpid()).start()
            cpu_before = own_cpu_seconds()
            started = time.perf_counter()
            if args.queue:
                log = workdir / f"worker-{workers}.log"
                watch = args.database_url if args.waits else ""
                run, elapsed, cpu, waits = queued_import(workdir / "pages", workers, args.broker_url, log, watch)
                n = run.files_total
            else:
                statements = StatementCounter()
                with connection.execute_wrapper(statements):  # this process's statements (workers=1: all of them)
                    run, outcomes = run_import([workdir / "pages"], workers=workers)
                elapsed = time.perf_counter() - started
                cpu = own_cpu_seconds() - cpu_before
                n = len(outcomes)
                waits = sampler.stop() if sampler else None
            created = {resource: per.get("created", 0) for resource, per in sorted(run.counts.items())}
            line = (
                f"{connection.vendor} {'queue' if args.queue else 'import'} pages={n} chars={chars} "
                f"workers={workers} import={elapsed:.1f}s pages/s={n / elapsed:.2f} chars/s={chars / elapsed:,.0f} "
                f"created={run.inserted} failed={run.files_failed} python_cpu_per_page={cpu / n:.2f}s"
            )
            if not args.queue and workers == 1:
                line += f" statements_per_page={statements.count / n:.0f}"
            if waits:
                line += f" backend_cpu_per_page={waits['backend_cpu_seconds'] / n:.2f}s"
            if jieba_seconds:
                line += f" jieba={jieba_seconds:.1f}s x_jieba={elapsed / jieba_seconds:.1f}"
                line += f" jieba_cpu={jieba_cpu:.1f}s x_jieba_cpu={cpu / jieba_cpu:.1f}"
            if not args.no_reimport and not args.queue:
                again = time.perf_counter()
                run_import([workdir / "pages"], workers=workers)
                line += f" reimport={time.perf_counter() - again:.1f}s"
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{line} peak_rss={peak:.0f}MB worker_peak_rss={children:.0f}MB", flush=True)
            print(f"  created {json.dumps(created)} duplicates {json.dumps(duplicates())}", flush=True)
            if waits:
                print(f"  waits {json.dumps(waits, ensure_ascii=False)}", flush=True)
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
