"""A benchmark corpus: N distinct, realistic newspaper pages made from the repository's own pages.

Every page is built from runs of paragraphs (a headline with its body, a brief, a caption) cut from the seed and
fixture pages, so its layout, vocabulary and density of places and figures are those of real pages; each run then
gets other places (the places one fixture page's gold lists, swapped level for level with another page's), other
figures (every number redrawn with as many digits) and other dates, so no two pages are the same text and the
import really extracts and writes every one. Deterministic: the same `--seed` gives the same bytes.

python bench/corpus.py OUT_DIR [--pages N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE_SETS = [ROOT / "seeds", *sorted(p for p in (ROOT / "tests" / "fixtures").iterdir() if p.is_dir())]
PAPERS = ("日报", "晚报", "农民报", "时报")
_BLANK = re.compile(r"\n\s*\n")
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"(?<!\d)(20[12]\d)年")
_NUMBER = re.compile(r"\d+")
SWAPPED_LEVELS = ("prefecture", "county", "township", "village")


@dataclass
class SourcePage:
    name: str
    paragraphs: list[str]
    places: dict[str, list[str]]  # level → names the page's gold lists (empty for a page without gold)


def load_pages() -> list[SourcePage]:
    """Every page of the repository (seeds and fixture sets), split into paragraphs, with its gold places."""
    gold_dirs = {ROOT / "seeds": ROOT / "tests" / "fixtures" / "development_gold"}
    pages = []
    for folder in PAGE_SETS:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8").replace("\r\n", "\n")
            paragraphs = [p.strip("\n") for p in _BLANK.split(text) if p.strip()]
            gold = gold_dirs.get(folder, folder) / f"{path.stem}.json"
            places: dict[str, list[str]] = {}
            if gold.exists():
                for row in json.loads(gold.read_text("utf-8")).get("localities", []):
                    if row.get("level") in SWAPPED_LEVELS and len(row.get("name", "")) >= 2:
                        places.setdefault(row["level"], []).append(row["name"])
            pages.append(SourcePage(path.stem, paragraphs, places))
    return pages


def _swap_places(text: str, own: dict[str, list[str]], donor: dict[str, list[str]]) -> str:
    """Replace the page's own places by the donor page's, level for level (longest names first)."""
    mapping = {}
    for level in SWAPPED_LEVELS:
        theirs = donor.get(level, [])
        for i, name in enumerate(own.get(level, [])):
            if theirs:
                mapping[name] = theirs[i % len(theirs)]
    if not mapping:
        return text
    pattern = re.compile("|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def _redraw_numbers(text: str, rng: random.Random) -> str:
    """Other dates, years and figures, each as long as the printed one (a figure keeps its order of magnitude)."""
    text = _DATE.sub(lambda m: f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", text)
    text = _YEAR.sub(lambda m: f"{rng.randint(2015, 2024)}年", text)

    def figure(match: re.Match) -> str:
        digits = match.group(0)
        if len(digits) == 4 and digits.startswith("20"):
            return digits  # a year without 年 (2020—2022) stays a year
        first = str(rng.randint(1, 9)) if digits[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return _NUMBER.sub(figure, text)


def make_page(index: int, pages: list[SourcePage], rng: random.Random) -> str:
    """One page: a masthead line, then three to six runs of two to six paragraphs from random pages."""
    with_places = [p for p in pages if p.places]
    donor = rng.choice(with_places)
    paper = (donor.places.get("prefecture") or donor.places.get("county") or ["本地"])[0].rstrip("市县区州盟")
    # Eight pages an issue, one issue a day: every page has its own date and page number, so its own identity.
    issued = date(2015, 1, 1) + timedelta(days=index // 8)
    parts = [f"{paper}{rng.choice(PAPERS)} {issued.year}年{issued.month}月{issued.day}日 第{index % 8 + 1}版"]
    for _ in range(rng.randint(3, 6)):
        page = rng.choice(pages)
        length = min(len(page.paragraphs), rng.randint(2, 6))
        start = rng.randint(0, len(page.paragraphs) - length)
        run = "\n\n".join(page.paragraphs[start : start + length])
        run = _swap_places(run, page.places, rng.choice(with_places).places)
        parts.append(_redraw_numbers(run, rng))
    # The index in a closing line makes every page distinct even if two drew the same runs and figures.
    parts.append(f"（本版编辑 第{index}号）")
    return "\n\n".join(parts) + "\n"


def write_corpus(out: Path, count: int, seed: int = 14) -> list[Path]:
    """Write `count` pages as OUT/NNNN.txt (the folder is created); returns their paths."""
    pages = load_pages()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        path = out / f"{index:05d}.txt"
        path.write_text(make_page(index, pages, random.Random(seed * 1_000_003 + index)), "utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.pages, args.seed)
    chars = sum(len(p.read_text("utf-8")) for p in paths)
    print(f"{len(paths)} pages, {chars:,} characters in {args.out}")


if __name__ == "__main__":
    main()
