"""Everything the pipeline learns from one page, computed without touching the database.

`extract_page` is a pure function of the page text, so it can run in worker processes and be tested on strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Bump when extraction changes: an unchanged file is re-extracted only when this differs from what stored it.
EXTRACTOR_VERSION = "0.1.0"


@dataclass
class PageExtraction:
    """The facts of one page, in page order."""

    articles: list = field(default_factory=list)
    metadata: object | None = None


def extract_page(text: str) -> PageExtraction:
    """Extract articles and their facts from a decoded page."""
    return PageExtraction()
