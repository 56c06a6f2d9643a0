"""Extraction quality on every page set, in every layout.

The development pages come from 山东/山西; the fixture sets from other provinces and papers: `unseen` and
`unseen2` were used to find generic failures, `heldout3`–`heldout5` were annotated blind (gold first, scored
once before anyone looked) and `real1`–`real3` are excerpts of real published pages, also annotated blind.
Floors sit a little under today's figures, so a rule that suits one set by hurting another fails here. Layout
is noise: in every layout of `evaluation.layouts` articles stay at or above 0.95 and rows within 0.03 of the
figure the set reaches as printed.
"""

from __future__ import annotations

import pytest

from evaluation.layouts import LAYOUTS

pytestmark = pytest.mark.django_db

LAYOUT_ARTICLES_FLOOR = 0.95
LAYOUT_ROWS_MARGIN = 0.03
# Per set: floors as printed, and `rows_as_printed` — today's rows figure in the original layout, which every
# other layout must stay within LAYOUT_ROWS_MARGIN of.
FLOORS = {
    "development": {
        "articles": 0.98, "localities": 0.98, "programs": 0.9, "indicators": 0.98, "rows": 0.96,
        "hierarchy": 0.98, "attribution": 0.96, "qualifier": 0.98, "rows_as_printed": 0.977,
    },
    "unseen": {
        "articles": 0.95, "localities": 0.95, "programs": 0.7, "indicators": 0.95, "rows": 0.9,
        "hierarchy": 0.95, "attribution": 0.9, "qualifier": 0.95, "rows_as_printed": 1.0,
    },
    "unseen2": {
        "articles": 0.95, "localities": 0.95, "programs": 0.6, "indicators": 0.95, "rows": 0.9,
        "hierarchy": 0.95, "attribution": 0.92, "qualifier": 0.95, "rows_as_printed": 0.997,
    },
    "heldout3": {
        "articles": 0.95, "localities": 0.95, "programs": 0.85, "indicators": 0.95, "rows": 0.9,
        "hierarchy": 0.95, "attribution": 0.9, "qualifier": 0.95, "rows_as_printed": 0.986,
    },
    "heldout4": {
        "articles": 0.95, "localities": 0.95, "programs": 0.9, "indicators": 0.95, "rows": 0.9,
        "hierarchy": 0.95, "attribution": 0.9, "qualifier": 0.95, "rows_as_printed": 0.986,
    },
    "heldout5": {
        "articles": 0.95, "localities": 0.9, "programs": 0.8, "indicators": 0.95, "rows": 0.85,
        "hierarchy": 0.95, "attribution": 0.9, "qualifier": 0.95, "rows_as_printed": 0.96,
    },
    # Real published pages (blind first reading in the set's README). Far from the goal: these floors only
    # keep what has been reached; `articles_in_layouts` is the articles floor for the re-laid-out pages.
    "real1": {
        "articles": 0.92, "localities": 0.96, "programs": 0.77, "indicators": 0.94, "rows": 0.66,
        "hierarchy": 0.97, "attribution": 0.70, "qualifier": 0.95, "rows_as_printed": 0.675,
        "articles_in_layouts": 0.89,
    },
    "real2": {
        "articles": 0.94, "localities": 0.93, "programs": 0.78, "indicators": 0.92, "rows": 0.82,
        "hierarchy": 0.97, "attribution": 0.87, "qualifier": 0.95, "rows_as_printed": 0.841,
        "articles_in_layouts": 0.94,
    },
    "real3": {
        "articles": 0.69, "localities": 0.93, "programs": 0.76, "indicators": 0.94, "rows": 0.69,
        "hierarchy": 0.97, "attribution": 0.71, "qualifier": 0.97, "rows_as_printed": 0.714,
        "articles_in_layouts": 0.53,
    },
    "real4": {
        "articles": 0.71, "localities": 0.91, "programs": 0.75, "indicators": 0.89, "rows": 0.67,
        "hierarchy": 0.98, "attribution": 0.76, "qualifier": 0.93, "rows_as_printed": 0.693,
        "articles_in_layouts": 0.67,
    },
    # Second blind hold-out (广东 吉林 北京 天津 上海, 白城日报), floors from its blind first reading; in `indent`
    # its rows fall up to 0.038 under the printed layout, so it carries its own `rows_in_layouts` until that is fixed.
    "real5": {
        "articles": 0.56, "localities": 0.91, "programs": 0.84, "indicators": 0.86, "rows": 0.65,
        "hierarchy": 0.98, "attribution": 0.74, "qualifier": 0.98, "rows_as_printed": 0.674,
        "articles_in_layouts": 0.52, "rows_in_layouts": 0.62,
    },
    # Third blind hold-out: city and county papers of six provinces; blind reading in its README.
    "real6": {
        "articles": 0.76, "localities": 0.89, "programs": 0.49, "indicators": 0.88, "rows": 0.81,
        "hierarchy": 0.97, "attribution": 0.90, "qualifier": 0.96, "rows_as_printed": 0.838,
        "articles_in_layouts": 0.62, "rows_in_layouts": 0.73,
    },
}  # fmt: skip
SET_KEYS = ("rows_as_printed", "articles_in_layouts", "rows_in_layouts")


def test_every_page_set_in_the_repository_has_floors(page_sets) -> None:
    assert sorted(page_sets) == sorted(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_set_as_printed_scores_above_its_floors(import_and_score, name: str) -> None:
    report = import_and_score(name)
    floors = {k: v for k, v in FLOORS[name].items() if k not in SET_KEYS}
    below = {s: round(report.value(s), 3) for s, floor in floors.items() if report.value(s) < floor}
    assert not below, f"{name} below its floors: {below} ({report.score_line()})"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_layout_does_not_change_what_is_extracted(import_and_score, name: str, layout: str) -> None:
    report = import_and_score(name, layout)
    articles, rows = report.value("articles"), report.value("rows")
    rows_floor = FLOORS[name].get("rows_in_layouts", FLOORS[name]["rows_as_printed"] - LAYOUT_ROWS_MARGIN)
    articles_floor = FLOORS[name].get("articles_in_layouts", LAYOUT_ARTICLES_FLOOR)
    assert articles >= articles_floor, f"{name}/{layout}: {report.score_line()}"
    assert rows >= rows_floor, f"{name}/{layout}: rows {rows:.3f} < {rows_floor:.3f} ({report.score_line()})"
