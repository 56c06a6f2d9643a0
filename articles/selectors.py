"""Reads for sources and articles."""

from __future__ import annotations

from articles.models import Article, Source

BODY_START_CHARS = 15


def export_articles(source: Source) -> list[dict]:
    articles = Article.objects.filter(source=source).select_related("main_locality").order_by("position", "id")
    return [
        {
            "title": a.title or None,
            "subtitle": a.subtitle or None,
            "kind": a.kind,
            "byline": a.byline or None,
            "dateline": a.dateline or None,
            "body_start": a.body[:BODY_START_CHARS],
            "locality": a.main_locality.full_name if a.main_locality else None,
        }
        for a in articles
    ]
