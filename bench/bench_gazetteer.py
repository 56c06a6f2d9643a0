"""Benchmark: gazetteer load time (cold and warm cache) and resolver throughput on the seed pages.

    python bench/bench_gazetteer.py [SEED_DIR]

Cold = parsing the gzip TSV (what the first import on a new machine pays, then written to the cache);
warm = unpickling the cache (every later process). Each measurement runs in a fresh interpreter so that
nothing is shared between them. Throughput counts mentions per second of `resolve_page` over the seed pages
(blank-line blocks as articles), after one warm-up page so jieba's dictionary is loaded.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LOAD = """
import time
t = time.perf_counter()
from localities.gazetteer.loader import get_gazetteer
gazetteer = get_gazetteer()
print(f"{time.perf_counter() - t:.3f} {len(gazetteer)}")
"""

RESOLVE = """
import re, sys, time
from pathlib import Path
from localities.gazetteer.loader import get_gazetteer
from localities.resolver import resolve_page
get_gazetteer()
pages = [Path(p).read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
articles = [[b for b in re.split(r"\\n\\s*\\n", page) if b.strip()] for page in pages]
resolve_page(articles[0])  # warm-up: jieba dictionary, name index
t = time.perf_counter()
mentions = sum(len(m) for page in articles for m in resolve_page(page))
elapsed = time.perf_counter() - t
print(f"{elapsed:.3f} {mentions} {sum(map(len, pages))}")
"""


def run(code: str, cache: str, *args: str) -> list[str]:
    env = {"PYTHONPATH": str(ROOT), "LOCALITIES_CACHE_DIR": cache, "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


def main() -> None:
    seeds = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "seeds")
    with tempfile.TemporaryDirectory() as cache:
        cold, count = run(LOAD, cache)
        warm, _ = run(LOAD, cache)
        elapsed, mentions, chars = run(RESOLVE, cache, seeds)
    print(f"gazetteer places (without villages): {count}")
    print(f"gazetteer load, cold (parse gzip TSV + write cache): {float(cold):.2f} s")
    print(f"gazetteer load, warm (cache):                        {float(warm):.2f} s")
    rate = int(mentions) / float(elapsed)
    print(f"resolver: {mentions} mentions in {float(elapsed):.2f} s over {chars} characters = {rate:.0f} mentions/s")


if __name__ == "__main__":
    main()
