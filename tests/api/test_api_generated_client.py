"""A Python client generated from the schema the server publishes, used alone for an analyst's and an editor's work.

openapi-python-client (pinned in the dev extra) generates the package into a temporary folder at test time: no
hand edits, and any generator warning fails the test. The workflow then goes through the generated code only:
filter, page to the end, read an article with its facts, correct a value with a token and read it back exactly, and
see refusals as the typed error model.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from rest_framework.authtoken.models import Token

from tests.api.conftest import build_world

pytestmark = pytest.mark.django_db(transaction=True)
GENERATOR = Path(sys.executable).with_name("openapi-python-client")


@pytest.fixture
def generated_client(live_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The package `localgov_client`, generated from `/api/schema/?format=json` as served."""
    schema = tmp_path / "schema.json"
    schema.write_bytes(httpx.get(f"{live_server.url}/api/schema/?format=json").raise_for_status().content)
    config = tmp_path / "config.yml"
    # No post-generation hooks (they would run whatever formatter is on PATH); the package name is fixed.
    config.write_text(
        "post_hooks: []\nproject_name_override: localgov_client\npackage_name_override: localgov_client\n"
    )
    output_path = ["--output-path", str(tmp_path / "localgov_client")]
    result = subprocess.run(
        [str(GENERATOR), "generate", "--path", str(schema), "--meta", "none", "--config", str(config), *output_path],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output
    monkeypatch.syspath_prepend(str(tmp_path))
    yield importlib.import_module("localgov_client")
    for name in [name for name in sys.modules if name.split(".")[0] == "localgov_client"]:
        del sys.modules[name]


def test_generated_client_round_trip(live_server, generated_client, editor_user):
    from localgov_client import AuthenticatedClient, Client
    from localgov_client.api.articles import articles_retrieve
    from localgov_client.api.indicators import indicators_list, indicators_partial_update, indicators_retrieve
    from localgov_client.models import Error, Indicator, PaginatedIndicatorList, PatchedIndicatorRequest

    world = build_world()
    anonymous = Client(base_url=live_server.url, raise_on_unexpected_status=True)
    token = Token.objects.create(user=editor_user).key
    editor = AuthenticatedClient(base_url=live_server.url, token=token, prefix="Token", raise_on_unexpected_status=True)

    # Filter (a place and everything inside it) and page to the end, one row per page.
    seen, page = [], 1
    while True:
        listing = indicators_list.sync(client=anonymous, locality=world.county.code, page_size=1, page=page)
        assert isinstance(listing, PaginatedIndicatorList)
        seen.extend(row.id for row in listing.results)
        if listing.next_ is None:
            break
        page += 1
    assert sorted(seen) == sorted([world.road_km.pk, world.loan_yuan.pk, world.households.pk])
    assert listing.count == 3

    # An article with its facts; decimals are exact strings.
    article = articles_retrieve.sync(world.revival_article.pk, client=anonymous)
    assert [(fact.metric, Decimal(fact.value)) for fact in article.indicators] == [("新建农村公路", Decimal(120))]

    # Correct a value with a token and read it back digit for digit (a string, never a float); null names present.
    corrected = indicators_partial_update.sync(
        world.zone_yuan.pk, client=editor, body=PatchedIndicatorRequest(value="123456789.123456")
    )
    assert isinstance(corrected, Indicator), corrected
    assert corrected.program_name is None and corrected.locked_fields == ["value"]
    again = indicators_retrieve.sync(world.zone_yuan.pk, client=anonymous)
    assert again.value == "123456789.123456"

    # Refusals come back as the typed error model.
    refused = indicators_partial_update.sync_detailed(
        world.zone_yuan.pk, client=editor, body=PatchedIndicatorRequest(value="many")
    )
    assert refused.status_code == 400 and isinstance(refused.parsed, Error)
    assert "value" in refused.parsed.errors.additional_properties
    unauthenticated = AuthenticatedClient(base_url=live_server.url, token="wrong", prefix="Token")
    denied = indicators_partial_update.sync_detailed(
        world.zone_yuan.pk, client=unauthenticated, body=PatchedIndicatorRequest(value="1")
    )
    assert denied.status_code == 401 and isinstance(denied.parsed, Error) and denied.parsed.code
    missing = indicators_retrieve.sync_detailed(10**9, client=anonymous)
    assert missing.status_code == 404 and isinstance(missing.parsed, Error)
