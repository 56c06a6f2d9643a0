"""Throughput of quantity finding and indicator extraction over the seed pages.

Run from the project root: `python bench/bench_quantities.py [--rounds N]`. Prints quantities per second
(find_quantities) and candidates per second (extract_indicators), so a slowdown in the parser shows up
before an import of a large batch does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.text.numbers import find_quantities  # noqa: E402
from indicators.extraction import extract_indicators  # noqa: E402


def _measure(label: str, texts: list[str], rounds: int, run) -> None:
    run(texts[0])  # warm up jieba's dictionary outside the timing
    count = 0
    characters = 0
    began = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            count += len(run(text))
            characters += len(text)
    elapsed = time.perf_counter() - began
    print(
        f"{label:20} {count / elapsed:10.0f} items/s  {characters / elapsed:12.0f} chars/s  "
        f"({count} items, {elapsed:.2f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    args = parser.parse_args()
    texts = [path.read_text(encoding="utf-8") for path in sorted(args.seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt pages in {args.seeds}")
    print(f"{len(texts)} pages, {sum(map(len, texts))} characters, {args.rounds} rounds")
    _measure("find_quantities", texts, args.rounds, find_quantities)
    _measure("extract_indicators", texts, args.rounds, extract_indicators)


if __name__ == "__main__":
    main()
