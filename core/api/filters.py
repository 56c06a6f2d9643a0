"""Filter pieces every resource uses: strict booleans, whole numbers, decimals, dates, locality references and
codes, and the correction-state filters — each refusing exactly what its OpenAPI schema excludes.

django-filter's stock fields are lenient: `?verified=maybe` is ignored, `?year=2020.0` or `?page_number= 3` is read
as a number, `?date_from=3/4/20` as a date. An analyst would then get rows filtered differently from what was asked
and believe it. Here every malformed value is a 400 that names the parameter, and each field describes itself
(`openapi_schema`) so the published schema says exactly what is accepted (`core.api.filter_schema`).
"""

from __future__ import annotations

import copy
import json
import re
from collections import OrderedDict
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import django_filters
from django import forms
from django.db import connection
from django.db.models import Q, QuerySet, TextField
from django.db.models.functions import Cast
from django.http import QueryDict
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

from localities.api_selectors import CODE_PREFIX_LENGTHS, full_code, in_locality, resolve_locality

TRUE_WORDS = frozenset({"true"})
FALSE_WORDS = frozenset({"false"})
WHOLE_NUMBER = re.compile(r"-?[0-9]+")
DECIMAL_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
LOCALITY_REFERENCE_PATTERN = "^[0-9]{1,12}$"
DIVISION_CODE_PATTERN = "^(" + "|".join(f"[0-9]{{{length}}}" for length in CODE_PREFIX_LENGTHS) + ")$"
MAX_ID = 2**63 - 1
# Indicator values are DECIMAL(24, 6): 18 digits before the point. A bound outside that range cannot be compared.
VALUE_BOUND = Decimal(10**17)


def matching(pattern: str, text: str) -> str | None:
    """`text` if it matches the schema's `pattern` as Python reads it (whose `$` also matches before a final newline,
    so schema validators written in Python accept one), without that newline; None if it does not match."""
    return text.removesuffix("\n") if re.match(pattern, text) else None


class StrictBooleanField(forms.Field):
    """`true` or `false` (any case), as the schema's boolean is written in a query string; `1`, `yes` or `maybe` are
    refused rather than guessed."""

    def to_python(self, value: Any) -> bool | None:
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return value
        word = str(value).lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise forms.ValidationError("Use true or false.", code="invalid")

    def openapi_schema(self) -> dict:
        return {"type": "boolean"}


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class WholeNumberField(forms.IntegerField):
    """Digits with an optional minus, within bounds: `2020.0`, ` 3`, `+3` or `٣` are not integers to the schema, so
    they are not here either (Django's IntegerField would take them)."""

    def to_python(self, value: Any) -> int | None:
        if value in self.empty_values:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if not isinstance(value, str) or not WHOLE_NUMBER.fullmatch(value):
            raise forms.ValidationError("A whole number is required.", code="invalid")
        return int(value)

    def openapi_schema(self) -> dict:
        schema: dict[str, Any] = {"type": "integer"}
        if self.min_value is not None:
            schema["minimum"] = self.min_value
        if self.max_value is not None:
            schema["maximum"] = self.max_value
        return schema


class WholeNumberFilter(django_filters.Filter):
    """An integer parameter between `min_value` and `max_value` (both required: every number has a sane range)."""

    field_class = WholeNumberField

    def __init__(self, *args: Any, min_value: int, max_value: int, **kwargs: Any) -> None:
        super().__init__(*args, min_value=min_value, max_value=max_value, **kwargs)


class IdFilter(WholeNumberFilter):
    """A primary key: a whole number from 1 (django-filter's NumberFilter would take 1.5 and match nothing)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class YearFilter(WholeNumberFilter):
    """A calendar year (1900..2999)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, min_value=1900, max_value=2999, **kwargs)


class BoundedDecimalField(forms.DecimalField):
    """A number as JSON writes it (`12`, `-0.5`, `1.5e+16`) within what an indicator value can hold."""

    def to_python(self, value: Any) -> Decimal | None:
        if value in self.empty_values:
            return None
        if not isinstance(value, str) or not DECIMAL_NUMBER.fullmatch(value):
            raise forms.ValidationError("A number is required, e.g. 1000 or 2.5.", code="invalid")
        try:
            return Decimal(value)
        except InvalidOperation:
            raise forms.ValidationError("A number is required, e.g. 1000 or 2.5.", code="invalid") from None

    def openapi_schema(self) -> dict:
        return {"type": "number", "minimum": float(self.min_value), "maximum": float(self.max_value)}


class ValueBoundFilter(django_filters.Filter):
    """`value_min` / `value_max`: a bound on an indicator's value."""

    field_class = BoundedDecimalField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, min_value=-VALUE_BOUND, max_value=VALUE_BOUND, **kwargs)


class IsoDateField(forms.DateField):
    """A date written YYYY-MM-DD, as the schema's `format: date` says (Django's DateField also reads `3/4/20`)."""

    def to_python(self, value: Any) -> date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, date):
            return value
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise forms.ValidationError("A date written YYYY-MM-DD is required.", code="invalid")

    def openapi_schema(self) -> dict:
        return {"type": "string", "format": "date"}


class IsoDateFilter(django_filters.DateFilter):
    field_class = IsoDateField


class DateMethodFilter(IsoDateFilter):
    """A date filter computed by a method (the schema still says it is a date)."""


class NulStrippingCharField(forms.CharField):
    empty_means_unfiltered = True

    def openapi_schema(self) -> dict:
        return {"type": "string", **({"maxLength": self.max_length} if self.max_length else {})}

    def to_python(self, value: Any) -> str:
        # PostgreSQL refuses NUL in text; a pasted query carrying one should still search, not fail.
        return super().to_python(value.replace("\x00", "") if isinstance(value, str) else value)


class SearchQueryFilter(django_filters.CharFilter):
    field_class = NulStrippingCharField


class LocalityReferenceField(forms.CharField):
    """An id or official division code (a 2/4/6/9/12-digit code is the prefix it is: 37 山东, 3704 枣庄, 370406 山亭),
    cleaned to the id of the place it names. A reference naming no place is refused (code `does_not_exist`), never
    a silent empty result."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, strip=False, **kwargs)  # " 37" is not what the pattern allows

    def to_python(self, value: Any) -> int | None:
        text = super().to_python(value)
        if text in (None, ""):
            return None
        text = matching(LOCALITY_REFERENCE_PATTERN, text)
        if text is None:
            raise forms.ValidationError(
                "A locality id or official division code (1 to 12 digits) is required.", code="invalid"
            )
        locality_id = resolve_locality(text)
        if locality_id is None:
            raise forms.ValidationError(f"No locality has the code or id {text}.", code="does_not_exist")
        return locality_id

    def openapi_schema(self) -> dict:
        return {"type": "string", "pattern": LOCALITY_REFERENCE_PATTERN, "example": "370406"}


class DivisionCodeField(forms.CharField):
    """An official division code of 2, 4, 6, 9 or 12 digits, cleaned to the 12-digit code it stands for."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, strip=False, **kwargs)

    def to_python(self, value: Any) -> str | None:
        text = super().to_python(value)
        if text in (None, ""):
            return None
        text = matching(DIVISION_CODE_PATTERN, text)
        if text is None:
            raise forms.ValidationError("An official division code of 2, 4, 6, 9 or 12 digits is required.")
        return full_code(text)

    def openapi_schema(self) -> dict:
        return {"type": "string", "pattern": DIVISION_CODE_PATTERN, "example": "370406"}


class DivisionCodeFilter(django_filters.CharFilter):
    field_class = DivisionCodeField


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

    def __init__(
        self, data: Any = None, queryset: QuerySet | None = None, *, request: Any = None, prefix: str | None = None
    ) -> None:
        """django-filter's, but each declared filter is copied shallowly, not deep-copied (a tenth of a list request):
        a filter's per-request state (parent, model, lazy field and label, its FilterMethod) is set on its own copy;
        what it shares with the declaration (`extra`, choices) is only read."""
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = OrderedDict()
        for name, declared in self.base_filters.items():
            filter_ = self.filters[name] = copy.copy(declared)
            if declared.method is not None:
                filter_.method = declared.method  # re-binds its FilterMethod to the copy (it names the parent's method)
            filter_.model = queryset.model
            filter_.parent = self

    def get_form_class(self) -> type[forms.Form]:
        """Built once per filterset class (django-filter builds one per request, another tenth). Its fields depend on
        the declarations only (no filter takes choices or a queryset from the request); each form deep-copies them."""
        filterset_class = type(self)
        form_class = filterset_class.__dict__.get("_form_class")  # this class's own, never a parent's
        if form_class is None:
            form_class = super().get_form_class()
            filterset_class._form_class = form_class
        return form_class

    def filter_locked(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        if value is None:
            return queryset
        return queryset.exclude(locked_fields=[]) if value else queryset.filter(locked_fields=[])


# Parameters every endpoint understands whatever its filters: the response format (DRF's `?format=`).
COMMON_PARAMS = frozenset({"format"})
# Parameters where an empty value means something: free text (matches everything) and `cursor=` (the first page).
EMPTY_ALLOWED_PARAMS = frozenset({"cursor"})


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter, refusing what it would silently ignore: `?value__gte=abc` or a misspelt `?localty=` would
    otherwise answer every row, and the analyst would believe the list filtered. A parameter is known when it is a
    filter of the view's filterset, the ordering, one of the paginator's, `format`, or listed in the view's
    `action_query_params` under the action's name (its own parameters, such as the summary's `group_by`).

    Also refused: a parameter given twice (which one was meant?), and an empty value for a typed parameter
    (`?year=` is no year; leave the parameter out). A NUL character is dropped from every value: PostgreSQL text
    cannot hold one, so no row could match it anyway."""

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

    def empty_allowed(self, name: str, view: Any) -> bool:
        if name in EMPTY_ALLOWED_PARAMS:
            return True
        filterset_class = self.get_filterset_class(view, getattr(view, "queryset", None))
        declared = getattr(filterset_class, "base_filters", {}).get(name)
        field_class = getattr(declared, "field_class", None)
        if field_class is None or not issubclass(field_class, forms.CharField):
            return False
        # Free text (a CharField publishing no pattern of its own, see `openapi_schema`) or a field that says so.
        return getattr(field_class, "empty_means_unfiltered", not hasattr(field_class, "openapi_schema"))

    def check_params(self, request: Any, view: Any) -> None:
        params = request.query_params
        known = self.known_params(request, view)
        errors: dict[str, list[str]] = {}
        for name in sorted(set(params) - known)[:10]:
            errors[name[:60]] = [f"Unknown parameter; this endpoint takes: {', '.join(sorted(known))}."]
        for name in sorted(set(params) & known):
            values = params.getlist(name)
            if len(values) > 1:
                errors[name] = ["Given more than once; give it once."]
            elif values[0] == "" and not self.empty_allowed(name, view):
                errors[name] = ["Empty; give a value or leave the parameter out."]
        if errors:
            raise ValidationError(errors)

    def get_filterset_kwargs(self, request: Any, queryset: QuerySet, view: Any) -> dict:
        kwargs = super().get_filterset_kwargs(request, queryset, view)
        data = kwargs["data"].copy()
        for name, value in data.items():
            if "\x00" in value:
                data[name] = value.replace("\x00", "")
        kwargs["data"] = data
        return kwargs

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        self.check_params(request, view)
        return super().filter_queryset(request, queryset, view)
