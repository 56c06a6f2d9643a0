"""Helpers for the fault-and-input suite: a batch of distinct real pages, and the rows a clean import leaves."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.models import Article, Source
from indicators.models import Indicator
from localities.models import LocalityMention
from programs.models import ProgramMention

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def page_rows() -> tuple[int, ...]:
    """Everything a page owns (places and programs are shared, so their mentions count instead)."""
    return (
        Source.objects.count(),
        Article.objects.count(),
        Indicator.objects.count(),
        LocalityMention.objects.count(),
        ProgramMention.objects.count(),
    )


def forget_pages() -> None:
    """Remove every page as if never imported (not an editor's delete: no tombstones)."""
    Source.objects.all().delete()


@pytest.fixture
def batch(tmp_path: Path):
    """`batch(n)`: a folder of n distinct real pages (seed pages, each copy with its own last line)."""

    def make(n: int, name: str = "batch") -> Path:
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        for i in range(n):
            seed = SEEDS[i % len(SEEDS)]
            (folder / f"{i:03d}_{seed.name}").write_text(seed.read_text("utf-8") + f"\n（第{i}份）\n", encoding="utf-8")
        return folder

    return make


@pytest.fixture
def seed_pages(tmp_path: Path):
    """`seed_pages(n)`: a folder holding the first n development pages, unchanged."""

    def make(n: int) -> Path:
        folder = tmp_path / "pages"
        folder.mkdir(exist_ok=True)
        for seed in SEEDS[:n]:
            (folder / seed.name).write_bytes(seed.read_bytes())
        return folder

    return make


SMALL_PAGE = """\
{county}农村公路建设提速

本报临沂讯 今年以来，{county}新建农村公路{km}公里，改造危房356户，发放扶贫小额信贷1.2亿元。
"""
COUNTIES = ("兰陵县", "郯城县", "沂水县", "费县", "平邑县", "莒南县", "蒙阴县", "临沭县")


@pytest.fixture
def small_batch(tmp_path: Path):
    """`small_batch(n)`: a folder of n small distinct pages (quick to extract)."""

    def make(n: int, name: str = "pages") -> Path:
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        for i in range(n):
            text = SMALL_PAGE.format(county=COUNTIES[i % len(COUNTIES)], km=100 + i)
            (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
        return folder

    return make
