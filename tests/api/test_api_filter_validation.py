"""Every query parameter is refused exactly when its published schema refuses it: a malformed, empty or repeated
value is a 400 in the one error shape naming the parameter, never a silently different list. The cases are derived
from the schema itself, so a filter added later is covered without a new test."""

from __future__ import annotations

import json

import pytest
from drf_spectacular.generators import SchemaGenerator

from core.api.filters import VALUE_BOUND

# A wrong value for each kind of parameter schema, and why it is wrong.
WRONG_BY_TYPE = {
    "integer": ["1.5", "2020.0", "+3", " 3", "٣", "1_000", "three"],
    "number": ["abc", "1,5", "NaN", "Infinity", str(VALUE_BOUND * 10)],
    "boolean": ["maybe", "1", "yes", "on"],
}
WRONG_DATES = ["2020-1-5", "3/4/20", "20200105", "2020-02-30", "yesterday"]


@pytest.fixture(scope="module")
def openapi_schema() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def get_operations(schema: dict) -> list[tuple[str, list[dict]]]:
    return [
        (path, operation.get("parameters", []))
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        if method == "get"
    ]


def concrete(path: str, world) -> str:
    return path.replace("{id}", str(world.county.pk))


def wrong_values(spec: dict) -> list[str]:
    if "enum" in spec:
        return ["not-one-of-them", spec["enum"][0].upper() + "x"]
    if spec.get("format") == "date":
        return WRONG_DATES
    if "pattern" in spec:
        return ["x!", " 37", "37 ", "٣٧"]
    return WRONG_BY_TYPE.get(spec.get("type"), [])


def assert_refused(response, name: str) -> None:
    assert response.status_code == 400, (name, response.content)
    body = json.loads(response.content)
    assert set(body) == {"status", "code", "detail", "errors"} and name in body["errors"], body


@pytest.mark.django_db
def test_every_malformed_parameter_value_is_a_400_naming_it(anonymous, world, openapi_schema):
    checked = 0
    for path, parameters in get_operations(openapi_schema):
        for parameter in (p for p in parameters if p["in"] == "query"):
            for value in wrong_values(parameter["schema"]):
                assert_refused(anonymous.get(concrete(path, world), {parameter["name"]: value}), parameter["name"])
                checked += 1
    assert checked > 300  # every list's filters, not a handful


@pytest.mark.django_db
def test_typed_parameters_refuse_an_empty_or_repeated_value(anonymous, world, openapi_schema):
    for path, parameters in get_operations(openapi_schema):
        for parameter in (p for p in parameters if p["in"] == "query"):
            name, spec = parameter["name"], parameter["schema"]
            url = concrete(path, world)
            free_text = spec == {"type": "string"} or set(spec) == {"type", "maxLength"} or name == "cursor"
            if not free_text:
                assert_refused(anonymous.get(f"{url}?{name}="), name)
            assert_refused(anonymous.get(f"{url}?{name}=1&{name}=2"), name)


@pytest.mark.django_db
def test_every_number_parameter_is_bounded_and_none_is_nullable(openapi_schema):
    for path, parameters in get_operations(openapi_schema):
        for parameter in (p for p in parameters if p["in"] == "query"):
            spec = parameter["schema"]
            assert "nullable" not in spec, (path, parameter["name"])
            if spec.get("type") in ("integer", "number"):
                assert "minimum" in spec and "maximum" in spec, (path, parameter["name"], spec)


@pytest.mark.parametrize(
    "query",
    [
        "year=2020",
        "value_min=1.5e%2B3&value_max=100000000000000000",
        "value_min=-0.5",
        "locality=37",
        "locality=370400000000",
        "ordering=-value,id",
        "period_from=2020-01-01&period_to=2020-12-31",
        "metric=",  # free text: empty matches everything
        "cursor=",
        "descendants=FALSE&locality=37",
    ],
)
@pytest.mark.django_db
def test_well_formed_values_are_accepted(anonymous, world, query):
    world.province.code = "370000000000"
    world.province.save()
    world.county.code = "370400000000"
    world.county.save()
    response = anonymous.get(f"/api/indicators/?{query}")
    assert response.status_code == 200, response.content


@pytest.mark.django_db
def test_a_locality_code_filter_takes_the_prefix_it_names(anonymous, world):
    world.county.code = "370406000000"
    world.county.save()
    for code in ("370406", "370406000000"):
        names = [row["name"] for row in anonymous.get("/api/localities/", {"code": code}).json()["results"]]
        assert names == [world.county.name]
    assert_refused(anonymous.get("/api/localities/", {"code": "37040"}), "code")


@pytest.mark.django_db
def test_a_nul_in_a_text_filter_is_dropped_not_a_database_error(anonymous, world):
    response = anonymous.get("/api/indicators/", {"unit": "元\x00"})
    assert response.status_code == 200
    assert response.json()["count"] == anonymous.get("/api/indicators/", {"unit": "元"}).json()["count"] > 0


@pytest.mark.django_db
def test_each_filterset_builds_its_form_class_once_and_shares_no_state_between_requests(anonymous, world):
    from articles.filters import ArticleFilter
    from indicators.filters import IndicatorFilter

    first = IndicatorFilter(data={"year": "2020"}).get_form_class()

    assert IndicatorFilter(data={}).get_form_class() is first
    assert ArticleFilter(data={}).get_form_class() is not first  # each class its own, never a parent's
    assert set(ArticleFilter(data={}).get_form_class().base_fields) == set(ArticleFilter.base_filters)
    bad = anonymous.get("/api/indicators/?year=abc")
    good = anonymous.get("/api/indicators/?year=2020")
    again = anonymous.get("/api/indicators/?year=1899")
    assert bad.status_code == 400 and "year" in bad.json()["errors"]
    assert good.status_code == 200
    assert again.status_code == 400 and "year" in again.json()["errors"]
    declared = IndicatorFilter.base_filters["locality"]
    assert not hasattr(declared, "parent")  # requests set their own copy's parent, never the declaration's
