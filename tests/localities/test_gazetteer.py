"""The gazetteer build (normalisation, levels, reproducibility) and its loader, on a tiny hand-made input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from localities.gazetteer import build, loader
from tests.localities.nbs_tables import write_nbs_tables

PROVINCES = 'code,name\n37,"山东省"\n11,"北京市"\n'
CITIES = 'code,name,provinceCode\n3704,"枣庄市",37\n1101,"市辖区",11\n'
AREAS = (
    "code,name,cityCode,provinceCode\n"
    '370406,"山亭区",3704,37\n'
    '370481,"滕州市",3704,37\n'
    '370471,"枣庄高新技术产业开发区",3704,37\n'
    '110101,"东城区",1101,11\n'
)
STREETS = (
    "code,name,areaCode,provinceCode,cityCode\n"
    '370406107,"水泉镇",370406,37,3704\n'
    '370481106,"西岗镇",370481,37,3704\n'
    '370481003,"北辛街道办事处",370481,37,3704\n'
    '110101001,"东华门街道",110101,11,1101\n'
    '370406000,"山亭区",370406,37,3704\n'  # NBS placeholder rows coded like their county (as for 金门县)
)
VILLAGES = (
    "code,name,streetCode,provinceCode,cityCode,areaCode\n"
    '370406107201,"棠棣峪村民委员会",370406107,37,3704,370406\n'
    '370406107202,"新村村委会",370406107,37,3704,370406\n'
    '370481106001,"西岗社区居民委员会",370481106,37,3704,370481\n'
    '370481106002,"前进居委会",370481106,37,3704,370481\n'
    '110101001001,"多福巷社区居委会",110101001,11,1101,110101\n'
    '370406000000,"山亭区",370406000,37,3704,370406\n'
)
TOWNSHIPS = {
    "370481000000": {
        "county": "滕州市",
        "townships": {"西岗镇": "370481106000", "东沙河街道": "370481005000", "北辛街道": "370481003000"},
    },
    "370406000000": {"county": "山亭区", "townships": {"水泉街道": "370406107000"}},
}


@pytest.fixture
def sources(tmp_path: Path) -> tuple[Path, Path]:
    nbs = write_nbs_tables(tmp_path / "dist", PROVINCES, CITIES, AREAS, STREETS, VILLAGES)
    mca = tmp_path / "townships_v1.json"
    mca.write_text(json.dumps(TOWNSHIPS, ensure_ascii=False), encoding="utf-8")
    return nbs, mca


def rows_of(path: Path) -> dict[str, dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        header = next(handle).rstrip("\n").split("\t")
        return {line.split("\t")[0]: dict(zip(header, line.rstrip("\n").split("\t"), strict=True)) for line in handle}


@pytest.mark.parametrize(
    ("raw", "name", "level"),
    [
        ("棠棣峪村民委员会", "棠棣峪村", "village"),
        ("王庄村村民委员会", "王庄村", "village"),
        ("新村村委会", "新村", "village"),
        ("东郭村委会", "东郭村", "village"),
        ("西岗社区居民委员会", "西岗社区", "community"),
        ("百通社区居委会", "百通社区", "community"),
        ("前进居委会", "前进社区", "community"),
        ("巴音嘎查委员会", "巴音嘎查", "village"),
        ("光明社区", "光明社区", "community"),
    ],
)
def test_village_long_forms_become_printed_forms(raw: str, name: str, level: str) -> None:
    printed, found_level, aliases = build.normalise_village(raw)
    assert (printed, found_level) == (name, level)
    if raw != name:
        assert raw in aliases


@pytest.mark.parametrize(
    ("name", "level", "short"),
    [
        ("滕州市", "county", "滕州"),
        ("李沧区", "county", "李沧"),
        ("盂县", "county", "盂县"),  # a one-character stem is never printed alone
        ("长阳土家族自治县", "county", "长阳"),
        ("枣庄市", "prefecture", "枣庄"),
        ("广西壮族自治区", "province", "广西"),
        ("水泉镇", "township", "水泉"),
        ("兖山街道", "township", "兖山"),
    ],
)
def test_short_names_drop_the_administrative_suffix(name: str, level: str, short: str) -> None:
    assert build.short_name(name, level) == short


def test_build_is_byte_identical_across_runs(sources: tuple[Path, Path], tmp_path: Path) -> None:
    nbs, mca = sources
    first, second = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    build.build(nbs, mca, first)
    build.build(nbs, mca, second)
    assert first.read_bytes() == second.read_bytes()


def test_build_levels_parents_and_mca_merge(sources: tuple[Path, Path], tmp_path: Path) -> None:
    nbs, mca = sources
    out = tmp_path / "g.tsv.gz"
    build.build(nbs, mca, out)
    rows = rows_of(out)
    assert rows["370471000000"]["level"] == "zone"  # NBS county-level code 7x
    assert rows["370406000000"]["level"] == "county"  # placeholders never overwrite the county
    assert rows["370471000000"]["parent"] == "370400000000"
    assert rows["110101000000"]["parent"] == "110000000000"  # 市辖区 is skipped: districts hang on 北京市
    assert rows["370481003000"]["name"] == "北辛街道"
    assert "北辛街道办事处" in rows["370481003000"]["aliases"]
    assert rows["370406107201"]["name"] == "棠棣峪村"
    assert rows["370406107201"]["parent"] == "370406107000"
    # MCA: a rename keeps the code and adds the new name; a new township gets a row of its own.
    assert "水泉街道" in rows["370406107000"]["aliases"].split("|")
    assert rows["370481005000"]["name"] == "东沙河街道"
    assert (rows["370481005000"]["source"], rows["370481005000"]["year"]) == ("mca", "2025")
    assert rows["370481106000"]["source"] == "nbs"  # same name under the same county: not duplicated


def test_loader_indexes_names_short_forms_and_villages(sources: tuple[Path, Path], tmp_path: Path) -> None:
    nbs, mca = sources
    out = tmp_path / "g.tsv.gz"
    build.build(nbs, mca, out)
    gazetteer = loader.parse(out)
    (tengzhou,) = gazetteer.lookup("滕州市")
    assert gazetteer.lookup_short("滕州") == (tengzhou,)
    (xigang,) = gazetteer.lookup("西岗镇")
    assert gazetteer.full_name(xigang) == "山东省枣庄市滕州市西岗镇"
    assert gazetteer.lookup("北辛街道办事处") == gazetteer.lookup("北辛街道")
    assert gazetteer.lookup("水泉街道") == gazetteer.lookup("水泉镇")  # renamed since 2023
    villages = gazetteer.villages(xigang)
    assert {name: row.level for name, row in villages.items()} == {"西岗社区": "community", "前进社区": "community"}
    assert gazetteer.descendants(gazetteer.lookup("枣庄市")[0], "township") != []


def test_loader_cache_round_trip(sources: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbs, mca = sources
    out = tmp_path / "g.tsv.gz"
    build.build(nbs, mca, out)
    monkeypatch.setenv("LOCALITIES_CACHE_DIR", str(tmp_path / "cache"))
    first = loader.load(out)
    assert list((tmp_path / "cache").glob("gazetteer-*.pickle"))
    second = loader.load(out)
    assert second.codes == first.codes and second.by_name == first.by_name


def test_committed_gazetteer_is_national_and_compact() -> None:
    assert loader.DATA_FILE.stat().st_size < 50 * 1024 * 1024
    gazetteer = loader.get_gazetteer()
    assert len(gazetteer.lookup("水泉镇")) >= 5  # the bare name really is ambiguous nationally
    (zouping,) = gazetteer.lookup("邹城市")
    assert gazetteer.codes[zouping] == "370883000000"


def test_importing_the_package_does_not_load_the_data() -> None:
    import importlib

    module = importlib.reload(loader)
    assert module._instance is None
