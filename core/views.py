"""The two pages outside the admin and the API: a landing page at `/` and a health check for operators."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from kombu import Connection

logger = logging.getLogger(__name__)


def home(request: HttpRequest) -> HttpResponse:
    """Where someone who typed the bare address lands: what this is, and links to the API, its docs and the admin."""
    return render(request, "home.html")


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache() -> None:
    """A value written to the default cache reads back (with Redis: the server answers and accepts writes)."""
    key = f"health-check:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return what was written to it")
    cache.delete(key)


def check_broker() -> None:
    """The Celery broker (`CELERY_BROKER_URL`) answers; not checked when the queue is not configured.

    Redis (the documented broker) is asked with one PING on a connection of its own, bounded by a timeout; kombu's
    connection retries and shared event loop have no place in a probe that must answer within seconds.
    """
    url = settings.CELERY_BROKER_URL
    if url.startswith(("redis://", "rediss://", "unix://")):
        client = redis.Redis.from_url(
            url, socket_connect_timeout=BROKER_TIMEOUT_SECONDS, socket_timeout=BROKER_TIMEOUT_SECONDS
        )
        try:
            client.ping()
        finally:
            client.close()
        return
    with Connection(url, connect_timeout=BROKER_TIMEOUT_SECONDS) as broker:
        broker.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT_SECONDS)


BROKER_TIMEOUT_SECONDS = 2.0
CHECKS: dict[str, Callable[[], None]] = {"database": check_database, "cache": check_cache, "broker": check_broker}


@never_cache
def health(request: HttpRequest) -> JsonResponse:
    """`/health/` (and the older `/healthz`): 200 when the database, the cache and, if configured, the broker answer;
    503 naming each check that failed. No authentication, and nothing in the answer but check names and states (the
    reason, which may name hosts, goes to the log)."""
    checks: dict[str, str] = {}
    for name, check in CHECKS.items():
        if name == "broker" and not settings.CELERY_BROKER_URL:
            checks[name] = "not configured"
            continue
        try:
            check()
        except Exception as exc:  # any failure of a dependency is "unavailable", never a 500
            logger.warning("health check %s failed: %s: %s", name, type(exc).__name__, exc)
            checks[name] = "unavailable"
        else:
            checks[name] = "ok"
    failed = [name for name, state in checks.items() if state == "unavailable"]
    body = {"status": "unavailable" if failed else "ok", "checks": checks}
    if failed:
        body["failed"] = failed
    return JsonResponse(body, status=503 if failed else 200)
