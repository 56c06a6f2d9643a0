"""Filter pieces every resource uses: strict booleans, locality references, and the correction-state filters.

django-filter's stock boolean quietly ignores `?verified=maybe`; an analyst would then get every row and believe it
filtered. Here every malformed value is a 400 that names the parameter.
"""

from __future__ import annotations

import json
from typing import Any

import django_filters
from django import forms
from django.db import connection
from django.db.models import Q, QuerySet, TextField
from django.db.models.functions import Cast
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

from localities.api_selectors import in_locality, is_locality_reference, resolve_locality

TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
FALSE_WORDS = frozenset({"false", "0", "no", "off"})


class StrictBooleanField(forms.Field):
    def to_python(self, value: Any) -> bool | None:
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise forms.ValidationError("Use true or false.", code="invalid")


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class IdFilter(django_filters.Filter):
    """A primary key: a whole number (django-filter's NumberFilter would take 1.5 and match nothing)."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)


class DateMethodFilter(django_filters.DateFilter):
    """A date filter computed by a method (the schema still says it is a date)."""


class NulStrippingCharField(forms.CharField):
    def to_python(self, value: Any) -> str:
        # PostgreSQL refuses NUL in text; a pasted query carrying one should still search, not fail.
        return super().to_python(value.replace("\x00", "") if isinstance(value, str) else value)


class SearchQueryFilter(django_filters.CharFilter):
    field_class = NulStrippingCharField


class LocalityReferenceField(forms.CharField):
    """An id or official division code (a 2/4/6/9/12-digit code is the prefix it is: 37 山东, 3704 枣庄, 370406 山亭),
    cleaned to the id of the place it names. A reference naming no place is a 400, never a silent empty result."""

    def to_python(self, value: Any) -> int | None:
        text = super().to_python(value)
        if text in (None, ""):
            return None
        if not is_locality_reference(text):
            raise forms.ValidationError(
                "A locality id or official division code (digits only) is required.", code="invalid"
            )
        locality_id = resolve_locality(text)
        if locality_id is None:
            raise forms.ValidationError(f"No locality has the code or id {text}.", code="unknown")
        return locality_id


class LocalityReferenceFilter(django_filters.CharFilter):
    """`?locality=<id or code>`: that place and everything inside it, unless `?descendants=false` is also given."""

    field_class = LocalityReferenceField

    def __init__(self, *args: Any, descendants_param: str | None = "descendants", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.descendants_param = descendants_param

    def filter(self, qs: QuerySet, value: int | None) -> QuerySet:
        # (A filterset `method` replaces this and receives the resolved id; `in_locality` takes it as is.)
        if value is None:
            return qs
        return qs.filter(in_locality(self.field_name, value, descendants=self.wants_descendants()))

    def wants_descendants(self) -> bool:
        if not self.descendants_param:
            return True
        return self.parent.form.cleaned_data.get(self.descendants_param) is not False


def contains_lookup(value: str) -> str:
    """`contains` for a needle without cased letters (Chinese, digits), else `icontains`.

    Case only matters for letters. Django's `icontains` compares `UPPER(column)` on PostgreSQL, an expression the
    planner has no statistics for: it guessed 36 rows where 34,000 of a million matched, and joined them all before
    sorting. Plain LIKE on the column is estimated from its statistics.
    """
    return "contains" if value.upper() == value.lower() else "icontains"


class TextContainsFilter(django_filters.CharFilter):
    """Part of a text field, ignoring case where case exists (see `contains_lookup`)."""

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        if value in (None, ""):
            return qs
        return qs.filter(**{f"{self.field_name}__{contains_lookup(value)}": value})


def name_or_alias_contains(queryset: QuerySet, value: str, name_field: str = "name") -> QuerySet:
    """Rows whose name, or one of whose aliases (a JSON list), contains `value`, ignoring case.

    The aliases are searched in their JSON text. SQLite keeps that text ASCII-escaped (柳 is stored as \\u67f3), so
    there the needle is escaped the same way; PostgreSQL's jsonb prints real characters.
    """
    needle = json.dumps(value)[1:-1] if connection.vendor == "sqlite" else value
    return queryset.alias(aliases_text=Cast("aliases", TextField())).filter(
        Q(**{f"{name_field}__{contains_lookup(value)}": value})
        | Q(**{f"aliases_text__{contains_lookup(needle)}": needle})
    )


class CorrectionFilterSet(django_filters.FilterSet):
    """`verified` and `locked` (an editor has corrected at least one field) on every resource."""

    verified = StrictBooleanFilter(help_text="Only rows an editor has (true) or has not (false) verified.")
    locked = StrictBooleanFilter(
        method="filter_locked", help_text="Only rows with (true) or without (false) fields an editor corrected."
    )

    def filter_locked(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        if value is None:
            return queryset
        return queryset.exclude(locked_fields=[]) if value else queryset.filter(locked_fields=[])


# Parameters every endpoint understands whatever its filters: the response format (DRF's `?format=`).
COMMON_PARAMS = frozenset({"format"})


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter, refusing what it would silently ignore: `?value__gte=abc` or a misspelt `?localty=` would
    otherwise answer every row, and the analyst would believe the list filtered. A parameter is known when it is a
    filter of the view's filterset, the ordering, one of the paginator's, `format`, or listed in the view's
    `action_query_params` under the action's name (its own parameters, such as the summary's `group_by`)."""

    def known_params(self, request: Any, view: Any) -> set[str]:
        extra = getattr(view, "action_query_params", {}).get(getattr(view, "action", None), ())
        known = set(COMMON_PARAMS) | set(extra)
        filterset_class = self.get_filterset_class(view, getattr(view, "queryset", None))
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        for backend in getattr(view, "filter_backends", ()):
            if getattr(backend, "ordering_param", None):
                known.add(backend.ordering_param)
        paginator = getattr(view, "paginator", None)
        known |= {name for name in getattr(paginator, "query_params", ()) if name}
        return known

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        unknown = sorted(set(request.query_params) - self.known_params(request, view))
        if unknown:
            known = ", ".join(sorted(self.known_params(request, view)))
            raise ValidationError(
                {name[:60]: [f"Unknown parameter; this endpoint takes: {known}."] for name in unknown[:10]}
            )
        return super().filter_queryset(request, queryset, view)
