"""Writing one page's extraction: each app's service in dependency order, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from articles.models import Article
from articles.services import sync_articles, upsert_source
from core.sync import SyncContext, normalised_page, remove_stale
from indicators.services import sync_indicators
from localities.services import ensure_localities, ensure_locality, sync_locality_mentions
from programs.services import ensure_article_programs, ensure_programs, sync_program_mentions

if TYPE_CHECKING:
    from articles.services import PageFile
    from core.extraction import ArticleFacts, PageExtraction
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
    places = ctx.cache("places")

    def locality_of(place: Place) -> Locality | None:
        return ensure_locality(place, ctx, places)

    ensure_localities((facts.main_place for facts in extraction.articles), ctx, places)
    mains = [locality_of(facts.main_place) if facts.main_place else None for facts in extraction.articles]
    stale_articles: list[Article] = []
    articles = sync_articles(source, extraction.articles, ctx, stale_articles, main_localities=mains)

    # Figures and mentions are synced per page, not per article: their identity does not name the article, so a
    # page segmented differently re-parents them instead of re-creating them.
    kept = [facts for facts in extraction.articles if articles.get(facts.segment.position) is not None]
    ensure_localities(_places_of(kept), ctx, places)  # in bulk; `locality_of` below finds them remembered
    ensure_programs(
        [
            (fact.mention.name, locality_of(fact.place) if fact.place is not None else None, fact.mention.text)
            for facts in kept
            for fact in facts.programs
        ],
        ctx,
    )
    place_facts, program_mentions, figures = [], [], []
    for facts in extraction.articles:
        article: Article | None = articles.get(facts.segment.position)
        if article is None:  # an editor deleted this article: its facts stay out too
            continue
        place_facts.append((article, facts.places))
        programs, mentions = ensure_article_programs(article, facts.programs, locality_of, ctx)
        program_mentions.extend(mentions)
        figures.extend(
            (
                article,
                fact,
                locality_of(fact.place) if fact.place is not None else None,
                programs.get(fact.program) if fact.program else None,
            )
            for fact in facts.indicators
        )
    sync_locality_mentions(source, place_facts, ctx, places)
    sync_program_mentions(source, program_mentions, ctx)
    sync_indicators(source, figures, ctx)
    remove_stale(stale_articles, "articles", ctx, normalised_page(source, ctx))


def _places_of(articles: list[ArticleFacts]) -> Iterator[Place | None]:
    """Every place the articles' facts point at, in the order the writes below ask for them."""
    for facts in articles:
        yield from (fact.place for fact in facts.programs)
        yield from (fact.place for fact in facts.indicators)
    for facts in articles:
        yield from (fact.mention.place for fact in facts.places)
