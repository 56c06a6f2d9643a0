"""OpenAPI details drf-spectacular cannot guess.

- A CSV response is text, not the JSON page it was rendered from.
- Every operation documents the errors it can answer, all with the one error object (`core.api.errors`), so a
  generated client parses a refusal into a typed model instead of raising on an undocumented status.
- Reading needs no credentials (unless `API_READ_REQUIRES_LOGIN`): safe operations list anonymous access (`{}`)
  beside the token and the session.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from drf_spectacular.openapi import AutoSchema

from core.api import filter_schema  # noqa: F401  (registers the filters' exact schema with drf-spectacular)
from core.api.errors import ErrorSerializer
from core.api.serializers import decimal_pattern

CSV_SCHEMA = {
    "type": "string",
    "description": "CSV, UTF-8 with a byte-order mark; a list exports every row matching the filters (no pages); "
    "nested fields are dotted columns (evidence.text).",
}

ERROR_DESCRIPTIONS = {
    "400": "Invalid input: a parameter or field is malformed or refused (`errors` names each).",
    "401": "Credentials are missing or wrong (send `Authorization: Token …`).",
    "403": "The user lacks the permission for this change.",
    "404": "No such row, or a page past the end.",
    "406": "None of the accepted media types can be produced (JSON, CSV, HTML).",
    "409": "The change conflicts with existing rows (e.g. a delete that other rows depend on).",
    "413": "The request body is too large.",
    "415": "The body is not JSON (send Content-Type: application/json).",
    "429": "Too many anonymous requests; see Retry-After and RateLimit-Reset.",
    "500": "The server failed; the error was logged.",
}
READ_ERRORS = ("400", "401", "403", "404", "406", "429", "500")
WRITE_ERRORS = ("400", "401", "403", "404", "406", "409", "413", "415", "429", "500")
DELETE_ERRORS = ("400", "401", "403", "404", "406", "409", "429", "500")


class CSVAwareAutoSchema(AutoSchema):
    def _get_response_for_code(self, *args: Any, **kwargs: Any) -> dict:
        response = super()._get_response_for_code(*args, **kwargs)
        content = response.get("content", {})
        if "text/csv" in content:
            content["text/csv"] = {"schema": dict(CSV_SCHEMA)}
        return response

    def _get_response_bodies(self, direction: str = "response") -> dict:
        responses = super()._get_response_bodies(direction)
        method = self.method.upper()
        codes = READ_ERRORS if method in ("GET", "HEAD") else DELETE_ERRORS if method == "DELETE" else WRITE_ERRORS
        for code in codes:
            if code not in responses:
                error = super()._get_response_for_code(ErrorSerializer, code, ["application/json"], direction)
                error["description"] = ERROR_DESCRIPTIONS[code]
                responses[code] = error
        return responses

    def get_auth(self) -> list[dict]:
        auths = super().get_auth()
        if self.method.upper() in ("GET", "HEAD") and not settings.API_READ_REQUIRES_LOGIN and {} not in auths:
            auths.append({})
        return auths


# drf-spectacular's pattern for a DecimalField(max_digits=W+P, decimal_places=P).
SPECTACULAR_DECIMAL = re.compile(r"\^-\?\\d\{0,(\d+)\}\(\?:\\\.\\d\{0,(\d+)\}\)\?\$")


# DRF refuses a NUL character in any text it reads (PostgreSQL could not store it), and trims whitespace before it
# checks that a required text is not blank.
NO_NUL = "^[^\\u0000]*$"
NOT_BLANK_NO_NUL = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"


def exact_input_strings(spec: dict) -> None:
    """A request string's pattern as the API checks it: decimals as `StrictDecimalField` reads them, and no NUL in
    free text (nor in the text items of a list)."""
    if spec.get("type") == "array" and isinstance(spec.get("items"), dict):
        exact_input_strings(spec["items"])
    if spec.get("type") != "string":
        return
    found = SPECTACULAR_DECIMAL.fullmatch(spec.get("pattern", "")) if spec.get("format") == "decimal" else None
    if found:
        whole, places = int(found.group(1)), int(found.group(2))
        spec["pattern"] = decimal_pattern(whole + places, places)
    elif not {"pattern", "format", "enum"} & set(spec) and not spec.get("readOnly"):
        spec["pattern"] = NOT_BLANK_NO_NUL if spec.get("minLength", 0) >= 1 else NO_NUL


def exact_decimal_patterns(result: dict, generator: Any, request: Any, public: bool) -> dict:
    """SPECTACULAR postprocessing hook: every string a request sends is described as the API reads it."""
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request"):
            for spec in component.get("properties", {}).values():
                exact_input_strings(spec)
    return result


def every_response_field_present(result: dict, generator: Any, request: Any, public: bool) -> dict:
    """SPECTACULAR postprocessing hook: a response always carries every field (null when empty), so every property
    of a response component is required; row ids in paths start at 1; parameters carry no translated titles."""
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request") or component.get("type") != "object" or "properties" not in component:
            continue
        component["required"] = sorted(
            field for field, spec in component["properties"].items() if not spec.get("writeOnly")
        )
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                # A filter's title is its model field's translated label: generated clients would name types by it.
                parameter.get("schema", {}).pop("title", None)
                if parameter.get("in") == "path" and parameter.get("name") == "id":
                    parameter["schema"] = {**parameter["schema"], "minimum": 1, "maximum": 2**63 - 1}
    return result
