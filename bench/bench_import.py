"""Import throughput on a generated corpus (`bench/corpus.py`): pages/s, characters/s, peak memory, and the
ratio to bare `jieba.lcut` over the same text, on SQLite or PostgreSQL, for one or more worker counts.

python bench/bench_import.py [--pages N] [--workers 1 2 4] [--database-url postgres://.../NAME] [--jieba]

Each worker count imports the same corpus into an emptied database (a throwaway SQLite file, or the given
PostgreSQL database flushed first — use one made for the benchmark), then re-imports it unchanged. `--jieba`
times bare `jieba.lcut` over the corpus in this process (dictionary loaded first) for the ×jieba column; compare
whole processes with `--only-jieba` against an import of the same corpus for the honest ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402


def bare_jieba_seconds(paths: list[Path]) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [p.read_text("utf-8") for p in paths]
    started = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--workers", type=int, nargs="+", default=[1])
    parser.add_argument("--database-url", default="", help="PostgreSQL database to empty and import into")
    parser.add_argument("--jieba", action="store_true", help="also time bare jieba.lcut over the same text")
    parser.add_argument("--only-jieba", action="store_true", help="only time bare jieba.lcut (a whole process)")
    parser.add_argument("--no-reimport", action="store_true")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        paths = write_corpus(workdir / "pages", args.pages, args.seed)
        chars = sum(len(p.read_text("utf-8")) for p in paths)
        if args.only_jieba:
            seconds = bare_jieba_seconds(paths)
            print(f"jieba pages={len(paths)} chars={chars} seconds={seconds:.2f} chars/s={chars / seconds:,.0f}")
            return
        os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
        os.environ.setdefault("SECRET_KEY", "bench")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from ingest.pipeline import run_import

        call_command("migrate", verbosity=0)
        jieba_seconds = bare_jieba_seconds(paths) if args.jieba else None
        for workers in args.workers:
            call_command("flush", interactive=False, verbosity=0)
            started = time.perf_counter()
            run, outcomes = run_import([workdir / "pages"], workers=workers)
            elapsed = time.perf_counter() - started
            n = len(outcomes)
            line = (
                f"{connection.vendor} pages={n} chars={chars} workers={workers} import={elapsed:.1f}s "
                f"pages/s={n / elapsed:.2f} chars/s={chars / elapsed:,.0f} created={run.inserted} "
                f"failed={run.files_failed}"
            )
            if jieba_seconds:
                line += f" jieba={jieba_seconds:.1f}s x_jieba={elapsed / jieba_seconds:.1f}"
            if not args.no_reimport:
                again = time.perf_counter()
                run_import([workdir / "pages"], workers=workers)
                line += f" reimport={time.perf_counter() - again:.1f}s"
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{line} peak_rss={peak:.0f}MB worker_peak_rss={children:.0f}MB", flush=True)
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
