"""`/health/`: 200 when the database, the cache and (if configured) the broker answer; 503 naming what failed."""

from __future__ import annotations

import socket

import pytest
from django.db import OperationalError

from core import views


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_healthy_without_a_broker_configured(client, settings):
    settings.CELERY_BROKER_URL = ""
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "broker": "not configured"},
    }
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_database_that_fails_is_named_with_503(client, monkeypatch):
    def broken() -> None:
        raise OperationalError("connection to server at 10.0.0.9 refused")

    monkeypatch.setitem(views.CHECKS, "database", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["database"] and body["checks"]["cache"] == "ok"
    assert "10.0.0.9" not in response.content.decode()  # reasons go to the log, not to whoever asks


@pytest.mark.django_db
def test_an_unreachable_cache_is_named_with_503(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]


@pytest.mark.django_db
def test_an_unreachable_broker_is_named_without_its_password(client, settings):
    settings.CELERY_BROKER_URL = f"redis://:hunter2@127.0.0.1:{closed_port()}/0"
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["failed"] == ["broker"]
    assert "hunter2" not in response.content.decode()


@pytest.mark.django_db
def test_a_reachable_broker_is_ok(client, settings, redis_url):
    settings.CELERY_BROKER_URL = redis_url
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["checks"]["broker"] == "ok"
