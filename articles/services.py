"""Writes for sources and articles (called by the import pipeline inside its per-source transaction)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from django.utils import timezone

from articles.models import Article, Source
from core.corrections import apply_machine_values
from core.sync import SyncContext, save_with_history, sync_rows

if TYPE_CHECKING:
    from core.extraction import ArticleFacts, PageExtraction


class PageFile(Protocol):
    """What a Source is written from: a page file read and decoded by the import (which this app never imports)."""

    name: str
    content_hash: str
    size_bytes: int
    text: str


def source_values(page: PageFile, extraction: PageExtraction) -> dict:
    meta = extraction.metadata
    values = {
        "content_hash": page.content_hash,
        "size_bytes": page.size_bytes,
        "text": page.text,
        "status": Source.Status.IMPORTED,
        "import_errors": "",
    }
    if meta is not None:
        values.update(
            publication=meta.publication or "",
            publication_inferred=meta.publication_inferred,
            year=meta.year,
            year_inferred=meta.year_inferred,
            published_on=meta.date,
        )
    return values


def upsert_source(
    page: PageFile, extraction: Callable[[], PageExtraction], ctx: SyncContext
) -> tuple[Source | None, bool]:
    """Create or update the Source of a page file; returns (source, whether its extraction must be re-written).

    A file whose bytes and extractor version are unchanged is left alone entirely, which is what makes a second
    import of the same files write nothing; `extraction` is only called (and the page extracted) when needed.
    """
    existing = Source.objects.select_for_update().filter(name=page.name).first()
    if (
        existing is not None
        and existing.content_hash == page.content_hash
        and existing.extractor_version == ctx.extractor_version
        and existing.status == Source.Status.IMPORTED
    ):
        ctx.tally.add("sources", "unchanged")
        return existing, False
    saved = sync_rows(
        Source,
        "sources",
        [existing] if existing else [],
        [((page.name,), {"name": page.name, **source_values(page, extraction())})],
        ctx,
        delete_stale=False,
    )
    source = saved.get((page.name,))
    if source is not None:
        Source.objects.filter(pk=source.pk).update(imported_at=timezone.now(), extractor_version=ctx.extractor_version)
    return source, source is not None


def sync_articles(source: Source, facts: list[ArticleFacts], ctx: SyncContext) -> dict[int, Article]:
    """Upsert the page's articles by position; returns the saved Article for each position still extracted."""
    rows = []
    for fact in facts:
        seg = fact.segment
        rows.append(
            (
                (source.name, seg.position),
                {
                    "source": source,
                    "position": seg.position,
                    "title": seg.title or "",
                    "subtitle": seg.subtitle or "",
                    "kind": seg.kind,
                    "byline": seg.byline or "",
                    "dateline": seg.dateline or "",
                    "body": seg.body,
                    "start_offset": seg.start,
                    "end_offset": seg.end,
                    "keywords": fact.keywords,
                    "search_text": fact.search_text,
                },
            )
        )
    existing = Article.objects.filter(source=source).select_related("source")
    saved = sync_rows(Article, "articles", existing, rows, ctx)
    return {key[1]: article for key, article in saved.items()}


def set_main_locality(article: Article, locality, ctx: SyncContext) -> None:
    """Record the article's main place unless an editor chose it."""
    if apply_machine_values(article, {"main_locality": locality}):
        save_with_history(article, ctx)
