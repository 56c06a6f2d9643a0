"""The product's scorer and layouts give exactly the figures of the team's reference tools (kept as oracles in
tests/evaluation/reference), on real exports and on edge cases the exports do not show."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from articles.models import Source
from evaluation.layouts import LAYOUTS, relayout
from evaluation.scoring import SECTIONS, load_gold, score
from ingest.export import export_source

REFERENCE = Path(__file__).resolve().parent / "reference"


def reference(name: str):
    spec = importlib.util.spec_from_file_location(f"reference_{name}", REFERENCE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_same_totals(gold: dict, predicted: list[dict]) -> None:
    ours = score(gold, predicted)
    _, theirs = reference("score").score(gold, predicted)
    for key in set(ours.totals) | set(theirs):
        assert ours.totals[key] == pytest.approx(theirs[key]), key
    assert set(SECTIONS) == {section for section, _ in theirs}


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["development", "unseen2", "heldout3"])
def test_scores_of_real_exports_equal_the_reference(run_import, page_sets, name: str) -> None:
    pages, gold_folder = page_sets[name]
    code, _, err = run_import(str(pages))
    assert code == 0, err
    predicted = [export_source(source) for source in Source.objects.order_by("name")]
    assert_same_totals(load_gold(gold_folder), predicted)


def test_edge_cases_score_like_the_reference() -> None:
    gold = {
        "p.txt": {
            "articles": [{"title": "“三区同建”见成效"}, {"title": None, "body_start": "▲8月19日,唐村镇举行比赛"}],
            "localities": [
                {"name": "高新区", "full_name": "山东省枣庄市高新技术产业开发区", "parent_full_name": "山东省枣庄市"},
                {"name": "水泉镇", "full_name": "山东省枣庄市山亭区水泉镇", "parent_full_name": "山东省枣庄市山亭区"},
            ],
            "programs": [{"name": "乡村振兴", "aliases": ["乡村振兴战略"]}],
            "indicators": [
                {
                    "value": "40.9",
                    "unit": "万户",
                    "qualifier": "exact",
                    "locality": "山东省枣庄市",
                    "text": "新建厕所40.9万户",
                },
                {"value": 100, "unit": "%", "locality": "山东省枣庄市", "metric": "无害化处理率"},
                {"value": 100, "unit": "%", "locality": "山东省枣庄市市中区", "metric": "建成率"},
            ],
        },
        "missing.txt": {"articles": [{"title": "一篇"}]},
    }
    predicted = [
        {
            "source": "p.txt",
            "articles": [{"title": "三区同建见成效"}, {"title": None, "body_start": "8月19日,唐村镇举行比赛。"}],
            "localities": [
                {"name": "高新区", "full_name": "枣庄市高新区", "parent_full_name": "枣庄市"},
                {"name": "水泉", "full_name": "山亭区水泉", "parent_full_name": "山东省枣庄市山亭区"},
                {"name": None, "full_name": None},
            ],
            "programs": [{"name": "实施乡村振兴战略"}],
            "indicators": [
                {"value": 40.90, "unit": "万户", "qualifier": None, "locality": "山东省枣庄市", "text": "厕所40.9万户"},
                {"value": "100.0", "unit": "％", "qualifier": "more_than", "locality": "山东省枣庄市市中区"},
                {"value": 100, "unit": "%", "locality": "枣庄市", "metric": "处理率"},
                {"value": "abc", "unit": "元"},
            ],
        }
    ]
    assert_same_totals(gold, predicted)


def test_layouts_write_what_the_reference_relayout_writes() -> None:
    relayout_reference = reference("relayout")
    assert tuple(relayout_reference.MODES) == LAYOUTS
    pages = sorted((REFERENCE.parents[2] / "seeds").glob("*.txt")) + sorted(
        (REFERENCE.parents[1] / "fixtures" / "heldout5").glob("*.txt")
    )
    for index, page in enumerate(pages):
        text = page.read_text(encoding="utf-8")
        for layout in LAYOUTS:
            assert relayout(text, layout, seed=index) == relayout_reference.relayout(text, layout, seed=index)
