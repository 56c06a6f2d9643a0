"""Writes for indicators: one row per figure of a page, keyed by its shift-tolerant identity (`core.identity`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.identity import fact_key, number
from core.sync import SyncContext, normalised_page, sync_facts
from indicators.models import Indicator

if TYPE_CHECKING:
    from articles.models import Article, Source
    from core.extraction import IndicatorFact
    from localities.models import Locality
    from programs.models import Program

MAX_METRIC_CHARS = 200


def indicator_values(article: Article, fact: IndicatorFact, locality, program: Program | None) -> dict:
    candidate, quantity = fact.candidate, fact.candidate.quantity
    return {
        "article": article,
        "locality": locality,
        "program": program,
        "metric": candidate.metric[:MAX_METRIC_CHARS],
        "value": quantity.value,
        "value_low": quantity.low,
        "value_high": quantity.high,
        "unit": quantity.unit,
        "qualifier": quantity.qualifier,
        "period_start": candidate.period_start,
        "period_end": candidate.period_end,
        "period_text": (candidate.period_text or "")[:100],
        "quantity_text": quantity.text[:100],
        "start_offset": fact.figure.start,
        "end_offset": fact.figure.end,
        "evidence_text": candidate.evidence,
        "evidence_start": fact.evidence.start,
        "evidence_end": fact.evidence.end,
    }


def sync_indicators(
    source: Source, found: list[tuple[Article, IndicatorFact, Locality | None, Program | None]], ctx: SyncContext
) -> None:
    """Upsert the page's indicators by identity: the figure as printed, its sentence, and its order among equals.

    `found` holds each figure with its article, place and program; one indicator per figure offset (the first
    found wins)."""
    page = normalised_page(source, ctx)
    figures: dict[int, tuple] = {}
    for item in found:
        figures.setdefault(item[1].figure.start, item)
    ordered = [figures[start] for start in sorted(figures)]
    identities = number(
        fact_key(page, fact.figure.start, fact.figure.end, fact.candidate.quantity.text) for _, fact, _, _ in ordered
    )
    rows = [
        ((*source.natural_key(), identity), {"identity": identity, **indicator_values(article, fact, place, program)})
        for identity, (article, fact, place, program) in zip(identities, ordered, strict=True)
    ]
    existing = Indicator.objects.filter(article__source=source).select_related("article__source")
    sync_facts(Indicator, "indicators", existing, rows, ctx, page)
