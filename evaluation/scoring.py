"""Score an extraction against hand-written gold, page by page and in total.

The figures are those of the team's evaluation (`SCORE articles=… metric=…`): F1 for articles,
localities, programs, indicators and `rows` (indicators whose value, unit, qualifier and place are
all right — the figure that matters to an analyst); accuracy over matched records for `hierarchy`
(a matched place's parent chain), `attribution` (a matched figure's place), `qualifier` and
`metric` (character overlap of the metric phrases). A test checks these numbers against the
reference scorer kept in `tests/evaluation/reference/`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.matching import match_articles, match_indicators, match_localities, match_programs

F1_SECTIONS = ("articles", "localities", "programs", "indicators", "rows")
ACCURACY_SECTIONS = ("hierarchy", "attribution", "qualifier", "metric")
SECTIONS = F1_SECTIONS + ACCURACY_SECTIONS


class GoldError(ValueError):
    """A gold folder that cannot be read; the message names the file."""


def f1(matched: float, predicted: float, gold: float) -> tuple[float, float, float]:
    precision = matched / predicted if predicted else (1.0 if not gold else 0.0)
    recall = matched / gold if gold else (1.0 if not predicted else 0.0)
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


@dataclass
class Report:
    """Counts per page and in total. F1 sections count (matched, predicted, gold); accuracy
    sections (right, matched)."""

    pages: dict[str, dict[str, tuple[float, ...]]] = field(default_factory=dict)
    totals: Counter = field(default_factory=Counter)
    missing: list[str] = field(default_factory=list)
    """Pages in the gold that the extraction has no document for."""

    def value(self, section: str) -> float:
        if section in F1_SECTIONS:
            return f1(self.totals[(section, 0)], self.totals[(section, 1)], self.totals[(section, 2)])[2]
        right, matched = self.totals[(section, 0)], self.totals[(section, 1)]
        return right / matched if matched else 0.0

    def summary(self) -> dict[str, float]:
        return {section: round(self.value(section), 3) for section in SECTIONS}

    def score_line(self) -> str:
        return "SCORE " + " ".join(f"{section}={self.value(section):.3f}" for section in SECTIONS)


def score(gold: dict[str, dict], predicted: list[dict]) -> Report:
    """Score `predicted` documents (export shape) against `gold` documents keyed by source name."""
    by_source = {document.get("source"): document for document in predicted}
    report = Report(missing=[name for name in gold if name not in by_source])
    for name, expected in sorted(gold.items()):
        found = by_source.get(name, {})
        counts: dict[str, tuple[float, ...]] = {}
        gold_articles, articles = expected.get("articles", []), found.get("articles", [])
        counts["articles"] = (match_articles(gold_articles, articles), len(articles), len(gold_articles))
        places = match_localities(expected.get("localities", []), found.get("localities", []))
        counts["localities"] = (places.matched, places.predicted, places.gold)
        counts["hierarchy"] = (places.right_parent, places.matched)
        gold_programs, programs = expected.get("programs", []), found.get("programs", [])
        counts["programs"] = (match_programs(gold_programs, programs), len(programs), len(gold_programs))
        gold_figures, figures = expected.get("indicators", []), found.get("indicators", [])
        figure = match_indicators(gold_figures, list(figures))
        counts["indicators"] = (figure.matched, len(figures), len(gold_figures))
        counts["rows"] = (figure.fully_right, len(figures), len(gold_figures))
        counts["attribution"] = (figure.right_place, figure.matched)
        counts["qualifier"] = (figure.right_qualifier, figure.matched)
        counts["metric"] = (figure.metric_sum, figure.matched)
        report.pages[name] = counts
        for section, values in counts.items():
            for index, number in enumerate(values):
                report.totals[(section, index)] += number
    return report


def load_gold(folder: Path) -> dict[str, dict]:
    """Gold documents of `folder` (`*.json`) keyed by the page they annotate."""
    gold: dict[str, dict] = {}
    for path in sorted(Path(folder).glob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: not a readable JSON gold file ({exc})") from exc
        if not isinstance(document, dict) or not isinstance(document.get("source"), str):
            raise GoldError(f"{path}: a gold file is an object whose 'source' names its page")
        gold[document["source"]] = document
    if not gold:
        raise GoldError(f"{folder}: no gold files (*.json)")
    return gold
