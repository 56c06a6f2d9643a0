"""Writes for sources and articles (called by the import pipeline inside its per-source transaction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils import timezone

from articles.models import Source
from core.sync import SyncContext, sync_rows

if TYPE_CHECKING:
    from core.extraction import PageExtraction
    from core.pipeline import PageFile


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


def upsert_source(page: PageFile, extraction: PageExtraction, ctx: SyncContext) -> tuple[Source | None, bool]:
    """Create or update the Source of a page file; returns (source, whether its extraction must be re-written).

    A file whose bytes and extractor version are unchanged is left alone entirely, which is what makes a second
    import of the same files write nothing.
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
        [((page.name,), {"name": page.name, **source_values(page, extraction)})],
        ctx,
        delete_stale=False,
    )
    source = saved.get((page.name,))
    if source is not None:
        Source.objects.filter(pk=source.pk).update(imported_at=timezone.now(), extractor_version=ctx.extractor_version)
    return source, source is not None
