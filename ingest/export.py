"""One source as a document in the shape of the evaluation gold files (see DESIGN.md, `export_extraction`)."""

from __future__ import annotations

from articles.models import Source
from articles.selectors import export_articles
from indicators.selectors import export_indicators
from localities.selectors import export_localities
from programs.selectors import export_programs


def export_source(source: Source) -> dict:
    return {
        "source": source.name,
        "articles": export_articles(source),
        "localities": export_localities(source),
        "programs": export_programs(source),
        "indicators": export_indicators(source),
    }
