"""No English on the zh-hans admin: every page an editor's day touches is crawled and its visible text checked.

The pages are reached the way an editor reaches them (lists, change pages, history and revert, delete and export
forms, merge and unlock confirmations, tombstones and import runs with errors, the 403 page), after real edits, a
delete, a merge and a verification, so the history, tombstone and recent-actions texts are there to be read.
"""

from __future__ import annotations

import socket

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse

from core.editorial import delete_rows, merge_localities, save_editor_change, set_verified
from core.models import ImportRun, Tombstone
from tests.admin.english import english_phrases

pytestmark = pytest.mark.django_db

ZH = {"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9"}


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def boss(db):
    return get_user_model().objects.create_superuser("boss", "boss@example.org", "a-long-boss-passphrase-1")


@pytest.fixture
def desk_day(page_data, boss, editor, write_page, run_import):
    """The traces of a day's work: an edit, a verification, a delete, a merge, an import with a failed file."""
    page_data.road.value = 125
    save_editor_change(page_data.road, boss)
    set_verified([page_data.houses], boss)
    delete_rows([page_data.loans], boss)
    twin = type(page_data.lanling).objects.create(
        name="兰陵", level="county", parent=page_data.city, full_name="山东省临沂市兰陵", in_gazetteer=False
    )
    merge_localities(page_data.lanling, [twin], boss)
    write_page("broken.txt", b"\x00\x01\x02 binary \xff\xfe")
    run_import(str(write_page("good.txt").parent))
    return page_data


def pages(data) -> list[str]:
    """Every admin page the editor's day shows, with data on it."""
    urls = ["/", reverse("admin:index")]
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label in {"auth", "authtoken"}:
            continue
        urls.append(admin_url(model, "changelist"))
        row = model._default_manager.order_by("pk").first()
        if row is not None:
            urls.append(admin_url(model, "change", row.pk))
            if hasattr(model_admin, "history_view"):
                urls.append(admin_url(model, "history", row.pk))
            if model_admin.has_delete_permission(_request(data), row):
                urls.append(admin_url(model, "delete", row.pk))
        if model_admin.has_add_permission(_request(data)):
            urls.append(admin_url(model, "add"))
    road = data.road
    history = road.history.order_by("history_id").first()
    urls.append(reverse("admin:indicators_indicator_simple_history", args=[road.pk, history.history_id]))
    urls.append(reverse("admin:indicators_indicator_export"))
    urls.append(reverse("admin:articles_article_export"))
    return urls


def _request(data):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = get_user_model().objects.get(username="boss")
    return request


def assert_chinese(client, url: str, response=None, data: set[str] = frozenset()) -> list[str]:
    response = response or client.get(url, **ZH)
    assert response.status_code in {200, 403}, (url, response.status_code)
    found = english_phrases(response.content.decode(), data)
    return [f"{url}: {found}"] if found else []


# The test's own data: user names, file names, the folder they are written to, the host the import ran on.
DATA = {
    "boss", "editor", "broken.txt", "good.txt", "sample.txt", "boss@example.org", settings.IMPORT_USERNAME,
    "pages", *socket.gethostname().replace(".", "-").split("-"),
}  # fmt: skip


def test_no_english_on_the_pages_of_an_editors_day(client, boss, desk_day):
    client.force_login(boss)
    problems = []
    data = DATA | {path for run in ImportRun.objects.all() for path in [*run.paths, *run.files]}
    for url in pages(desk_day):
        response = client.get(url, **ZH)
        if response.status_code == 302:
            continue
        problems += assert_chinese(client, url, response, data)
    assert Tombstone.objects.exists() and ImportRun.objects.filter(files_failed__gt=0).exists()
    assert not problems, "untranslated English (add it to locale/zh_Hans/LC_MESSAGES/django.po):\n" + "\n".join(
        problems
    )


def test_no_english_on_the_confirmation_pages(client, boss, desk_day):
    client.force_login(boss)
    problems = []
    localities = [desk_day.lanling.pk, desk_day.cangshan.pk]
    for action, model, pks in [
        ("merge_selected", type(desk_day.lanling), localities),
        ("unlock_selected", type(desk_day.road), [desk_day.road.pk]),
        ("delete_selected", type(desk_day.road), [desk_day.road.pk]),
    ]:
        url = admin_url(model, "changelist")
        response = client.post(url, {"action": action, "_selected_action": pks}, **ZH)
        problems += assert_chinese(client, f"{url} {action}", response, DATA)
    assert not problems, "\n".join(problems)


def test_no_english_on_the_403_page(client, editor, desk_day):
    client.force_login(editor)
    response = client.get(reverse("admin:auth_user_changelist"), **ZH)
    assert response.status_code == 403
    problems = assert_chinese(client, "403", response, DATA)
    assert not problems, "\n".join(problems)


def test_no_english_on_the_login_page(client, desk_day):
    response = client.get(reverse("admin:login"), **ZH)
    problems = assert_chinese(client, "login", response, DATA)
    assert not problems, "\n".join(problems)
