"""Import throughput: the seed pages (repeated) into a fresh SQLite database; prints pages/s and peak memory.

python bench/bench_import.py [--copies N] [--workers W]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=4, help="copies of each seed page (distinct files)")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.setdefault("SECRET_KEY", "bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from ingest.pipeline import run_import

    pages = workdir / "pages"
    pages.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for copy in range(args.copies):
        for seed in seeds:
            # A distinct trailing line per copy makes each file a new source, not a re-import.
            (pages / f"{copy:03d}_{seed.name}").write_text(seed.read_text("utf-8") + f"\n（第{copy}份）\n", "utf-8")
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    run, outcomes = run_import([pages], workers=args.workers)
    elapsed = time.perf_counter() - started
    again = time.perf_counter()
    run_import([pages], workers=args.workers)
    reimport = time.perf_counter() - again
    n = len(outcomes)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"pages={n} workers={args.workers} first_import={elapsed:.2f}s ({n / elapsed:.1f} pages/s) "
        f"reimport={reimport:.2f}s ({n / reimport:.1f} pages/s) peak_rss={peak_mb:.0f}MB "
        f"rows_created={run.inserted} failed_files={run.files_failed}"
    )
    shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
