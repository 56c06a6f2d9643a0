"""Hand-made rows for the API tests (invented places and reports), three kinds of user, and schema validation."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from django.contrib.auth.models import Permission, User
from django.db import transaction
from drf_spectacular.generators import SchemaGenerator
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from articles.models import Article, Source
from core.text.search import article_search_text
from indicators.models import Indicator
from localities.models import Locality, LocalityMention
from localities.services import refresh_full_names
from programs.models import Program, ProgramMention

# The page the world's rows come from: long enough for every offset the tests write, and quoting the figure that the
# write tests add (the API checks that evidence offsets point at the words they claim).
PAGE_TEXT = "新建道路3.5公里。" + "。" * 1000
API_MODELS = ("source", "article", "locality", "program", "indicator")


@dataclass
class World:
    province: Locality
    prefecture: Locality
    county: Locality
    zone: Locality
    township: Locality
    village: Locality
    zone_village: Locality
    source: Source
    poverty_article: Article
    revival_article: Article
    grid_article: Article
    helper_article: Article
    program_national: Program
    program_local: Program
    road_km: Indicator
    loan_yuan: Indicator
    households: Indicator
    zone_yuan: Indicator


def make_locality(name: str, level: str, parent: Locality | None = None, code: str | None = None) -> Locality:
    locality = Locality.objects.create(name=name, level=level, parent=parent, code=code)
    refresh_full_names(locality)
    locality.refresh_from_db()
    return locality


def make_article(source: Source, position: int, title: str, body: str, **extra: Any) -> Article:
    return Article.objects.create(
        source=source,
        position=position,
        title=title,
        body=body,
        start_offset=position * 100,
        end_offset=position * 100 + len(body),
        search_text=article_search_text(title, "", body),
        **extra,
    )


def make_indicator(article: Article, start: int, metric: str, value: str, unit: str, **extra: Any) -> Indicator:
    text = extra.pop("evidence_text", f"{metric}{value}{unit}")
    return Indicator.objects.create(
        article=article,
        metric=metric,
        value=Decimal(value),
        unit=unit,
        quantity_text=f"{value}{unit}",
        start_offset=start,
        end_offset=start + len(value) + len(unit),
        evidence_text=text,
        evidence_start=start - 5,
        evidence_end=start - 5 + len(text),
        **extra,
    )


@pytest.fixture(scope="module")
def world(django_db_setup: Any, django_db_blocker: Any) -> Any:
    """Built once per module inside a transaction that is rolled back at the end (like TestCase.setUpTestData);
    each test runs in its own savepoint inside it, so a test's writes never leak into the next one."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def build_world() -> World:
    province = make_locality("青山省", "province", code="990000000000")
    prefecture = make_locality("白水市", "prefecture", province, code="990100000000")
    county = make_locality("东林县", "county", prefecture, code="990101000000")
    # A sibling whose full name starts with the county's: a prefix match on full_name would wrongly include it.
    zone = make_locality("东林县开发区", "zone", prefecture)
    township = make_locality("石桥镇", "township", county)
    village = make_locality("柳树村", "village", township)
    zone_village = make_locality("新港社区", "community", zone)

    source = Source.objects.create(
        name="2020-05-01.txt",
        content_hash="0" * 64,
        text=PAGE_TEXT,
        publication="白水日报",
        published_on=datetime.date(2020, 5, 1),
        year=2020,
    )
    poverty = make_article(
        source, 1, "扶贫小额信贷助力脱贫", "全县发放扶贫小额信贷1.2亿元，惠及贫困户3000余户。", main_locality=county
    )
    revival = make_article(
        source,
        2,
        "乡村振兴看示范",
        "石桥镇新建农村公路120公里，扶贫产业扶贫项目落地，扶贫成效明显。",
        kind=Article.Kind.FEATURE,
        main_locality=township,
    )
    grid = make_article(
        source, 3, "网格化治理进社区", "新港社区网格员走访居民，开展扶贫政策宣传。", main_locality=zone_village
    )
    # Contains the characters 扶贫 in a row but not the word: 帮扶 / 贫困户.
    helper = make_article(source, 4, "帮扶贫困户", "各村持续帮扶贫困家庭。", kind=Article.Kind.BRIEF)

    for article, place, text, start in (
        (poverty, county, "全县", 300),
        (revival, village, "柳树村", 210),
        (grid, zone_village, "新港社区", 400),
    ):
        LocalityMention.objects.create(
            article=article, locality=place, text=text, start_offset=start, end_offset=start + len(text)
        )
    national = Program.objects.create(name="乡村振兴", national=True, aliases=["乡村振兴战略"])
    local = Program.objects.create(name="小额信贷扶贫工程", locality=county, aliases=["扶贫小额信贷"])
    ProgramMention.objects.create(article=revival, program=national, text="乡村振兴", start_offset=200, end_offset=204)
    ProgramMention.objects.create(article=poverty, program=local, text="扶贫小额信贷", start_offset=110, end_offset=116)

    road = make_indicator(
        revival,
        220,
        "新建农村公路",
        "120",
        "公里",
        locality=township,
        program=national,
        period_start=datetime.date(2020, 1, 1),
        period_end=datetime.date(2020, 4, 30),
        period_text="今年以来",
    )
    loan = make_indicator(
        poverty,
        120,
        "扶贫小额信贷发放额",
        "120000000",
        "元",
        locality=county,
        program=local,
        qualifier="exact",
        verified=True,
    )
    households = make_indicator(
        poverty,
        140,
        "惠及贫困户",
        "3000",
        "户",
        locality=village,
        qualifier="more_than",
        period_start=datetime.date(2019, 6, 1),
    )
    zone_money = make_indicator(
        grid,
        420,
        "社区公益资金",
        "50000",
        "元",
        locality=zone_village,
        period_start=datetime.date(2021, 1, 1),
        period_end=datetime.date(2021, 12, 31),
    )
    return World(
        province,
        prefecture,
        county,
        zone,
        township,
        village,
        zone_village,
        source,
        poverty,
        revival,
        grid,
        helper,
        national,
        local,
        road,
        loan,
        households,
        zone_money,
    )


@pytest.fixture
def anonymous() -> APIClient:
    return APIClient()


def _token_client(user: User) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def reader(db: Any) -> APIClient:
    """Logged in, without any model permission."""
    return _token_client(User.objects.create_user("reader", password="x"))


@pytest.fixture
def editor_user(db: Any) -> User:
    user = User.objects.create_user("editor", password="x")
    codenames = [f"{action}_{model}" for model in API_MODELS for action in ("add", "change", "delete", "view")]
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


@pytest.fixture
def editor(editor_user: User) -> APIClient:
    return _token_client(editor_user)


# --- responses validated against the OpenAPI schema the project publishes --------------------------------------


def _nullable_to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0's `nullable: true` is not JSON Schema; turn it into a type union (and `$ref`s into local refs)."""
    if isinstance(node, dict):
        node = {key: _nullable_to_json_schema(value) for key, value in node.items()}
        if node.pop("nullable", False):
            if "type" in node:
                node["type"] = [node["type"], "null"]
            elif "$ref" in node or "allOf" in node or "oneOf" in node:
                node = {"anyOf": [{key: value for key, value in node.items()}, {"type": "null"}]}
            if "enum" in node:
                node["enum"] = [*node["enum"], None]
        return node
    if isinstance(node, list):
        return [_nullable_to_json_schema(item) for item in node]
    return node


@pytest.fixture(scope="session")
def openapi() -> dict:
    return _nullable_to_json_schema(SchemaGenerator().get_schema(request=None, public=True))


@pytest.fixture
def assert_matches_schema(openapi: dict):
    """assert_matches_schema(response, "/api/indicators/", "get") validates the JSON body against the schema."""

    def check(response: Any, path: str, method: str = "get") -> None:
        operation = openapi["paths"][path][method]
        declared = operation["responses"][str(response.status_code)]
        schema = declared["content"]["application/json"]["schema"]
        # OpenAPI 3.0 schemas follow JSON Schema draft 4 (boolean exclusiveMaximum and friends).
        jsonschema.Draft4Validator(
            {**schema, "components": openapi["components"]}, format_checker=jsonschema.FormatChecker()
        ).validate(response.json())

    return check
