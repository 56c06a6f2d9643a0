"""Writing one page's extraction: each app's service in dependency order, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from articles.models import Article
from articles.services import set_main_locality, sync_articles, upsert_source
from core.sync import SyncContext
from indicators.services import sync_indicators
from localities.services import ensure_locality, sync_locality_mentions
from programs.services import sync_program_mentions

if TYPE_CHECKING:
    from articles.services import PageFile
    from core.extraction import PageExtraction
    from localities.models import Locality
    from localities.resolver import Place


def persist_page(page: PageFile, extraction: PageExtraction | Callable[[], PageExtraction], ctx: SyncContext) -> None:
    """Source, articles, then each article's places, programs and indicators.

    `extraction` may be a callable that computes it, for a page the caller expected to be unchanged. When the file
    and the extractor are unchanged there is nothing else to write (the idempotent re-import).
    """
    computed = extraction if not callable(extraction) else None

    def get_extraction() -> PageExtraction:
        nonlocal computed
        if computed is None:
            computed = extraction()
        return computed

    source, changed = upsert_source(page, get_extraction, ctx)
    if not changed or source is None:
        return
    extraction = get_extraction()
    articles = sync_articles(source, extraction.articles, ctx)
    places: dict[str, Locality | None] = ctx.cache("places")

    def locality_of(place: Place) -> Locality | None:
        return ensure_locality(place, ctx, places)

    for facts in extraction.articles:
        article: Article | None = articles.get(facts.segment.position)
        if article is None:  # an editor deleted this article: its facts stay out too
            continue
        sync_locality_mentions(article, facts.places, ctx, places)
        set_main_locality(article, locality_of(facts.main_place) if facts.main_place else None, ctx)
        programs = sync_program_mentions(article, facts.programs, locality_of, ctx)
        sync_indicators(article, facts.indicators, locality_of, programs, ctx)
