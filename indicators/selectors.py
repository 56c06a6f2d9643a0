"""Reads for indicators."""

from __future__ import annotations

from decimal import Decimal

from articles.models import Source
from indicators.models import Indicator


def period_label(indicator: Indicator) -> str | None:
    """ISO date for a single day, `start/end` for a span, the printed words when no date could be computed."""
    start, end = indicator.period_start, indicator.period_end
    if start and end:
        return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    if start or end:
        return (start or end).isoformat()
    return indicator.period_text or None


def json_number(value: Decimal) -> int | float | str:
    """A JSON number when it round-trips exactly, else the decimal as a string (scorers parse both)."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else format(value.normalize(), "f")


def export_indicators(source: Source) -> list[dict]:
    indicators = (
        Indicator.objects.filter(article__source=source)
        .select_related("article", "locality")
        .order_by("article__position", "start_offset", "id")
    )
    return [
        {
            "article": i.article.title or i.article.body[:15],
            "text": i.evidence_text,
            "metric": i.metric,
            "value": json_number(i.value),
            "unit": i.unit,
            "qualifier": i.qualifier,
            "locality": i.locality.full_name if i.locality else None,
            "period": period_label(i),
        }
        for i in indicators
    ]
