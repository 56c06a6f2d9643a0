"""Official codes on regions the development set never shows: provinces (直辖市, 自治区), prefectures (盟, 自治州)
and counties (旗, 县级市 under a province) of every fixture set resolve to gazetteer rows with codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from localities.models import Locality
from localities.selectors import CODED_LEVELS, code_coverage

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SETS = sorted(f.name for f in FIXTURES.iterdir() if f.is_dir() and any(f.glob("*.txt")))


@pytest.mark.parametrize("name", SETS)
def test_every_administrative_place_on_fixture_pages_carries_its_official_code(run_import, name: str) -> None:
    code, _, err = run_import(str(FIXTURES / name))
    assert code == 0, err

    coverage = {row["level"]: row for row in code_coverage() if row["level"] in CODED_LEVELS}
    assert set(coverage) == set(CODED_LEVELS)
    uncoded = list(
        Locality.objects.filter(level__in=CODED_LEVELS, code__isnull=True).values_list("full_name", flat=True)
    )
    assert uncoded == []
    assert all(row["coded"] == row["total"] > 0 for row in coverage.values())
