"""Lookups the API's filters share."""

from __future__ import annotations

from typing import Any

from django.db.models import Lookup


class AnyOf(Lookup):
    """`column = ANY(%s)` with one array parameter: PostgreSQL estimates it from the column's statistics value by
    value, and the statement stays short however many ids it holds."""

    lookup_name = "any_of"
    prepare_rhs = False

    def get_prep_lookup(self) -> list:
        return list(self.rhs)

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list]:
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", [*lhs_params, self.rhs]
