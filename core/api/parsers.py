"""JSON in: exact decimals, and a clear 400 for a body nested too deeply (Python's parser would overflow its stack)."""

from __future__ import annotations

import decimal
import json
from typing import Any

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32  # the deepest body any operation accepts is three levels; this leaves room and stays far from 1,000


def _depth_exceeded(text: str, limit: int) -> bool:
    """True if brackets nest deeper than `limit` outside strings (checked before parsing, in one pass)."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


class StrictJSONParser(JSONParser):
    """Numbers with a fraction are read as Decimal (9007199254740993.5 keeps every digit); nesting is bounded."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = stream.read().decode(encoding) if stream is not None else ""
        except UnicodeDecodeError as exc:
            raise ParseError(f"The body is not valid {encoding}.") from exc
        if _depth_exceeded(text, MAX_DEPTH):
            raise ParseError(f"The JSON body is nested more than {MAX_DEPTH} levels deep.")
        try:
            return json.loads(text, parse_float=decimal.Decimal, parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as exc:
            raise ParseError(f"JSON parse error: {str(exc)[:200]}") from exc
