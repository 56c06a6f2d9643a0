"""The README's pandas recipe, run as written against a live server (only the base URL is replaced)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.api.conftest import build_world

README = Path(__file__).resolve().parents[2] / "README.md"
pd = pytest.importorskip("pandas")


def readme_recipe() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- pandas-recipe -->\n```python\n(.*?)```", text, re.S)
    assert match, "README has no pandas recipe"
    return match.group(1)


@pytest.mark.django_db(transaction=True)
def test_readme_pandas_recipe_keeps_codes_as_text(live_server):
    world = build_world()
    # The recipe asks for 枣庄市's code; here the invented county carries it, with two places below it.
    world.county.code = "370400000000"
    world.county.save(update_fields=["code"])
    code = readme_recipe().replace('BASE = "http://127.0.0.1:8000"', f'BASE = "{live_server.url}"')
    namespace: dict = {}
    exec(compile(code, "README.md (pandas recipe)", "exec"), namespace)
    frame = namespace["indicators"]
    assert sorted(frame["id"].tolist()) == sorted([world.road_km.pk, world.loan_yuan.pk, world.households.pk])
    assert frame["locality_code"].dtype == "string"
    assert frame.loc[frame["id"] == world.loan_yuan.pk, "locality_code"].item() == "370400000000"
    assert str(frame["program"].dtype) == "Int64" and frame["program"].isna().sum() == 1
    assert namespace["per_unit"]["元"] == 120000000
