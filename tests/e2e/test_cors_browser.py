"""A page on another origin (a notebook, a dashboard) in a real browser: it can read the API, and cannot write to it
unless the operator lists its origin for writes.

The second origin is a tiny static server on another local port; Debian's Chromium (never a downloaded browser) loads
a page from it and calls the live server with `fetch`, so the browser itself enforces CORS.
"""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission, User
from django.db import connections
from django.test import override_settings
from rest_framework.authtoken.models import Token

from programs.models import Program
from tests.e2e.test_admin_browser import CHROMIUM, CHROMIUM_ARGS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no browser: /usr/bin/chromium is absent"),
]

FETCH = """async ([api, token]) => {
    const read = await fetch(api + "/api/programs/");
    const body = await read.json();
    let wrote;
    try {
        const write = await fetch(api + "/api/programs/", {
            method: "POST",
            headers: {"Authorization": "Token " + token, "Content-Type": "application/json"},
            body: JSON.stringify({name: "跨域写入", locality: null}),
        });
        wrote = write.status;
    } catch (error) {
        wrote = "refused: " + error.name;
    }
    return {status: read.status, count: body.count, version: read.headers.get("API-Version"), wrote};
}"""


@pytest.fixture
def other_origin(tmp_path: Path):
    """http://127.0.0.1:<another port>/ serving one empty page."""
    (tmp_path / "index.html").write_text("<!doctype html><title>notebook</title>", encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def browser_page(monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_default_timeout(20_000)
        try:
            yield page
        finally:
            browser.close()
            connections.close_all()  # see tests/e2e/test_admin_browser.py: Playwright's loop hides this connection


def test_another_origin_reads_but_cannot_write_unless_configured(live_server, other_origin, browser_page):
    Program.objects.create(name="乡村振兴", national=True)
    editor = User.objects.create_user("cors-editor")
    editor.user_permissions.set(Permission.objects.filter(codename="add_program"))
    token = Token.objects.create(user=editor).key
    browser_page.goto(other_origin + "/index.html")

    result = browser_page.evaluate(FETCH, [live_server.url, token])
    assert result["status"] == 200 and result["count"] == 1 and result["version"]
    assert str(result["wrote"]).startswith("refused")  # the preflight got no Access-Control-Allow-Origin
    assert not Program.objects.filter(name="跨域写入").exists()

    with override_settings(CORS_ALLOWED_ORIGINS=[other_origin]):
        result = browser_page.evaluate(FETCH, [live_server.url, token])
    assert result["wrote"] == 201
    assert Program.objects.filter(name="跨域写入").exists()
