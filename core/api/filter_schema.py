"""The OpenAPI schema of every filter parameter, taken from the form field that validates it.

drf-spectacular guesses a filter's type from its model field or its method's type hint: a year filtered by a method
became a free string, a value bound a number without range, ids had no minimum, codes no pattern. A client (and
schemathesis) then believes values the API refuses are fine, and the other way round. Here the field that cleans
the value publishes its own schema (`openapi_schema()` on the fields of `core.api.filters`), so the two cannot drift.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.contrib.django_filters import DjangoFilterExtension


class ExactFilterSchema(DjangoFilterExtension):
    target_class = "core.api.filters.StrictFilterBackend"
    priority = 1

    def resolve_filter_field(
        self, auto_schema: Any, model: Any, filterset_class: Any, field_name: str, filter_field: Any
    ) -> list[dict]:
        parameters = super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        exact = getattr(filter_field.field, "openapi_schema", None)
        for parameter in parameters:
            if exact is not None:
                parameter["schema"] = exact()
            else:
                # A choice is one of its values, never null (`?parent=` is refused, not read as "no parent").
                parameter["schema"].pop("nullable", None)
        return parameters
