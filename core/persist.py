"""Writing one page's extraction: each app's service in dependency order, inside the caller's transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.services import upsert_source
from core.sync import SyncContext

if TYPE_CHECKING:
    from core.extraction import PageExtraction
    from core.pipeline import PageFile


def persist_page(page: PageFile, extraction: PageExtraction, ctx: SyncContext) -> None:
    """Source first; when the file and the extractor are unchanged there is nothing else to write."""
    _source, changed = upsert_source(page, extraction, ctx)
    if not changed:
        return
