"""Article and source reads for the API: what a list selects, what a detail prefetches, and the search."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from articles.models import Article, Source
from core.api.fulltext import search_articles
from indicators.models import Indicator
from localities.models import LocalityMention
from programs.models import Program

__all__ = ["article_detail_queryset", "article_list_queryset", "search_articles", "source_list_queryset"]


def source_list_queryset() -> QuerySet:
    """Sources without their page text, which is the bulk of the row and useless in a list."""
    return Source.objects.defer("text")


def article_list_queryset() -> QuerySet:
    return Article.objects.select_related("source", "main_locality").defer("source__text", "search_text")


def article_detail_queryset() -> QuerySet:
    """An article with its places, programs and indicators: four queries whatever their number."""
    return article_list_queryset().prefetch_related(
        Prefetch(
            "locality_mentions",
            queryset=LocalityMention.objects.select_related("locality").order_by("start_offset", "id"),
        ),
        Prefetch("programs", queryset=Program.objects.order_by("name", "id").distinct()),
        Prefetch("indicators", queryset=Indicator.objects.order_by("start_offset", "id")),
    )
