"""What every response under /api/ gets, whichever view (or no view) produced it.

- A write to `/api/indicators` (no trailing slash) is served as `/api/indicators/` instead of being redirected: a
  301 makes clients resend a POST as a GET and lose its body, and with DEBUG on Django refuses with a 500.
- Any error that is not already the JSON error object (Django's HTML 404/400/500 pages, a CSV-rendered error)
  becomes one (see `core.api.errors`); an exception no view handled is logged and answered as a 500 in that shape.
- The API version as a response header, and the anonymous rate limit's `RateLimit-*` headers
  (`core.api.throttling`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve

from core.api.errors import SERVER_ERROR, error_body, json_error

logger = logging.getLogger("core.api")

API_PREFIX = "/api/"
VERSION_HEADER = "API-Version"


def api_version() -> str:
    return settings.SPECTACULAR_SETTINGS["VERSION"]


def _resolves(path: str) -> bool:
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


class ApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        path = request.path_info
        if not path.endswith("/") and not _resolves(path) and _resolves(path + "/"):
            request.path_info = path + "/"
            request.path = request.path + "/"
        response = self.get_response(request)
        if response.status_code >= 400 and not self._is_error_object(response):
            response = self._as_error_object(response)
        response[VERSION_HEADER] = api_version()
        ratelimit = getattr(request, "ratelimit", None)
        if ratelimit is not None:
            for header, value in ratelimit.headers().items():
                response[header] = value
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path_info.startswith(API_PREFIX):
            return None
        logger.error("Unhandled error answering %s %s", request.method, request.path, exc_info=exception)
        return json_error(500, SERVER_ERROR, "server_error")

    @staticmethod
    def _is_error_object(response: HttpResponse) -> bool:
        media_type = response.get("Content-Type", "").split(";")[0].strip()
        if getattr(response, "streaming", False) or media_type != "application/json":  # not application/jsonl
            return False
        try:
            body = json.loads(response.content)
        except ValueError:
            return False
        return isinstance(body, dict) and {"status", "code", "detail", "errors"} <= set(body)

    @staticmethod
    def _as_error_object(response: HttpResponse) -> HttpResponse:
        data = getattr(response, "data", None)
        if isinstance(data, dict) and {"status", "code", "detail", "errors"} <= set(data):
            body = data  # rendered by another renderer (?format=csv, the browsable API's HTML stays as it is)
            if response.get("Content-Type", "").startswith("text/html"):
                return response
        else:
            body = error_body(response.status_code, _default_detail(response.status_code))
        replacement = json_error(response.status_code)
        replacement.content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        for header in ("WWW-Authenticate", "Retry-After", "Allow"):
            if header in response:
                replacement[header] = response[header]
        return replacement


def _default_detail(status_code: int) -> str:
    if status_code == 404:
        return "No API resource at this address."
    if status_code == 500:
        return SERVER_ERROR
    return error_body(status_code, "")["code"].replace("_", " ").capitalize() + "."
