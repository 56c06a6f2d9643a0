"""The API refuses what would corrupt data, never answers 5xx or a database message, and errors have one shape."""

from __future__ import annotations

import json
import logging

import pytest
from django.db import IntegrityError, connection
from django.test import override_settings

from localities.models import Locality
from programs.models import Program

ERROR_KEYS = {"status", "code", "detail", "errors"}


def assert_error(response, status: int, field: str | None = None) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    assert set(body) == ERROR_KEYS and body["status"] == status, body
    if field is not None:
        assert field in body["errors"], body
    return body


@pytest.mark.parametrize(
    "path",
    ["/api/nowhere/", "/api/indicators/999999/", "/api/indicators/999999/?format=csv", "/api/indicators/?page=99"],
)
@pytest.mark.django_db
def test_not_found_is_the_error_object_even_under_csv(anonymous, world, path):
    assert_error(anonymous.get(path), 404)


@pytest.mark.django_db
def test_bad_filter_under_csv_is_json(anonymous, world):
    assert_error(anonymous.get("/api/indicators/?format=csv&verified=maybe"), 400, "verified")


@pytest.mark.django_db
def test_unexpected_exception_is_a_logged_500_in_the_same_shape(anonymous, world, monkeypatch, caplog):
    from indicators.views import IndicatorViewSet

    def explode(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(IndicatorViewSet, "list", explode)
    with caplog.at_level(logging.ERROR, logger="core.api"):
        body = assert_error(anonymous.get("/api/indicators/"), 500)
    assert "secret" not in json.dumps(body) and "secret internals" in caplog.text


@pytest.mark.django_db
def test_body_too_large_is_413(editor, world):
    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000):
        response = editor.post("/api/programs/", {"name": "x" * 5000, "locality": None}, format="json")
    assert_error(response, 413)


@pytest.mark.django_db
def test_deeply_nested_json_is_400(editor, world):
    body = '{"name": "深", "aliases": ' + "[" * 3000 + "]" * 3000 + "}"
    assert_error(editor.post("/api/programs/", body, content_type="application/json"), 400)


@pytest.mark.parametrize(
    "aliases", [{"a": 1}, [1, 2], "乡村", ["ok", None], ["含\x00空字符"], ["\ud800"], [["nested"]]], ids=repr
)
@pytest.mark.django_db
def test_aliases_must_be_a_list_of_strings(editor, world, aliases):
    response = editor.patch(
        f"/api/programs/{world.program_local.pk}/",
        json.dumps({"aliases": aliases}, ensure_ascii=True),
        content_type="application/json",
    )
    assert_error(response, 400)
    world.program_local.refresh_from_db()
    assert world.program_local.aliases == ["扶贫小额信贷"]


@pytest.mark.django_db
def test_keywords_must_be_a_list_of_strings(editor, world):
    response = editor.patch(f"/api/articles/{world.helper_article.pk}/", {"keywords": [1, {"x": 2}]}, format="json")
    assert_error(response, 400, "keywords.1")


@pytest.mark.django_db
def test_form_data_null_never_reaches_the_database(editor, world):
    response = editor.patch(f"/api/localities/{world.village.pk}/", {"aliases": "null", "name": "柳树村"})
    assert response.status_code in (200, 400) and b"NOT NULL" not in response.content


@pytest.mark.django_db
def test_database_refusal_is_a_fixed_message_and_logged(editor, world, monkeypatch, caplog):
    from programs.serializers import ProgramSerializer

    def refuse(self, instance, validated_data):
        raise IntegrityError('duplicate key value violates "program_unique" DETAIL: Key (name)=(secret row)')

    monkeypatch.setattr(ProgramSerializer, "update", refuse)
    with caplog.at_level(logging.WARNING, logger="core.api"):
        response = editor.patch(f"/api/programs/{world.program_local.pk}/", {"name": "改名"}, format="json")
    body = assert_error(response, 409)
    assert "secret" not in response.content.decode() and body["code"] == "database_conflict"
    assert "secret row" in caplog.text


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"evidence_text": "别的话", "evidence_start": 0, "evidence_end": 3}, "evidence_text"),
        ({"evidence_start": 0, "evidence_end": 5000}, "evidence_end"),
        ({"start_offset": 2000, "end_offset": 2001}, "end_offset"),
        ({"quantity_text": "9公里"}, "quantity_text"),
    ],
)
@pytest.mark.django_db
def test_evidence_offsets_must_point_at_their_text(editor, world, change, field):
    from tests.api.test_api_permissions import valid_payload

    payload = {**valid_payload("indicators", world), **change}
    assert_error(editor.post("/api/indicators/", payload, format="json"), 400, field)


@pytest.mark.django_db
def test_evidence_must_contain_the_figure(editor, world):
    from tests.api.test_api_permissions import valid_payload

    payload = {**valid_payload("indicators", world), "start_offset": 0, "end_offset": 4, "quantity_text": "新建道路"}
    payload.update(evidence_start=4, evidence_end=9, evidence_text="3.5公里")
    assert_error(editor.post("/api/indicators/", payload, format="json"), 400, "start_offset")


@pytest.mark.parametrize("code", ["990101", "99010100000x", "9901010000001"])
@pytest.mark.django_db
def test_locality_code_is_twelve_digits(editor, world, code):
    response = editor.patch(f"/api/localities/{world.zone.pk}/", {"code": code}, format="json")
    assert_error(response, 400, "code")


@pytest.mark.django_db
def test_partial_update_answers_every_field_even_null_ones(editor, world):
    for path, names in (
        (f"/api/indicators/{world.zone_yuan.pk}/", ("program_name", "locality_name", "locality_code")),
        (f"/api/programs/{world.program_national.pk}/", ("locality_name",)),
        (f"/api/articles/{world.helper_article.pk}/", ("main_locality_name",)),
    ):
        response = editor.patch(path, {"verified": True}, format="json")
        assert response.status_code == 200, response.content
        for name in names:
            assert name in response.json()


@pytest.mark.django_db
def test_put_without_parent_or_locality_is_refused_not_nulled(editor, world):
    response = editor.put(f"/api/localities/{world.village.pk}/", {"name": "柳树村", "level": "village"}, format="json")
    assert_error(response, 400, "parent")
    response = editor.put(f"/api/programs/{world.program_local.pk}/", {"name": "小额信贷扶贫工程"}, format="json")
    assert_error(response, 400, "locality")
    world.village.refresh_from_db()
    world.program_local.refresh_from_db()
    assert world.village.parent_id == world.township.pk and world.program_local.locality_id == world.county.pk


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.django_db
def test_writes_without_the_trailing_slash_are_served(editor, world, debug, settings):
    settings.DEBUG = debug
    response = editor.post("/api/programs", {"name": "无斜杠项目", "locality": None}, format="json")
    assert response.status_code == 201, response.content
    response = editor.patch(f"/api/programs/{response.json()['id']}", {"name": "改过"}, format="json")
    assert response.status_code == 200 and Program.objects.filter(name="改过").exists()


@pytest.mark.django_db
def test_decimals_are_exact_strings(editor, world):
    # SQLite keeps about 15 significant digits in a decimal column; PostgreSQL's numeric keeps all of them.
    value = "9007199254740993.000000" if connection.vendor == "postgresql" else "900719925474.099300"
    response = editor.patch(f"/api/indicators/{world.zone_yuan.pk}/", {"value": value}, format="json")
    assert response.status_code == 200 and response.json()["value"] == value
    # A JSON number with a fraction is read as a decimal, not a float.
    response = editor.patch(
        f"/api/indicators/{world.zone_yuan.pk}/", '{"value": 12345678.123456}', content_type="application/json"
    )
    assert response.json()["value"] == "12345678.123456"


@pytest.mark.django_db
def test_year_filters_by_the_period(anonymous, world):
    def ids(year):
        return sorted(row["id"] for row in anonymous.get("/api/indicators/", {"year": year}).json()["results"])

    assert ids(2020) == [world.road_km.pk]
    assert ids(2019) == [world.households.pk]  # a period with no end is the day it starts
    assert ids(2021) == [world.zone_yuan.pk]
    assert_error(anonymous.get("/api/indicators/", {"year": "twenty"}), 400, "year")
    assert_error(anonymous.get("/api/indicators/", {"year": 20200}), 400, "year")


@pytest.mark.django_db
def test_locality_delete_never_500(editor, world):
    Program.objects.create(name="小额信贷扶贫工程", national=False, locality=world.zone)
    assert_error(editor.delete(f"/api/localities/{world.zone.pk}/"), 409, "programs")
    assert Locality.objects.filter(pk=world.zone.pk).exists()


@pytest.mark.parametrize("verified", [0, 1, "true", "yes", None])
@pytest.mark.django_db
def test_json_booleans_are_literals(editor, world, verified):
    response = editor.patch(f"/api/programs/{world.program_local.pk}/", {"verified": verified}, format="json")
    assert_error(response, 400, "verified")


@pytest.mark.django_db
def test_an_empty_format_is_refused_not_read_as_json(editor, world):
    assert_error(editor.get("/api/programs/?format="), 400, "format")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": 5}, "name"),
        ({"locality": ""}, "locality"),
        ({"locality": "3"}, "locality"),
        ({"locality": True}, "locality"),
    ],
)
@pytest.mark.django_db
def test_json_strings_and_ids_are_not_coerced(editor, world, change, field):
    response = editor.patch(f"/api/programs/{world.program_local.pk}/", change, format="json")
    assert_error(response, 400, field)
