"""Writes for indicators: one row per figure of an article, keyed by the figure's offset in the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.sync import SyncContext, sync_rows
from indicators.models import Indicator

if TYPE_CHECKING:
    from articles.models import Article
    from core.extraction import IndicatorFact
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
    article: Article, facts: list[IndicatorFact], locality_of, programs: dict[str, Program], ctx: SyncContext
) -> None:
    """Upsert the article's indicators; `locality_of` maps a resolved place to its Locality row."""
    rows = [
        (
            (*article.natural_key(), fact.figure.start),
            indicator_values(
                article,
                fact,
                locality_of(fact.place) if fact.place is not None else None,
                programs.get(fact.program) if fact.program else None,
            ),
        )
        for fact in facts
    ]
    existing = Indicator.objects.filter(article=article).select_related("article__source")
    sync_rows(Indicator, "indicators", existing, rows, ctx)
