"""Township-level names papers print differently from the NBS tables: pseudo-units and ethnic townships.

The build/loader tests run on a tiny hand-made input; the resolver tests on the committed national file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from localities.gazetteer import build, loader
from localities.gazetteer.printed_forms import ethnic_township_forms, is_pseudo_township
from localities.resolver import resolve_page
from tests.localities.nbs_tables import write_nbs_tables

PROVINCES = 'code,name\n46,"海南省"\n52,"贵州省"\n'
CITIES = 'code,name,provinceCode\n4602,"三亚市",46\n5205,"毕节市",52\n'
AREAS = 'code,name,cityCode,provinceCode\n460205,"崖州区",4602,46\n520521,"甲县",5205,52\n520522,"乙县",5205,52\n'
STREETS = (
    "code,name,areaCode,provinceCode,cityCode\n"
    '460205198,"崖州区直辖村级区划",460205,46,4602\n'
    '520521201,"大平苗族彝族乡",520521,52,5205\n'
    '520521202,"新华民族乡",520521,52,5205\n'
    '520521203,"峡口乡",520521,52,5205\n'
    '520521204,"峡口回族乡",520521,52,5205\n'
    '520522201,"大平乡",520522,52,5205\n'
)
VILLAGES = (
    "code,name,streetCode,provinceCode,cityCode,areaCode\n"
    '460205198201,"镇海村委会",460205198,46,4602,460205\n'
    '460205198001,"东关社区居委会",460205198,46,4602,460205\n'
    '520521201201,"石桥村委会",520521201,52,5205,520521\n'
)


@pytest.fixture
def gazetteer(tmp_path: Path) -> loader.Gazetteer:
    nbs = write_nbs_tables(tmp_path / "dist", PROVINCES, CITIES, AREAS, STREETS, VILLAGES)
    out = tmp_path / "g.tsv.gz"
    build.build(nbs, None, out)
    return loader.parse(out)


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("大平苗族彝族乡", ("大平乡", "大平")),
        ("里湖瑶族乡", ("里湖乡", "里湖")),
        ("呼和车力蒙古族乡", ("呼和车力乡", "呼和车力")),
        ("城关回族镇", ("城关镇", "城关")),
        ("新华民族乡", ("新华乡", "新华")),
        ("白银纳鄂伦春族民族乡", ("白银纳乡", "白银纳")),
        ("柏杨河哈萨克族乡", ("柏杨河乡", "柏杨河")),
        ("营镇回族乡", (None, "营镇")),  # 营镇乡 would read 下营镇乡村 as a township
        ("九乡彝族回族乡", (None, "九乡")),
        ("王家乡", None),
        ("大河镇", None),
        ("家族乡", None),
        ("回族乡", None),  # a one-character stem is never printed alone
    ],
)
def test_ethnic_township_forms(name: str, forms: tuple[str, str] | None) -> None:
    assert ethnic_township_forms(name) == forms


def test_pseudo_township_names() -> None:
    assert is_pseudo_township("崖州区直辖村级区划")
    assert is_pseudo_township("县直辖村级区划")
    assert not is_pseudo_township("崖城镇")


def test_pseudo_township_is_no_place_and_its_villages_hang_on_the_county(gazetteer: loader.Gazetteer) -> None:
    assert gazetteer.lookup("崖州区直辖村级区划") == ()
    (county,) = gazetteer.lookup("崖州区")
    (pseudo,) = gazetteer.descendants(county, "township")  # still reachable: a county's villages are found so
    villages = gazetteer.villages(pseudo)
    assert set(villages) == {"镇海村", "东关社区"}
    row = villages["镇海村"]
    assert row.township == county
    assert gazetteer.full_name(row.township) + row.name == "海南省三亚市崖州区镇海村"
    assert row.code == "460205198201"  # the official code is kept


def test_ethnic_township_printed_form_and_short_form(gazetteer: loader.Gazetteer) -> None:
    (dapingmiao,) = gazetteer.lookup("大平苗族彝族乡")
    (ordinary,) = [i for i in gazetteer.lookup("大平乡") if i != dapingmiao]
    # 大平乡 names the ethnic township of 甲县 and the ordinary one of 乙县: the page's county decides.
    assert set(gazetteer.lookup("大平乡")) == {dapingmiao, ordinary}
    assert gazetteer.shorts[dapingmiao] == "大平"
    (xinhua,) = gazetteer.lookup("新华民族乡")
    assert gazetteer.lookup("新华乡") == (xinhua,)
    assert gazetteer.shorts[xinhua] == "新华"


def test_printed_form_yields_to_a_township_of_that_name_in_the_same_county(gazetteer: loader.Gazetteer) -> None:
    (plain,) = gazetteer.lookup("峡口乡")
    assert gazetteer.names[plain] == "峡口乡"  # not also 峡口回族乡 of the same county


def mentions(text: str) -> dict[str, str]:
    (found,) = resolve_page([text])
    return {m.text: m.place.full_name for m in found}


def test_village_under_a_pseudo_unit_prints_without_it() -> None:
    found = mentions("崖州区镇海村发展芒果产业\n海南省三亚市崖州区镇海村村民种植芒果。")
    assert found["镇海村"] == "海南省三亚市崖州区镇海村"


def test_ethnic_township_printed_short_is_decided_by_the_county() -> None:
    assert (
        mentions("遵化市发展全域旅游\n遵化市打造温泉品牌，汤泉乡农民开办民宿。")["汤泉乡"]
        == "河北省唐山市遵化市汤泉满族乡"
    )
    assert mentions("太湖县发展茶叶\n太湖县茶园连片，汤泉乡群众种茶增收。")["汤泉乡"] == "安徽省安庆市太湖县汤泉乡"


def test_ethnic_township_bare_stem_is_its_short_form_on_the_page() -> None:
    found = mentions("南丹县里湖瑶族乡\n南丹县里湖瑶族乡群众种植油茶，里湖油茶远近闻名。")
    assert found["里湖"] == "广西壮族自治区河池市南丹县里湖瑶族乡"
