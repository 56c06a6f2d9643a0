"""The indicator API: rows with their evidence, filtered the ways analysts ask, and grouped aggregates."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from core.api.filters import StrictFilterBackend
from core.api.ordering import StableOrderingFilter
from core.api.viewsets import CorrectionViewSet
from indicators.api_selectors import SUMMARY_GROUPINGS, TOTALS_GROUPINGS, indicator_list_queryset, summarise
from indicators.filters import IndicatorFilter
from indicators.models import Indicator, UnitPlaceTotal
from indicators.serializers import IndicatorSerializer, SummarySerializer, summary_payload

# The filters a `UnitPlaceTotal` row can take (it has a unit and a place, nothing else of its figures).
TOTALS_FILTERS = frozenset({"unit", "locality", "descendants"})

GROUP_BY = OpenApiParameter(
    "group_by",
    OpenApiTypes.STR,
    enum=list(SUMMARY_GROUPINGS),
    description="One row per place (`locality`, the figure's own place), per `county`, `prefecture` or `province` "
    "(each figure added to the one it lies in; figures not inside one — a province-wide figure when grouping by "
    "county, or one with no place — form a group whose key is null), per locality `level`, per year of the period "
    "(`period`) or per `program`. Groups come in numeric order of their key. Omit for the total only.",
    examples=[OpenApiExample("per locality", value="locality")],
)


@extend_schema_view(
    list=extend_schema(
        summary="List indicators with their evidence",
        description="Every figure read from the pages, normalised, with the clause that states it. "
        "`?format=csv` exports the whole filtered result.",
    ),
    retrieve=extend_schema(summary="One indicator with its evidence"),
)
class IndicatorViewSet(CorrectionViewSet):
    """Measured facts: value and unit of a metric in a place over a period, each with its evidence."""

    queryset = Indicator.objects.all()
    serializer_class = IndicatorSerializer
    filterset_class = IndicatorFilter
    ordering = ["article_id", "start_offset", "id"]
    action_query_params = {"summary": ("group_by",)}
    ordering_fields = {
        "value": "value",
        "period": "period_start",
        "period_end": "period_end",
        "locality": "locality__full_name",
        "metric": "metric",
        "unit": "unit",
        "article": "article_id",
        "created_at": "created_at",
        "id": "id",
    }

    def get_queryset(self) -> QuerySet:
        return indicator_list_queryset()

    def totals_answer(self, group_by: str | None) -> bool:
        """Whether the maintained per-place totals answer this summary: on PostgreSQL (where triggers keep them),
        filtered by unit and place only, grouped by place, level or the place a figure lies in."""
        filters = set(self.request.query_params) - {"group_by", "format"}
        return connection.vendor == "postgresql" and filters <= TOTALS_FILTERS and group_by in TOTALS_GROUPINGS

    @extend_schema(
        summary="Count, sum, min and max of indicator values per group",
        description="Takes every filter of the list. What is summed: the `value` of every matching indicator, one "
        "row per figure printed in an article — exact figures, approximate ones (约) and bounds (at least, more "
        "than, at most) alike, each as printed; add `qualifier=exact` to sum exact figures only. A figure printed "
        "in two articles is two rows. Sums are exact decimals. Sums only make sense in one unit: when the filtered "
        "rows mix units (元 and 户) the answer is a 400 naming them; add `unit=`.",
        parameters=[GROUP_BY],
        filters=True,
        responses=SummarySerializer,
    )
    @action(detail=False, methods=["get"], pagination_class=None)
    def summary(self, request: Any) -> Response:
        group_by = request.query_params.get("group_by") or None
        if group_by is not None and group_by not in SUMMARY_GROUPINGS:
            raise ValidationError({"group_by": [f"Choose one of: {', '.join(SUMMARY_GROUPINGS)}."]})
        queryset = StrictFilterBackend().filter_queryset(request, self.get_queryset(), self)
        StableOrderingFilter().get_ordering(request, self)  # groups come in key order; a bad ordering is still a 400
        if self.totals_answer(group_by):
            queryset = IndicatorFilter(request.query_params, queryset=UnitPlaceTotal.objects.all(), request=request).qs
        rows = summarise(queryset, group_by)
        units = sorted({row["unit"] for row in rows})
        if len(units) > 1:
            shown = ", ".join(units[:10]) + (" …" if len(units) > 10 else "")
            raise ValidationError(
                {"unit": [f"The matching rows mix {len(units)} units ({shown}); add unit= to sum one of them."]},
                code="mixed_units",
            )
        payload = SummarySerializer(summary_payload(rows, group_by)).data
        if self.export_format():
            return Response(payload["groups"] if group_by else [payload["total"]])
        return Response(payload)
