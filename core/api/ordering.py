"""Ordering by public names, validated, and always ending in the primary key so pages never overlap or skip rows."""

from __future__ import annotations

from typing import Any

from django.db.models import F, OrderBy, QuerySet
from django.db.models.functions import Coalesce
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend


class StableOrderingFilter(BaseFilterBackend):
    """`?ordering=-value,locality`: the view's `ordering_fields` maps public names to model paths; an unknown name is
    a 400 (silently ignoring it would hand back a differently ordered export). `pk` is always the last key."""

    ordering_param = "ordering"

    def public_fields(self, view: Any) -> dict[str, str]:
        return dict(getattr(view, "ordering_fields", None) or {})

    def get_ordering(self, request: Any, view: Any) -> list[str]:
        raw = request.query_params.get(self.ordering_param)
        if raw is None:
            default = getattr(view, "get_default_ordering", None)
            return list(default(request) if default else getattr(view, "ordering", None) or ["pk"])
        fields = self.public_fields(view)
        ordering: list[str] = []
        # The schema's pattern, as Python reads its `$`, also allows a final newline.
        for term in raw.removesuffix("\n").split(","):
            name = term.removeprefix("-")
            if name not in fields:
                raise ValidationError(
                    {self.ordering_param: [f"Unknown ordering {name[:40]!r}; choose from: {', '.join(fields)}."]}
                )
            ordering.append(("-" if term.startswith("-") else "") + fields[name])
        return ordering

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        ordering = self.get_ordering(request, view)
        if not any(term.lstrip("-") in ("pk", "id") for term in ordering):
            ordering.append("pk")
        return queryset.order_by(*ordering)

    def get_schema_operation_parameters(self, view: Any) -> list[dict]:
        fields = self.public_fields(view)
        if not fields:
            return []
        default = ", ".join(getattr(view, "ordering", None) or ["pk"])
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": f"Comma-separated sort keys, `-` for descending. One of: {', '.join(fields)}. "
                f"Default: {default}. Ties are always broken by id.",
                "schema": {"type": "string", "pattern": ordering_pattern(fields)},
                "example": "-" + next(iter(fields)),
            }
        ]


def ordering_pattern(fields: dict[str, str]) -> str:
    """The exact form `get_ordering` accepts: comma-separated known names, each with an optional `-`, no spaces."""
    term = "-?(" + "|".join(sorted(fields, key=len, reverse=True)) + ")"
    return f"^{term}(,{term})*$"


def sorted_by_the_database(queryset: QuerySet) -> QuerySet:
    """The same rows in the same order, sorted after filtering instead of read along an index.

    Each sort key `x` becomes `COALESCE(x, x)`: equal values and NULL placement, but no index matches the expression,
    so the planner must fetch the matching rows first. Only for results known to be small (see the pagination);
    for large ones walking the index is the fast plan.
    """
    terms = []
    for term in queryset.query.order_by:
        if isinstance(term, str):
            descending = term.startswith("-")
            name = term.lstrip("-")
            term = OrderBy(Coalesce(F(name), F(name)), descending=descending)
        terms.append(term)
    return queryset.order_by(*terms) if terms else queryset
