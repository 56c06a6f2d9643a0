"""An editor's day on a 1366×768 laptop, in a real Chromium: find, read the facts, correct, restore, merge, export.

Every page the walk opens is checked for untranslated English and for a layout that fits the screen (no sideways
scrolling, no column squeezed to a character per line); a screenshot of each step goes to tests/artifacts/.
"""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command
from django.db import connections

from core.models import Tombstone
from indicators.models import Indicator
from localities.models import Locality
from tests.admin.english import english_phrases
from tests.e2e.test_admin_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, PAGE

EDITOR, PASSWORD = "day-editor", "a-long-editor-passphrase-8"
WIDTH, HEIGHT = 1366, 768
SECOND_PAGE = """\
兰陵县推进网格化治理

本报讯 兰陵县今年投入资金1300万元，建成网格化服务站35个，覆盖全县农户。
"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no browser: /usr/bin/chromium is absent"),
]


@pytest.fixture
def laptop(monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(
            locale="zh-CN", viewport={"width": WIDTH, "height": HEIGHT}, accept_downloads=True
        )
        page = context.new_page()
        page.set_default_timeout(20_000)
        try:
            yield page
        finally:
            context.close()
            browser.close()
            connections.close_all()  # see test_admin_browser.browser_page


def check_page(page, name: str, data: set[str]) -> None:
    """Screenshot, no English, and a layout that fits 1366 px."""
    ARTIFACTS.mkdir(exist_ok=True)
    # A step that submits a form returns while the next page is still loading; a screenshot taken then fails.
    from playwright.sync_api import Error as BrowserError

    page.wait_for_load_state("load")
    for attempt in range(3):  # a loaded machine's renderer can miss a frame: "Unable to capture screenshot"
        try:
            page.screenshot(path=str(ARTIFACTS / f"day_{name}.png"), full_page=False)
            break
        except BrowserError:
            if attempt == 2:
                raise
            page.wait_for_timeout(500)
    english = english_phrases(page.content(), data)
    assert not english, f"{name}: untranslated English {english}"
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= WIDTH, f"{name}: the page is {overflow} px wide on a {WIDTH} px screen"
    narrowest = page.evaluate(
        "Math.min(...[...document.querySelectorAll('#result_list thead th')]"
        ".filter(th => th.offsetParent && !th.classList.contains('action-checkbox-column'))"
        ".map(th => th.getBoundingClientRect().width), 9999)"
    )
    assert narrowest >= 40, f"{name}: a column is squeezed to {narrowest} px"
    hidden = page.evaluate(
        "[...document.querySelectorAll('.results, .desk-facts')].map(e => e.scrollWidth - e.clientWidth)"
        ".reduce((a, b) => Math.max(a, b), 0)"
    )
    assert hidden <= 2, f"{name}: {hidden} px of the table are scrolled out of sight"


def test_an_editors_day_at_1366_by_768(live_server, laptop, tmp_path):
    page = laptop
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "day-1.txt").write_text(PAGE, encoding="utf-8")
    (pages / "day-2.txt").write_text(SECOND_PAGE, encoding="utf-8")
    call_command("import_seeds", str(pages), verbosity=0, stdout=io.StringIO())
    call_command("add_editor", EDITOR, "--password", PASSWORD, "--no-input", stdout=io.StringIO())
    data = {EDITOR, "day-1.txt", "day-2.txt", "import", str(pages), "pages"}  # sources are named pages/day-1.txt

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", EDITOR)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))
    check_page(page, "01_desk", data)

    # Find: the indicator list, narrowed by typing a place into the searchable filter.
    page.goto(f"{live_server.url}/admin/indicators/indicator/")
    check_page(page, "02_indicators", data)
    county = Locality.objects.get(name="兰陵县")
    box = page.locator("#changelist-filter input[list]").first
    box.fill(str(county))
    box.dispatch_event("change")
    page.wait_for_url(re.compile(rf".*locality__id__exact={county.pk}.*"))
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == Indicator.objects.filter(locality=county).count() >= 2
    big = Indicator.objects.get(quantity_text__startswith="1300")
    assert "1,300万元" in page.locator("#result_list").inner_text()
    check_page(page, "03_found", data)

    # Read: the article's facts, as a table, linked both ways.
    page.goto(f"{live_server.url}/admin/articles/article/{big.article_id}/change/")
    facts = page.locator("table.desk-facts")
    assert facts.locator("tbody tr").count() == big.article.indicators.count()
    page.locator(".field-facts_table").scroll_into_view_if_needed()
    check_page(page, "04_article_facts", data)
    facts.locator(f"a[href$='/indicators/indicator/{big.pk}/change/']").click()

    # Correct: the figure, which is locked against re-import.
    page.wait_for_url(re.compile(rf".*/indicator/{big.pk}/change/$"))
    page.fill("#id_value", "13500000")
    check_page(page, "05_correct", data)
    page.click("input[name=_save]")
    page.wait_for_url(re.compile(r".*/admin/indicators/indicator/(\?.*)?$"))
    big.refresh_from_db()
    assert big.value == 13500000 and "value" in big.locked_fields

    # Restore: delete an indicator by mistake, bring it back from the deleted rows.
    road = Indicator.objects.get(quantity_text__startswith="120公里")
    page.goto(f"{live_server.url}/admin/indicators/indicator/{road.pk}/delete/")
    page.click("input[type=submit]")
    page.wait_for_selector("ul.messagelist")
    assert not Indicator.objects.filter(pk=road.pk).exists()
    page.goto(f"{live_server.url}/admin/core/tombstone/")
    check_page(page, "06_tombstones", data)
    tombstone = Tombstone.objects.get(model_label="indicators.indicator")
    page.check(f"input[name=_selected_action][value='{tombstone.pk}']")
    page.select_option("select[name=action]", "restore_selected")
    page.click("button[name=index]")
    page.wait_for_selector("ul.messagelist")
    assert Indicator.objects.filter(pk=road.pk).exists()
    check_page(page, "07_restored", data)

    # Merge: a duplicate place into the real one; then undo it from the deleted rows.
    duplicate = Locality.objects.create(
        name="兰陵", level=county.level, parent=county.parent, full_name=f"{county.parent}兰陵", in_gazetteer=False
    )
    page.goto(f"{live_server.url}/admin/localities/locality/?level__exact={county.level}")
    check_page(page, "08_places", data)
    for locality in (county, duplicate):
        page.check(f"input[name=_selected_action][value='{locality.pk}']")
    page.select_option("select[name=action]", "merge_selected")
    page.click("button[name=index]")
    page.wait_for_selector("input[name=target]")
    check_page(page, "09_merge_confirm", data)
    page.check(f"input[name=target][value='{county.pk}']")
    page.click("input[name=merge]")
    page.wait_for_selector("ul.messagelist")
    assert not Locality.objects.filter(pk=duplicate.pk).exists()
    page.goto(f"{live_server.url}/admin/")
    assert "兰陵县" in page.locator("#recent-actions-module").inner_text()  # merges show in 最近动作
    check_page(page, "10_recent_actions", data)
    page.goto(f"{live_server.url}/admin/core/tombstone/?model_label=localities.locality")
    merged = Tombstone.objects.get(model_label="localities.locality")
    page.check(f"input[name=_selected_action][value='{merged.pk}']")
    page.select_option("select[name=action]", "restore_selected")
    page.click("button[name=index]")
    page.wait_for_selector("ul.messagelist")
    assert Locality.objects.filter(pk=duplicate.pk).exists()  # the merge is undone, same id
    check_page(page, "10b_unmerged", data)

    # Export: the county's figures as CSV for Excel (BOM, codes as text).
    page.goto(f"{live_server.url}/admin/indicators/indicator/export/?locality__id__exact={county.pk}")
    page.select_option("select[name=format]", label="csv")
    check_page(page, "11_export", data)
    with page.expect_download() as download_info:
        page.click("input[type=submit]")
    content = download_info.value.path().read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    assert "网格化服务站" in text or "投入资金" in text
    if county.code:
        assert f'"=""{county.code}"""' in text or f'="{county.code}"' in text
