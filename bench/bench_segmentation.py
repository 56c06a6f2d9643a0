"""Throughput of decoding + segmentation: pages/second and MB/s on the seeds and on one
synthetic 50 MB page (the seeds repeated), to show segmentation stays linear on huge input.

Usage: python bench/bench_segmentation.py [--synthetic-mb 50] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.segmentation import segment_page  # noqa: E402
from core.text.decoding import decode_page  # noqa: E402


def _bench_seeds(paths: list[Path], repeat: int) -> None:
    datas = [p.read_bytes() for p in paths]
    segment_page(decode_page(datas[0]))  # warm up jieba's dictionary outside the timing
    total_bytes = sum(len(d) for d in datas) * repeat
    started = time.perf_counter()
    articles = 0
    for _ in range(repeat):
        for data in datas:
            articles += len(segment_page(decode_page(data)))
    elapsed = time.perf_counter() - started
    pages = len(datas) * repeat
    print(
        f"seeds: {pages} pages, {articles} articles in {elapsed:.2f}s -> "
        f"{pages / elapsed:.1f} pages/s, {total_bytes / elapsed / 1e6:.2f} MB/s"
    )


def _bench_synthetic(paths: list[Path], megabytes: int) -> None:
    seed_text = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    target = megabytes * 1_000_000
    copies = max(1, target // len(seed_text.encode("utf-8")) + 1)
    text = "\n\n".join(seed_text for _ in range(copies))
    size = len(text.encode("utf-8"))
    started = time.perf_counter()
    segments = segment_page(text)
    elapsed = time.perf_counter() - started
    print(
        f"synthetic: {size / 1e6:.1f} MB page, {len(segments)} articles in {elapsed:.2f}s -> "
        f"{1 / elapsed:.3f} pages/s, {size / elapsed / 1e6:.2f} MB/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--synthetic-mb", type=int, default=50)
    args = parser.parse_args()
    paths = sorted(Path(args.seeds).glob("*.txt"))
    if not paths:
        raise SystemExit(f"no seed pages in {args.seeds}")
    _bench_seeds(paths, args.repeat)
    _bench_synthetic(paths, args.synthetic_mb)


if __name__ == "__main__":
    main()
