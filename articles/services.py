"""Writes for sources and articles (called by the import pipeline inside its per-source transaction)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from django.utils import timezone

from articles.models import Article, Source
from core.identity import article_key, number, similarity, text_similarity
from core.sync import SyncContext, normalised_page, sync_rows

if TYPE_CHECKING:
    from core.extraction import ArticleFacts, PageExtraction


class PageFile(Protocol):
    """What a Source is written from: a page file read and decoded by the import (which this app never imports).

    `name` is the page's identity (paper + date + page, else the relative path); `publication`, `published_on` and
    `page` are what the masthead or the file name said, empty where neither did."""

    name: str
    path: str
    content_hash: str
    size_bytes: int
    text: str
    publication: str
    publication_from_path: bool
    published_on: date | None
    page: int | None


def source_values(page: PageFile, extraction: PageExtraction) -> dict:
    meta = extraction.metadata
    values = {
        "path": page.path,
        "content_hash": page.content_hash,
        "size_bytes": page.size_bytes,
        "text": page.text,
        "status": Source.Status.IMPORTED,
        "import_errors": "",
        "publication": page.publication,
        "publication_inferred": page.publication_from_path,
        "published_on": page.published_on,
        "page": page.page,
    }
    if page.published_on is not None:
        values.update(year=page.published_on.year, year_inferred=False)
    elif meta is not None:
        values.update(year=meta.year, year_inferred=meta.year_inferred)
    return values


def find_source(page: PageFile) -> Source | None:
    """The Source this page file is: the one of its identity, else the same bytes already stored under another
    identity (the page met again under another path). Locked for the rest of the transaction."""
    existing = Source.objects.select_for_update().filter(name=page.name).first()
    if existing is None:
        existing = Source.objects.select_for_update().filter(content_hash=page.content_hash).order_by("id").first()
    return existing


def upsert_source(
    page: PageFile, extraction: Callable[[], PageExtraction], ctx: SyncContext
) -> tuple[Source | None, bool]:
    """Create or update the Source of a page file; returns (source, whether its extraction must be re-written).

    A file whose bytes and extractor version are unchanged is left alone entirely, which is what makes a second
    import of the same files write nothing; `extraction` is only called (and the page extracted) when needed.
    """
    existing = find_source(page)
    if (
        existing is not None
        and existing.content_hash == page.content_hash
        and existing.extractor_version == ctx.extractor_version
        and existing.status == Source.Status.IMPORTED
    ):
        ctx.tally.add("sources", "unchanged")
        return existing, False
    # The same bytes met under another name keep the name they were first stored under (a stable identity).
    name = existing.name if existing is not None else page.name
    values = {"name": name, **source_values(page, extraction())}
    if name != page.name:
        values["path"] = existing.path
    saved = sync_rows(
        Source,
        "sources",
        [existing] if existing else [],
        [((name,), values)],
        ctx,
        delete_stale=False,
    )
    source = saved.get((name,))
    if source is not None:
        Source.objects.filter(pk=source.pk).update(imported_at=timezone.now(), extractor_version=ctx.extractor_version)
    return source, source is not None


def sync_articles(
    source: Source,
    facts: list[ArticleFacts],
    ctx: SyncContext,
    stale: list[Article] | None = None,
    main_localities: list | None = None,
) -> dict[int, Article]:
    """Upsert the page's articles by identity (headline, or an untitled item's opening words, and their order
    among equals); returns the saved Article for each segment position still extracted (none for one an editor
    deleted). Articles no longer extracted go into `stale` when given (the caller removes them after moving their
    figures and mentions, which a differently segmented page may have put in another article). `main_localities`
    (one per fact, when given) are written with the articles, so a new article is one INSERT, not an INSERT and an
    UPDATE."""
    identities = number(article_key(fact.segment.title, fact.segment.body) for fact in facts)
    rows = []
    for identity, fact in zip(identities, facts, strict=True):
        seg = fact.segment
        rows.append(
            (
                (*source.natural_key(), identity),
                {
                    "identity": identity,
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
    if main_localities is not None:
        for (_, values), main in zip(rows, main_localities, strict=True):
            values["main_locality"] = main
    existing = Article.objects.filter(source=source).select_related("source")
    saved = sync_rows(
        Article,
        "articles",
        existing,
        rows,
        ctx,
        page=normalised_page(source, ctx),
        similar=_same_article,
        similar_deleted=lambda deleted, identity: similarity(deleted, identity),
        stale=stale,
    )
    return {fact.segment.position: saved[key] for (key, _), fact in zip(rows, facts, strict=True) if key in saved}


def _same_article(article: Article, key: tuple, values: dict) -> float | None:
    """An old article and a new one are the same when a small edit changed the headline, or when the text is
    the same text (a headline the new layout reads differently)."""
    if article.identity is None:
        return None
    return max(similarity(article.identity, key[-1]), text_similarity(article.body, values["body"]))
