"""Page sets with their gold, for the quality floors and the scorer's cross-check."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.models import Source
from evaluation.runner import write_layout
from evaluation.scoring import Report, load_gold, score
from ingest.export import export_source

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
# name -> (pages, gold). The development pages keep their gold apart from seeds/ (which `make run` imports);
# every other set holds its pages and gold side by side.
SETS = {"development": (ROOT / "seeds", FIXTURES / "development_gold")} | {
    folder.name: (folder, folder)
    for folder in sorted(FIXTURES.iterdir())
    if folder.is_dir() and folder.name != "development_gold" and any(folder.glob("*.json"))
}


@pytest.fixture
def page_sets() -> dict[str, tuple[Path, Path]]:
    return SETS


@pytest.fixture
def import_and_score(run_import, tmp_path):
    """Import a set (in a layout, or as printed) into the test database and score its export."""

    def run(name: str, layout: str | None = None) -> Report:
        pages, gold_folder = SETS[name]
        folder = pages
        if layout is not None:
            folder = tmp_path / layout
            write_layout(sorted(pages.glob("*.txt")), layout, folder)
        code, _, err = run_import(str(folder))
        assert code == 0, err
        gold = load_gold(gold_folder)
        predicted = [export_source(source) for source in Source.objects.order_by("name")]
        report = score(gold, predicted)
        assert report.missing == []
        return report

    return run
