"""One shape for every error the API answers, whatever raised it and whatever format was asked for.

    {"status": 400, "code": "invalid", "detail": "Invalid input.", "errors": {"aliases.0": ["Not a valid string."]}}

`errors` maps a field (dotted for nested and list items) to its messages and is `{}` when the error is not about
fields. A DRF exception, a Django 404, a body too large (413), a database refusal and an unexpected exception all
come out like this, as JSON even under `?format=csv`: a client parses one thing. Database and server errors carry a
fixed message; the detail (which can quote the failing row) goes to the log, never to the client.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, TooManyFieldsSent
from django.db import DatabaseError, IntegrityError
from django.http import Http404, JsonResponse
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import set_rollback

logger = logging.getLogger("core.api")

DATABASE_REFUSED = "The database refused this change (it conflicts with existing rows); nothing was saved."
SERVER_ERROR = "The server failed to answer this request; the error has been logged."


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state of the data."
    default_code = "conflict"

    def __init__(self, detail: Any = None, code: Any = None, errors: Mapping[str, list[str]] | None = None) -> None:
        super().__init__(detail, code)
        self.errors = {key: [str(message) for message in messages] for key, messages in (errors or {}).items()}


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "too_large"


def error_body(status_code: int, detail: str, code: str | None = None, errors: Mapping | None = None) -> dict:
    """The error object; `code` defaults to a slug of the HTTP reason phrase."""
    if code is None:
        try:
            code = HTTPStatus(status_code).phrase.lower().replace(" ", "_").replace("-", "_")
        except ValueError:
            code = "error"
    return {"status": status_code, "code": str(code), "detail": str(detail), "errors": dict(errors or {})}


def flatten_errors(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested error detail ({"aliases": {0: ["…"]}}) as {"aliases.0": ["…"]}."""
    if isinstance(detail, Mapping):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            flat.update(flatten_errors(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(detail, list | tuple):
        if all(not isinstance(item, Mapping | list | tuple) for item in detail):
            return {prefix or "non_field_errors": [str(item) for item in detail]}
        flat = {}
        for index, item in enumerate(detail):
            if item:  # ListSerializer/ListField report an empty entry for each valid item
                flat.update(flatten_errors(item, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    return {prefix or "non_field_errors": [str(detail)]}


def _leaf_codes(codes: Any) -> list[str]:
    if isinstance(codes, Mapping):
        return [code for value in codes.values() for code in _leaf_codes(value)]
    if isinstance(codes, list | tuple):
        return [code for value in codes for code in _leaf_codes(value)]
    return [codes] if isinstance(codes, str) else []


def _shared_code(exc: exceptions.APIException) -> str:
    """The reason every message shares (`does_not_exist`, `mixed_units`, ...), else `invalid`: a client may act on
    the code knowing it holds for the whole refusal."""
    codes = set(_leaf_codes(exc.get_codes()))
    return codes.pop() if len(codes) == 1 else "invalid"


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    """REST_FRAMEWORK["EXCEPTION_HANDLER"]: every exception a view raises, as the error object."""
    if isinstance(exc, RequestDataTooBig):
        exc = PayloadTooLarge()
    elif isinstance(exc, TooManyFieldsSent):
        exc = exceptions.ParseError("The request has too many fields.")
    elif isinstance(exc, RecursionError):
        exc = exceptions.ParseError("The request body is nested too deeply.")
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, DatabaseError):
        view = context.get("view")
        logger.warning("Database refused an API request to %s", getattr(view, "request", None), exc_info=exc)
        set_rollback()
        if isinstance(exc, IntegrityError):
            exc = Conflict(DATABASE_REFUSED, code="database_conflict")
        else:
            exc = exceptions.ValidationError({"non_field_errors": [DATABASE_REFUSED]}, code="database_refused")

    if not isinstance(exc, exceptions.APIException):
        return None  # the middleware answers (and logs) anything else as a 500 in the same shape

    headers: dict[str, str] = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))

    if isinstance(exc, exceptions.ValidationError):
        errors = flatten_errors(exc.detail)
        messages = [message for field_messages in errors.values() for message in field_messages]
        detail = messages[0] if len(messages) == 1 else "Invalid input."
        body = error_body(exc.status_code, detail, _shared_code(exc), errors)
    else:
        body = error_body(exc.status_code, str(exc.detail), _shared_code(exc), getattr(exc, "errors", None))
    set_rollback()
    return Response(body, status=exc.status_code, headers=headers)


def json_error(status_code: int, detail: str | None = None, code: str | None = None) -> JsonResponse:
    """An error object answered outside DRF (URL not found, middleware refusals, crashes)."""
    if detail is None:
        try:
            detail = HTTPStatus(status_code).phrase + "."
        except ValueError:
            detail = "Error."
    return JsonResponse(
        error_body(status_code, detail, code), status=status_code, json_dumps_params={"ensure_ascii": False}
    )


class ErrorSerializer(serializers.Serializer):
    """The schema of the error object (documented on every operation)."""

    status = serializers.IntegerField(help_text="The HTTP status, repeated.")
    code = serializers.CharField(help_text="A stable machine-readable reason, e.g. invalid, not_found, throttled.")
    detail = serializers.CharField(help_text="What went wrong, for a person.")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Messages per field (dotted for nested fields and list items); empty when not about fields.",
    )
