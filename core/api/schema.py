"""OpenAPI details drf-spectacular cannot guess: a CSV response is text, not the JSON page it was rendered from."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema

CSV_SCHEMA = {
    "type": "string",
    "description": "CSV, UTF-8 with a byte-order mark; a list exports every row matching the filters (no pages); "
    "nested fields are dotted columns (evidence.text).",
}


class CSVAwareAutoSchema(AutoSchema):
    def _get_response_for_code(self, *args: Any, **kwargs: Any) -> dict:
        response = super()._get_response_for_code(*args, **kwargs)
        content = response.get("content", {})
        if "text/csv" in content:
            content["text/csv"] = {"schema": dict(CSV_SCHEMA)}
        return response
