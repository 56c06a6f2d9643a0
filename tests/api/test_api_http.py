"""What HTTP clients look for: caching validators, paging links, rate-limit headers, CORS, a version; the throttle
keyed on the peer address in the shared cache; the deployment checks clean over HTTPS."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]


def throttled(rate: str, **extra):
    return override_settings(
        REST_FRAMEWORK={**django_settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": rate}, **extra}
    )


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_etag_then_304(anonymous, world):
    for path in (
        "/api/indicators/?unit=元",
        f"/api/indicators/{world.loan_yuan.pk}/",
        f"/api/sources/{world.source.pk}/",
    ):
        first = anonymous.get(path)
        assert first.status_code == 200 and first["ETag"]
        again = anonymous.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304 and again.content == b""
    # A source's detail is its own fields only: Last-Modified, and If-Modified-Since answered.
    first = anonymous.get(f"/api/sources/{world.source.pk}/")
    assert anonymous.get(first.wsgi_request.path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304


@pytest.mark.django_db
def test_etag_changes_with_the_data(anonymous, editor, world):
    path = f"/api/indicators/{world.loan_yuan.pk}/"
    etag = anonymous.get(path)["ETag"]
    editor.patch(path, {"value": "7"}, format="json")
    assert anonymous.get(path, HTTP_IF_NONE_MATCH=etag).status_code == 200


@pytest.mark.django_db
def test_link_header_next_and_prev(anonymous, world):
    first = anonymous.get("/api/indicators/?page_size=1")
    assert 'rel="next"' in first["Link"] and 'rel="prev"' not in first["Link"]
    second = anonymous.get("/api/indicators/?page_size=1&page=2")
    assert 'rel="next"' in second["Link"] and 'rel="prev"' in second["Link"]
    assert "page=3" in second["Link"]


@pytest.mark.django_db
def test_api_version_header_matches_the_schema(anonymous, world, openapi):
    response = anonymous.get("/api/programs/")
    assert response["API-Version"] == openapi["info"]["version"] == django_settings.SPECTACULAR_SETTINGS["VERSION"]
    assert anonymous.get("/api/nowhere/")["API-Version"] == openapi["info"]["version"]


@pytest.mark.django_db
def test_ratelimit_headers_and_retry_after(anonymous, world):
    with throttled("3/minute"):
        answers = [anonymous.get("/api/programs/") for _ in range(4)]
    assert [r.status_code for r in answers] == [200, 200, 200, 429]
    assert [r["RateLimit-Remaining"] for r in answers] == ["2", "1", "0", "0"]
    assert all(r["RateLimit-Limit"] == "3" and 1 <= int(r["RateLimit-Reset"]) <= 60 for r in answers)
    assert 1 <= int(answers[-1]["Retry-After"]) <= 60
    assert answers[-1].json()["code"] == "throttled"


@pytest.mark.django_db
def test_forwarded_for_does_not_buy_a_fresh_allowance(anonymous, world):
    with throttled("3/minute"):
        codes = [anonymous.get("/api/programs/", HTTP_X_FORWARDED_FOR=str(uuid.uuid4())).status_code for _ in range(6)]
    assert codes == [200, 200, 200, 429, 429, 429]


@pytest.mark.django_db
def test_a_trusted_proxy_count_keys_on_the_forwarded_client(anonymous, world):
    with throttled("2/minute", NUM_PROXIES=1):
        first = [anonymous.get("/api/programs/", HTTP_X_FORWARDED_FOR="203.0.113.7").status_code for _ in range(3)]
        other = anonymous.get("/api/programs/", HTTP_X_FORWARDED_FOR="203.0.113.8").status_code
    assert first == [200, 200, 429] and other == 200


@pytest.mark.django_db
def test_counts_live_in_the_shared_cache(anonymous, world):
    """Every worker process reads and writes the same counts: they are in Django's cache, not in the process."""
    with throttled("2/minute"):
        assert anonymous.get("/api/programs/").status_code == 200
        keys = [key for key in cache._cache if "throttle_anon_127.0.0.1" in key]  # locmem's store, in tests
        assert len(keys) == 1
        cache.clear()  # what another worker would see after a restart of the cache: a fresh window
        assert anonymous.get("/api/programs/")["RateLimit-Remaining"] == "1"


@pytest.mark.django_db
def test_editors_are_not_throttled(editor, world):
    with throttled("1/minute"):
        assert [editor.get("/api/programs/").status_code for _ in range(3)] == [200, 200, 200]


ELSEWHERE = "http://notebook.example"


@pytest.mark.django_db
def test_cors_reads_from_any_origin_writes_only_from_configured_ones(anonymous, editor, world):
    response = anonymous.get("/api/programs/", HTTP_ORIGIN=ELSEWHERE)
    assert response["Access-Control-Allow-Origin"] in ("*", ELSEWHERE)
    assert "ETag" in response["Access-Control-Expose-Headers"]
    read_preflight = anonymous.options(
        "/api/programs/", HTTP_ORIGIN=ELSEWHERE, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert read_preflight.status_code == 200 and "Access-Control-Allow-Origin" in read_preflight
    write_preflight = anonymous.options(
        "/api/programs/",
        HTTP_ORIGIN=ELSEWHERE,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization,content-type",
    )
    assert "Access-Control-Allow-Origin" not in write_preflight
    with override_settings(CORS_ALLOWED_ORIGINS=[ELSEWHERE]):
        write_preflight = anonymous.options(
            "/api/programs/", HTTP_ORIGIN=ELSEWHERE, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
        )
        assert write_preflight["Access-Control-Allow-Origin"] == ELSEWHERE
        assert "POST" in write_preflight["Access-Control-Allow-Methods"]
    with override_settings(API_CORS_READ_ORIGINS=["http://only.example"]):
        assert "Access-Control-Allow-Origin" not in anonymous.get("/api/programs/", HTTP_ORIGIN=ELSEWHERE)
    assert "Access-Control-Allow-Origin" not in anonymous.get("/admin/login/", HTTP_ORIGIN=ELSEWHERE)


def test_deploy_checks_are_clean_over_https():
    env = {
        **os.environ,
        "DEBUG": "0",
        "HTTPS": "1",
        "SECRET_KEY": "k" * 20 + uuid.uuid4().hex + uuid.uuid4().hex,
        "ALLOWED_HOSTS": "data.example.org",
        "DJANGO_SETTINGS_MODULE": "core.settings",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
