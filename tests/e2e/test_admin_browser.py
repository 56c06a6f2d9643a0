"""An editor in a real browser: correct a figure, re-import, see the correction kept and locked; merge places.

Drives Debian's Chromium through Playwright (never a downloaded browser) against pytest-django's live server.
The page is imported with the real `import_seeds` command, so this test also proves that the import respects
editors' locks end to end.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections

from indicators.models import Indicator
from localities.models import Locality

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGE = """\
乡村振兴看示范

□ 本报记者 王明

本报临沂讯 今年以来，兰陵县新建农村公路120公里，改造危房356户。

全县发放扶贫小额信贷1.2亿元，惠及贫困户3000余户。
"""
EDITOR, PASSWORD = "browser-editor", "a-long-editor-passphrase-7"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="no browser: /usr/bin/chromium is absent (apt-get install chromium)"
    ),
]


@pytest.fixture
def browser_page(monkeypatch):
    """A headless Chromium page speaking Chinese, like an editor's browser in China."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 1400})
        page = context.new_page()
        page.set_default_timeout(20_000)
        try:
            yield page
        finally:
            context.close()
            browser.close()
            # Between sync calls Playwright marks its event loop as running in this thread, and Django then keeps this
            # thread's database connections in a separate, async-context store (`connections` is a thread-critical
            # asgiref Local, and Django does no cleanup after async contexts). The test's ORM calls therefore open a
            # connection that pytest-django's teardown, running after Playwright has stopped, neither sees nor closes;
            # on PostgreSQL it stays open and blocks dropping the test database. Close it while that store is current.
            connections.close_all()


def import_page(folder: Path) -> None:
    call_command("import_seeds", str(folder), verbosity=0, stdout=io.StringIO())


def test_an_editor_corrects_a_figure_reimports_and_merges_places(live_server, browser_page, tmp_path):
    page = browser_page
    pages = tmp_path / "pages"
    pages.mkdir()
    page_file = pages / "browser-page.txt"
    page_file.write_text(PAGE, encoding="utf-8")
    import_page(pages)
    call_command("add_editor", EDITOR, "--password", PASSWORD, "--no-input", stdout=io.StringIO())
    road = Indicator.objects.get(quantity_text__startswith="120")
    assert "value" not in road.locked_fields
    assert road.history.earliest().history_user.username == settings.IMPORT_USERNAME

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", EDITOR)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))
    assert "编辑台" in page.title()  # the admin speaks Chinese to a Chinese browser

    change_url = f"{live_server.url}/admin/indicators/indicator/{road.pk}/change/"
    page.goto(change_url)
    assert page.locator("mark.editorial-extracted").first.inner_text() == road.quantity_text
    page.fill("#id_value", "125")
    page.click("input[name=_save]")
    page.wait_for_url(re.compile(r".*/admin/indicators/indicator/(\?.*)?$"))

    import_page(pages)  # the same file again: nothing may change
    page_file.write_text(PAGE + "\n记者手记：各村的道路都已通车。\n", encoding="utf-8")
    import_page(pages)  # a changed file is re-extracted: the locked value must survive
    road.refresh_from_db()
    assert road.value == 125 and road.locked_fields == ["value"]

    page.goto(change_url)
    assert float(page.input_value("#id_value")) == 125
    value_label = page.locator("label[for=id_value]").inner_text()
    assert "🔒" in value_label
    assert "🔒" in page.locator(".field-lock_status").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "indicator_change.png"), full_page=True)
    page.goto(change_url.replace("/change/", "/history/"))
    assert EDITOR in page.locator("#change-history").inner_text()

    page.goto(f"{live_server.url}/admin/articles/article/{road.article_id}/change/")
    assert page.locator("mark.kind-indicator a").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "article_change.png"), full_page=True)

    county = road.locality
    assert county is not None, "the import attributed the figure to no place"
    duplicate = Locality.objects.create(
        name=county.name.rstrip("县区市") or county.name + "旧",
        level=county.level,
        parent=county.parent,
        full_name="",
        in_gazetteer=False,
    )
    moved = Indicator.objects.exclude(pk=road.pk).first()
    Indicator.objects.filter(pk=moved.pk).update(locality=duplicate)

    page.goto(f"{live_server.url}/admin/localities/locality/?level__exact={county.level}")
    for locality in (county, duplicate):
        page.check(f"input[name=_selected_action][value='{locality.pk}']")
    page.select_option("select[name=action]", "merge_selected")
    page.click("button[name=index]")
    page.check(f"input[name=target][value='{county.pk}']")
    page.click("input[name=merge]")
    page.wait_for_selector("ul.messagelist")
    assert not Locality.objects.filter(pk=duplicate.pk).exists()
    assert Indicator.objects.get(pk=moved.pk).locality_id == county.pk
    county.refresh_from_db()
    assert duplicate.name in county.aliases
