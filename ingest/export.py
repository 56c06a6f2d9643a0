"""One source as a document in the shape of the evaluation gold files (see DESIGN.md, `export_extraction`)."""

from __future__ import annotations

from pathlib import PurePosixPath

from articles.models import Source
from articles.selectors import export_articles
from indicators.selectors import export_indicators
from localities.selectors import export_localities
from programs.selectors import export_programs


def file_name(source: Source) -> str:
    """The page's file name, which is how the gold files name a page (a source's name may be paper/date/page)."""
    return PurePosixPath(source.path).name if source.path else source.name


def export_source(source: Source) -> dict:
    return {
        "source": file_name(source),
        "articles": export_articles(source),
        "localities": export_localities(source),
        "programs": export_programs(source),
        "indicators": export_indicators(source),
    }
