"""Who may do what: reading is open, writing needs the model's Django permission; refusals are 401/403, never 500."""

from __future__ import annotations

from typing import Any as World

import pytest
from django.contrib.auth.models import Permission
from django.test import override_settings


def valid_payload(resource: str, world: World) -> dict:
    return {
        "sources": {"name": "typed.txt", "text": "正文"},
        "articles": {"source": world.source.pk, "position": 7, "body": "正文", "start_offset": 0, "end_offset": 2},
        "localities": {"name": "新村", "level": "village", "parent": world.township.pk},
        "programs": {"name": "新项目", "locality": None},
        "indicators": {
            "article": world.grid_article.pk,
            "metric": "新建道路",
            "value": "3.5",
            "unit": "公里",
            "quantity_text": "3.5公里",
            "start_offset": 4,
            "end_offset": 9,
            "evidence_text": "新建道路3.5公里",
            "evidence_start": 0,
            "evidence_end": 9,
        },
    }[resource]


def existing(resource: str, world: World) -> int:
    return {
        "sources": world.source,
        "articles": world.helper_article,
        "localities": world.zone_village,
        "programs": world.program_national,
        "indicators": world.households,
    }[resource].pk


RESOURCES = ["sources", "articles", "localities", "programs", "indicators"]


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.django_db
def test_anyone_may_read(anonymous, world, resource):
    assert anonymous.get(f"/api/{resource}/").status_code == 200
    assert anonymous.get(f"/api/{resource}/{existing(resource, world)}/").status_code == 200


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize(("who", "status"), [("anonymous", 401), ("reader", 403)])
@pytest.mark.django_db
def test_writes_without_permission_are_refused(request, world, resource, who, status):
    client = request.getfixturevalue(who)
    item = f"/api/{resource}/{existing(resource, world)}/"
    assert client.post(f"/api/{resource}/", valid_payload(resource, world), format="json").status_code == status
    assert client.put(item, valid_payload(resource, world), format="json").status_code == status
    assert client.patch(item, {"verified": True}, format="json").status_code == status
    assert client.delete(item).status_code == status
    assert client.get(item).status_code == 200  # nothing was deleted


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.django_db
def test_editor_may_write(editor, world, resource):
    created = editor.post(f"/api/{resource}/", valid_payload(resource, world), format="json")
    assert created.status_code == 201, created.content
    item = f"/api/{resource}/{created.json()['id']}/"
    assert editor.patch(item, {"verified": True}, format="json").json()["verified"] is True
    assert editor.put(item, valid_payload(resource, world), format="json").status_code == 200
    assert editor.delete(item).status_code == 204


@pytest.mark.django_db
def test_change_permission_alone_does_not_allow_delete(reader, world):
    from django.contrib.auth.models import User

    User.objects.get(username="reader").user_permissions.add(Permission.objects.get(codename="change_indicator"))
    item = f"/api/indicators/{world.households.pk}/"
    assert reader.patch(item, {"verified": True}, format="json").status_code == 200
    assert reader.delete(item).status_code == 403


@pytest.mark.django_db
def test_anonymous_write_says_how_to_authenticate(anonymous, world):
    response = anonymous.post("/api/programs/", {"name": "x"}, format="json")
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Token"


@pytest.mark.django_db
def test_garbage_bodies_are_400_not_500(editor, world):
    assert editor.post("/api/indicators/", "not json", content_type="application/json").status_code == 400
    assert editor.post("/api/indicators/", [1, 2], format="json").status_code == 400


@override_settings(API_READ_REQUIRES_LOGIN=True)
@pytest.mark.django_db
def test_reading_can_require_login(anonymous, reader, world):
    assert anonymous.get("/api/indicators/").status_code == 401
    assert reader.get("/api/indicators/").status_code == 200


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"value": "许多"}, "value"),
        ({"value": "1e999"}, "value"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"period_start": "2020-05-01", "period_end": "2020-01-01"}, "period_end"),
        ({"value_low": 5, "value_high": 1}, "value_high"),
        ({"locality": 987654321}, "locality"),
        ({"unit": "公" * 30}, "unit"),
        ({"evidence_start": 10, "evidence_end": 2}, "evidence_end"),
    ],
)
@pytest.mark.django_db
def test_indicator_validation_names_the_field(editor, world, change, field):
    response = editor.patch(f"/api/indicators/{world.households.pk}/", change, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["errors"]


@pytest.mark.django_db
def test_indicator_change_is_locked_like_an_admin_edit(editor, world):
    from indicators.models import Indicator

    response = editor.patch(
        f"/api/indicators/{world.households.pk}/", {"value": "3100", "unit": "户", "verified": True}, format="json"
    )
    assert response.status_code == 200, response.content
    row = Indicator.objects.get(pk=world.households.pk)
    assert row.locked_fields == ["value"]  # unit did not change; verified is bookkeeping
    assert row.verified is True and row.history.first().history_user.username == "editor"


@pytest.mark.parametrize("who", ["anonymous", "editor"])
@pytest.mark.django_db
def test_browsable_api_renders(request, world, who):
    client = request.getfixturevalue(who)
    for url in ("/api/", "/api/indicators/", f"/api/localities/{world.county.pk}/", "/api/docs/", "/api/redoc/"):
        response = client.get(url, HTTP_ACCEPT="text/html")
        assert response.status_code == 200, url
