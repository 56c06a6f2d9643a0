"""The source and article API."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view

from articles.api_selectors import article_detail_queryset, article_list_queryset, source_list_queryset
from articles.filters import ArticleFilter, SourceFilter
from articles.models import Article, Source
from articles.serializers import ArticleDetailSerializer, ArticleSerializer, SourceDetailSerializer, SourceSerializer
from core.api.fulltext import RELEVANCE_ORDERING, bounded_relevance, ranked_search
from core.api.viewsets import CorrectionViewSet


@extend_schema_view(
    list=extend_schema(summary="List sources (page files)", description="Without the page text; see the detail."),
    retrieve=extend_schema(summary="A source with its full page text"),
)
class SourceViewSet(CorrectionViewSet):
    """Imported page files. Deleting one deletes its articles and indicators and keeps it from being re-imported."""

    queryset = Source.objects.all()
    serializer_class = SourceDetailSerializer
    detail_has_own_fields_only = True
    list_serializer_class = SourceSerializer
    filterset_class = SourceFilter
    ordering = ["name", "id"]
    ordering_fields = {
        "name": "name",
        "publication": "publication",
        "published_on": "published_on",
        "page": "page",
        "imported_at": "imported_at",
        "id": "id",
    }

    def get_list_queryset(self) -> QuerySet:
        return source_list_queryset()


@extend_schema_view(
    list=extend_schema(summary="List and search articles"),
    retrieve=extend_schema(summary="An article with its localities, programs and indicators"),
)
class ArticleViewSet(CorrectionViewSet):
    """Articles segmented from the pages. `?q=` searches them in Chinese."""

    queryset = Article.objects.all()
    serializer_class = ArticleDetailSerializer
    list_serializer_class = ArticleSerializer
    filterset_class = ArticleFilter
    ordering = ["source_id", "position", "id"]
    ordering_fields = {
        "published_on": "source__published_on",
        "page": "source__page",
        "source": "source_id",
        "position": "position",
        "title": "title",
        "id": "id",
    }

    def get_queryset(self) -> QuerySet:
        return article_detail_queryset()

    def get_list_queryset(self) -> QuerySet:
        return article_list_queryset()

    def ranked(self, request: Any) -> bool:
        """A search without an explicit ordering is ordered by relevance."""
        return (
            bool(request.query_params.get("q", "").replace("\x00", "").strip())
            and not request.query_params.get("ordering", "").strip()
        )

    def get_default_ordering(self, request: Any) -> list[str]:
        return list(RELEVANCE_ORDERING) if self.ranked(request) else list(self.ordering)

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        if self.action == "list" and self.ranked(self.request) and not self.export_format():
            # A page ranks the newest matches only (exports rank them all): on PostgreSQL in one query that answers
            # the pagination the page's ids and their count (`ranked_keys`), elsewhere in the query.
            self.ranked_keys = None if "cursor" in self.request.query_params else ranked_search(queryset)
            if self.ranked_keys is None:
                queryset = bounded_relevance(queryset)
        return queryset
