"""Per page, the gold figures next to the extracted ones: what was missed, what was read in excess, and for
each matched pair what differs (qualifier, place, metric phrase) — so that each miss shows its cause.

Pairs are made exactly as the scorer makes them (`matching.pair_figures`): by (value, unit) as a multiset,
preferring the candidate quoting the same text.
"""

from __future__ import annotations

from evaluation.matching import character_f1, pair_figures, same_place, same_qualifier

_PERFECT = 0.999


def figure_diff(gold: dict[str, dict], predicted: list[dict]) -> list[str]:
    """Readable lines, page by page: MISS (gold only), EXTRA (extracted only) and differing matched pairs."""
    by_source = {document.get("source"): document for document in predicted}
    lines: list[str] = []
    for name, expected in sorted(gold.items()):
        lines.append(f"=== {name}")
        lines += _page_lines(expected.get("indicators", []), by_source.get(name, {}).get("indicators", []))
    return lines


def _page_lines(gold: list[dict], predicted: list[dict]) -> list[str]:
    pairs, extras = pair_figures(gold, predicted)
    lines = []
    for figure, found in pairs:
        if found is None:
            lines.append(f"  MISS  {_figure(figure)} | {figure.get('metric')} | {figure.get('text')}")
        else:
            lines += _pair_lines(figure, found)
    lines += [f"  EXTRA {_figure(f)} | {f.get('metric')} | {f.get('text')}" for f in extras]
    return lines


def _pair_lines(gold: dict, found: dict) -> list[str]:
    differences = []
    if not same_qualifier(gold, found):
        differences.append(f"qualifier {gold.get('qualifier')} / {found.get('qualifier')}")
    if not same_place(gold, found):
        differences.append(f"place {gold.get('locality')} / {found.get('locality')}")
    overlap = character_f1(gold.get("metric"), found.get("metric"))
    if overlap < _PERFECT:
        differences.append(f"metric {gold.get('metric')} / {found.get('metric')} ({overlap:.2f})")
    if not differences:
        return []
    return [f"  DIFF  {_figure(gold)}: {'; '.join(differences)} | {gold.get('text')}"]


def _figure(figure: dict) -> str:
    return f"{figure.get('value')} {figure.get('unit') or '(no unit)'} {figure.get('qualifier') or 'exact'}"
