"""Extraction quality on pages from regions the development set never shows (四川 凉山, 广东 东莞, 内蒙古 兴安盟,
河南 济源): the fixtures in tests/fixtures/unseen hold each page and its hand-written expectation, scored with the
evaluation's own scorer.  The floors sit a little below what the extractors reach, so a change that only suits the
Shandong/Shanxi development pages shows up here.  tests/fixtures/unseen2 (贵州 黔东南, 浙江 诸暨, 甘肃 定西, 吉林 延边:
a 要闻简报 column, a feature with section headings, an interview, a commentary, captions printed mid-sentence) was
annotated before the extractors first ran on it and is scored the same way with its own floors."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from articles.models import Source
from ingest.export import export_source
from localities.models import Locality
from localities.selectors import CODED_LEVELS, code_coverage

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# The team's evaluation scorer lives beside the repository (../shared/eval), not in it; a clone elsewhere (CI's
# throwaway checkout) finds it at the workspace's absolute path, or SCORE_PY names it.
SCORER_CANDIDATES = [
    *([Path(os.environ["SCORE_PY"])] if os.environ.get("SCORE_PY") else []),
    Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py",
    Path("/work/shared/eval/score.py"),
]
SCORER = next((path for path in SCORER_CANDIDATES if path.is_file()), SCORER_CANDIDATES[0])
# Per set: F1 floors, then accuracy floors. They sit a little under today's figures, so a rule that helps the
# development pages by hurting other regions fails here. heldout3-5 were written blind (gold first, scored once
# before anyone looked); unseen2's programs lag (quoted local initiatives, honours).
FLOORS = {
    "unseen": (
        {"articles": 0.95, "localities": 0.95, "programs": 0.7, "indicators": 0.95, "rows": 0.9},
        {"hierarchy": 0.95, "attribution": 0.9, "qualifier": 0.95},
    ),
    "unseen2": (
        {"articles": 0.95, "localities": 0.95, "programs": 0.6, "indicators": 0.95, "rows": 0.9},
        {"hierarchy": 0.95, "attribution": 0.92, "qualifier": 0.95},
    ),
    "heldout3": (
        {"articles": 0.95, "localities": 0.95, "programs": 0.85, "indicators": 0.95, "rows": 0.9},
        {"hierarchy": 0.95, "attribution": 0.9, "qualifier": 0.95},
    ),
    "heldout4": (
        {"articles": 0.95, "localities": 0.95, "programs": 0.9, "indicators": 0.95, "rows": 0.9},
        {"hierarchy": 0.95, "attribution": 0.9, "qualifier": 0.95},
    ),
    "heldout5": (
        {"articles": 0.95, "localities": 0.9, "programs": 0.8, "indicators": 0.95, "rows": 0.85},
        {"hierarchy": 0.95, "attribution": 0.9, "qualifier": 0.95},
    ),
}


def load_scorer():
    if not SCORER.is_file():
        pytest.skip(f"the evaluation scorer is not at any of {SCORER_CANDIDATES} (set SCORE_PY)")
    spec = importlib.util.spec_from_file_location("eval_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_pages_score_above(run_import, folder: Path, f1_floors: dict, accuracy_floors: dict) -> None:
    scorer = load_scorer()
    code, _, err = run_import(str(folder))
    assert code == 0, err
    gold = {}
    for path in sorted(folder.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        gold[document["source"]] = document
    predicted = [export_source(source) for source in Source.objects.order_by("name")]
    assert sorted(d["source"] for d in predicted) == sorted(gold)
    _, totals = scorer.score(gold, predicted)
    reached = {}
    for section in f1_floors:
        reached[section] = scorer.f1(totals[(section, 0)], totals[(section, 1)], totals[(section, 2)])[2]
    for section in accuracy_floors:
        reached[section] = totals[(section, 0)] / totals[(section, 1)]
    floors = f1_floors | accuracy_floors
    below = {s: round(v, 3) for s, v in reached.items() if v < floors[s]}
    assert not below, f"below the floor: {below} (floors {floors})"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_fixture_sets_score_above_their_floors(run_import, name: str) -> None:
    f1_floors, accuracy_floors = FLOORS[name]
    assert_pages_score_above(run_import, FIXTURES / name, f1_floors, accuracy_floors)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_administrative_place_on_unseen_pages_carries_its_official_code(run_import, name: str) -> None:
    """Issue 4's coverage target, on regions the development set never shows: provinces (直辖市, 自治区),
    prefectures (盟, 自治州) and counties (旗, 县级市 under a province) all resolve to gazetteer rows with codes."""
    code, _, err = run_import(str(FIXTURES / name))
    assert code == 0, err

    coverage = {row["level"]: row for row in code_coverage() if row["level"] in CODED_LEVELS}
    assert set(coverage) == set(CODED_LEVELS)
    uncoded = list(
        Locality.objects.filter(level__in=CODED_LEVELS, code__isnull=True).values_list("full_name", flat=True)
    )
    assert uncoded == []
    assert all(row["coded"] == row["total"] > 0 for row in coverage.values())
