"""The locality API: the tree as a list, each place with breadcrumbs and counts, its children and its subtree."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.generics import get_object_or_404

from articles.models import Article
from core.api.viewsets import CorrectionViewSet
from indicators.models import Indicator
from localities.api_selectors import descendants_of
from localities.filters import LocalityFilter
from localities.models import Locality, LocalityMention
from localities.serializers import LocalityDetailSerializer, LocalitySerializer
from localities.services import refresh_full_names


def _count(queryset: QuerySet, column: str) -> Coalesce:
    # A correlated COUNT per row keeps the detail one query and never multiplies rows the way two JOIN-counts would.
    counted = queryset.filter(**{column: OuterRef("pk")}).order_by().values(column).annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _distinct_article_count() -> Coalesce:
    counted = (
        LocalityMention.objects.filter(locality=OuterRef("pk"))
        .order_by()
        .values("locality")
        .annotate(n=Count("article", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


@extend_schema_view(
    list=extend_schema(summary="List localities", description="The locality tree as a flat list, by full name."),
    retrieve=extend_schema(summary="A locality with its breadcrumbs and counts"),
)
class LocalityViewSet(CorrectionViewSet):
    """Places from province down to village. Writes refresh the full names of the whole subtree."""

    queryset = Locality.objects.all()
    serializer_class = LocalityDetailSerializer
    list_serializer_class = LocalitySerializer
    list_actions = frozenset({"list", "children", "subtree"})
    filterset_class = LocalityFilter
    ordering = ["full_name", "id"]
    ordering_fields = {"full_name": "full_name", "name": "name", "level": "level", "code": "code", "id": "id"}

    def get_queryset(self) -> QuerySet:
        queryset = Locality.objects.all()
        if self.action in ("retrieve", "update", "partial_update"):
            queryset = queryset.annotate(
                children_count=_count(Locality.objects.all(), "parent"),
                article_count=_distinct_article_count(),
                indicator_count=_count(Indicator.objects.all(), "locality"),
            )
        return queryset

    def dependants(self, instance: Locality) -> dict[str, int]:
        # Deleting a place would null or cascade these (and a local program losing its place can collide with a
        # national program of the same name): the editor re-points them first.
        return {
            "children": instance.children.count(),
            "programs": instance.programs.count(),
            "indicators": instance.indicators.count(),
            "articles": Article.objects.filter(main_locality=instance).count(),  # as their main locality
            "mentions": instance.mentions.count(),
        }

    def after_save(self, instance: Locality) -> None:
        refresh_full_names(instance)

    def _unfiltered_object(self, pk: str | None) -> Locality:
        # The filters of these actions apply to the children listed, not to the locality in the URL.
        locality = get_object_or_404(Locality.objects.all(), pk=pk)
        self.check_object_permissions(self.request, locality)
        return locality

    @extend_schema(summary="Direct children of a locality", filters=True, responses=LocalitySerializer(many=True))
    @action(detail=True, methods=["get"])
    def children(self, request: Any, pk: str | None = None) -> Any:
        return self.respond_with_list(Locality.objects.filter(parent=self._unfiltered_object(pk)))

    @extend_schema(
        summary="Every locality inside a locality (all levels below it)",
        filters=True,
        responses=LocalitySerializer(many=True),
    )
    @action(detail=True, methods=["get"])
    def subtree(self, request: Any, pk: str | None = None) -> Any:
        return self.respond_with_list(descendants_of(self._unfiltered_object(pk)))
