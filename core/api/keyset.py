"""Keyset ("cursor") pages: the next page starts after the last row of this one, whatever the depth.

The token is the last row's sort values (base64 JSON), so a page costs what the first page costs, and rows added
or deleted meanwhile never shift a walk (no row is skipped or seen twice). It needs an ordering on columns of the
row itself that are never NULL: comparing past a NULL has no answer in SQL. `pk` always ends the ordering (see
`core.api.ordering`), so the sort key is unique.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q, QuerySet
from rest_framework.exceptions import ValidationError

PARAM = "cursor"
# A token is unpadded URL-safe base64 (`token_after`); anything else is malformed, not merely stale.
CURSOR_PATTERN = "^[A-Za-z0-9_-]*$"


class Keyset:
    def __init__(self, queryset: QuerySet, token: str) -> None:
        self.model = queryset.model
        self.terms: list[tuple[str, bool]] = []  # (field name, descending)
        for term in queryset.query.order_by:
            name = term.lstrip("-") if isinstance(term, str) else None
            field = self._field(name)
            if field is None:
                raise ValidationError(
                    {PARAM: ["Cursor pages need an ordering on columns that are never empty."]},
                    code="combination_refused",
                )
            self.terms.append((field.attname if name != "pk" else "pk", term.startswith("-")))
        self.fields = {name: self._field(name) for name, _ in self.terms}
        self.values = self._decode(token) if token else None

    def _field(self, name: str | None) -> Any:
        if name is None or "__" in name:
            return None
        if name == "pk":
            return self.model._meta.pk
        try:
            field = self.model._meta.get_field(name)
        except FieldDoesNotExist:
            field = next((f for f in self.model._meta.concrete_fields if f.attname == name), None)
        return field if field is not None and getattr(field, "concrete", False) and not field.null else None

    def _decode(self, token: str) -> list[Any]:
        if not re.match(CURSOR_PATTERN, token):  # as the schema says (a final newline aside, as Python reads `$`)
            raise ValidationError({PARAM: ["A cursor is made of letters, digits, - and _ only."]})
        token = token.removesuffix("\n")
        try:
            raw = json.loads(base64.urlsafe_b64decode(token.encode("ascii") + b"=" * (-len(token) % 4)))
            if not isinstance(raw, list) or len(raw) != len(self.terms):
                raise ValueError("shape")
            target = self.fields
            return [target[name].to_python(value) for (name, _), value in zip(self.terms, raw, strict=True)]
        except (ValueError, UnicodeError, binascii.Error, DjangoValidationError, TypeError):
            raise ValidationError(
                {PARAM: ["Not a cursor from this list; start again with cursor= (empty)."]}, code="stale_cursor"
            ) from None

    def after(self, queryset: QuerySet) -> QuerySet:
        """The rows after the token's row in the ordering (all rows for the first page)."""
        if self.values is None:
            return queryset
        # The leading key's non-strict bound is implied by the condition below; said on its own, it is an index
        # range (the OR of the full comparison is not), so the next page starts where the last one ended.
        first, descending = self.terms[0]
        queryset = queryset.filter(**{f"{first}__{'lte' if descending else 'gte'}": self.values[0]})
        condition = Q()
        for index in range(len(self.terms) - 1, -1, -1):
            name, descending = self.terms[index]
            strictly = Q(**{f"{name}__{'lt' if descending else 'gt'}": self.values[index]})
            condition = (
                strictly if index == len(self.terms) - 1 else strictly | (Q(**{name: self.values[index]}) & condition)
            )
        return queryset.filter(condition)

    def token_after(self, row: Any) -> str:
        """The token that continues after `row` (a model instance or a record with its `id`)."""
        pk = row["id"] if isinstance(row, dict) else row.pk
        names = [name for name, _ in self.terms]
        values = self.model._base_manager.filter(pk=pk).values_list(*names).first()
        encoded = json.dumps([None if v is None else str(v) if not isinstance(v, int) else v for v in values])
        return base64.urlsafe_b64encode(encoded.encode()).decode().rstrip("=")
