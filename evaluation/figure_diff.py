"""Per page, the gold figures next to the extracted ones: what was missed, what was read in excess, and for
each matched pair what differs (qualifier, place, metric phrase) — so that each miss shows its cause.

Pairs are made exactly as the scorer makes them (`matching.match_indicators`): by (value, unit) as a multiset,
preferring the candidate quoting the same text.
"""

from __future__ import annotations

from evaluation.matching import _unit, _value, character_f1, normalise, place_name, same_chain

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
    by_key: dict[tuple, list[dict]] = {}
    for figure in predicted:
        by_key.setdefault((_value(figure.get("value")), _unit(figure.get("unit"))), []).append(figure)
    lines = []
    for figure in gold:
        candidates = by_key.get((_value(figure.get("value")), _unit(figure.get("unit"))))
        if not candidates:
            lines.append(f"  MISS  {_figure(figure)} | {figure.get('metric')} | {figure.get('text')}")
            continue
        text = normalise(figure.get("text"))
        best = next(
            (
                j
                for j, c in enumerate(candidates)
                if (t := normalise(c.get("text"))) and text and (t in text or text in t)
            ),
            0,
        )
        found = candidates.pop(best)
        lines += _pair_lines(figure, found)
    for rest in by_key.values():
        lines += [f"  EXTRA {_figure(f)} | {f.get('metric')} | {f.get('text')}" for f in rest]
    return lines


def _pair_lines(gold: dict, found: dict) -> list[str]:
    differences = []
    if (gold.get("qualifier") or "exact") != (found.get("qualifier") or "exact"):
        differences.append(f"qualifier {gold.get('qualifier')} / {found.get('qualifier')}")
    gold_place, place = place_name(gold.get("locality")), place_name(found.get("locality"))
    if not (gold_place and place and same_chain(gold_place, place)):
        differences.append(f"place {gold.get('locality')} / {found.get('locality')}")
    overlap = character_f1(gold.get("metric"), found.get("metric"))
    if overlap < _PERFECT:
        differences.append(f"metric {gold.get('metric')} / {found.get('metric')} ({overlap:.2f})")
    if not differences:
        return []
    return [f"  DIFF  {_figure(gold)}: {'; '.join(differences)} | {gold.get('text')}"]


def _figure(figure: dict) -> str:
    return f"{figure.get('value')} {figure.get('unit') or '(no unit)'} {figure.get('qualifier') or 'exact'}"
