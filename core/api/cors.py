"""Cross-origin reads for everyone, cross-origin writes only for the origins an operator lists.

django-cors-headers answers for the origins in `CORS_ALLOWED_ORIGINS` (our `API_CORS_WRITE_ORIGINS`) on every
method. This receiver of its `check_request_enabled` signal adds reading — GET/HEAD, and the preflight of a GET — from
`API_CORS_READ_ORIGINS` (`*`, the default, is any origin). A browser page on another origin can then fetch lists and
details, while a write from it fails its preflight (no `Access-Control-Allow-Origin`), so the browser never sends it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

READ_METHODS = frozenset({"GET", "HEAD"})


def is_cors_read(request: HttpRequest) -> bool:
    if not request.path_info.startswith("/api/"):
        return False
    method = request.method or ""
    if method == "OPTIONS":
        method = request.headers.get("access-control-request-method", "").upper()
    if method not in READ_METHODS:
        return False
    allowed = settings.API_CORS_READ_ORIGINS
    return "*" in allowed or request.headers.get("origin", "") in allowed


def allow_cross_origin_reads(sender: Any, request: HttpRequest, **kwargs: Any) -> bool:
    return is_cors_read(request)
