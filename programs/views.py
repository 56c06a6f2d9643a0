"""The program API."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view

from core.api.viewsets import CorrectionViewSet
from programs.api_selectors import program_detail_queryset, program_list_queryset
from programs.filters import ProgramFilter
from programs.models import Program
from programs.serializers import ProgramDetailSerializer, ProgramSerializer


@extend_schema_view(
    list=extend_schema(summary="List programs"),
    retrieve=extend_schema(summary="A program with its mentioning articles and linked indicators"),
)
class ProgramViewSet(CorrectionViewSet):
    """Named initiatives (national strategies, local campaigns) under their canonical names."""

    queryset = Program.objects.all()
    serializer_class = ProgramDetailSerializer
    list_serializer_class = ProgramSerializer
    filterset_class = ProgramFilter
    ordering = ["name", "id"]
    ordering_fields = {"name": "name", "id": "id"}

    def get_queryset(self) -> QuerySet:
        return program_detail_queryset()

    def get_list_queryset(self) -> QuerySet:
        return program_list_queryset()
