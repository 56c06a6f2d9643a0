"""Names a reader places by their list or their history (issue 11, real15/real16 classes), each on made-up text
around real gazetteer entries: townships listed before 等乡镇, a county printed under the name of its city before
it became a district, a village printed after a zone the register has no code for, management districts, a
province inside a quoted title, a firm opening on a province, lists of market towns and of villages."""

from __future__ import annotations

from localities.place_grammar import inside_a_title, organisation_follows
from tests.localities.page_reading import governing, mentions_of


def _places(text: str) -> dict[str, str]:
    return {m.text: m.place.full_name for m in mentions_of(text)}


# -- townships listed before 等乡镇 / 等镇 ----------------------------------------------------------------------
def test_bare_townships_listed_before_their_closing_word_are_the_countys_townships() -> None:
    text = "南漳县今年扩大香菇种植,在武安、九集、李庙、长坪等乡镇推广种植1万亩。"
    places = _places(text)
    assert places["武安"] == "湖北省襄阳市南漳县武安镇"
    assert places["长坪"] == "湖北省襄阳市南漳县长坪镇"
    assert not any(name.endswith("等乡镇") for name in places.values())


def test_a_listed_township_printed_with_another_ending_is_the_registers() -> None:
    text = "叙州区柏溪街道发展茶叶。项目分布柏溪街道、南广镇、观音乡等乡镇,受益面积2万亩。"
    assert _places(text)["观音乡"] == "四川省宜宾市叙州区观音镇"


def test_a_one_character_slip_is_read_only_when_the_list_confirms_the_county() -> None:
    confirmed = "奇台县在西北湾、吉布库、坎尔子等乡镇推广种植。"
    assert _places(confirmed)["坎尔子"].endswith("奇台县坎尔孜乡")
    alone = "在坎尔子等乡镇推广种植。"
    assert "坎尔子" not in _places(alone)


# -- a county renamed a district, printed under its city's name ---------------------------------------------------
def test_a_county_named_after_its_city_is_the_district_it_became() -> None:
    text = "宜宾县柏溪街道建成茶园。宜宾县今年建设总投资1500多万元。"
    mentions = mentions_of(text)
    assert [m.place.full_name for m in mentions if m.text == "宜宾县"] == ["四川省宜宾市叙州区"] * 2
    assert governing(text, "1500多万元").full_name == "四川省宜宾市叙州区"


def test_the_city_alone_stays_the_city() -> None:
    text = "宜宾今年建设总投资1500多万元。"
    assert _places(text)["宜宾"] == "四川省宜宾市"


# -- a zone the register has no code for -------------------------------------------------------------------------
def test_a_village_after_an_unregistered_zone_is_the_registers_village() -> None:
    # the page names the district the register files the township under (else the zone administers it)
    text = "南充高新区华凤街道江家坝村辖6个村民小组,现有农户384户。顺庆区另建果园。"
    mentions = mentions_of(text)
    village = next(m for m in mentions if m.text.endswith("江家坝村"))
    assert village.place.full_name == "四川省南充市顺庆区华凤街道江家坝村"
    assert governing(text, "384户").full_name == "四川省南充市顺庆区华凤街道江家坝村"


# -- management districts ----------------------------------------------------------------------------------------
def test_a_management_district_is_read_as_printed() -> None:
    assert _places("岳阳屈原区发展稻虾种养。")["屈原区"] == "湖南省岳阳市岳阳市屈原管理区"
    assert _places("屈原管理区发展稻虾种养。")["屈原管理区"] == "湖南省岳阳市岳阳市屈原管理区"


# -- provinces inside titles, firms opening on a province -----------------------------------------------------------
def test_a_province_inside_a_quoted_title_is_not_a_mention() -> None:
    text = "南漳县武安镇成功创建“湖北省美丽乡村示范镇”。"
    assert "湖北省" not in _places(text)
    assert inside_a_title("创建“湖北省美丽乡村示范镇”", 3, 6)
    assert not inside_a_title("“湖北省”", 1, 4)
    assert not inside_a_title("湖北省南漳县", 0, 3)


def test_a_firm_listed_as_an_investor_does_not_name_its_province() -> None:
    text = "南漳县引进项目,浙江华丰等外商在武安镇发展了100多亩种植基地。"
    assert "浙江" not in _places(text)
    assert organisation_follows("浙江华丰等外商", 2)
    assert not organisation_follows("浙江等地的客商", 2)


# -- lists of market towns --------------------------------------------------------------------------------------
def test_a_word_like_name_and_a_misprinted_name_in_a_list_of_places() -> None:
    text = "洪洞县的蔬菜每天都有曲沃、翼城、临汾、大原、大同等地的经销商来收。"
    places = _places(text)
    assert places["大同"] == "山西省大同市"
    assert places["大原"] == "山西省太原市"


# -- lists of villages -----------------------------------------------------------------------------------------------
def test_a_listed_village_the_lists_township_does_not_hold_is_not_a_namesake_elsewhere() -> None:
    text = "顺庆区华凤街道发展果园,江家坝、元宝山、大坪山等村的村民都来务工。"
    places = _places(text)
    assert places["江家坝"].endswith("华凤街道江家坝村")
    assert places["元宝山"].endswith("华凤街道元宝山村")
    assert "大坪山" not in places  # 大坪山村 is a village of 潆溪街道, not of the township the list is about


def test_townships_of_the_county_in_a_list_of_places() -> None:
    text = "南漳县发展设施农业,武安、九集、李庙等地形成了连片300亩以上设施栽培区。"
    places = _places(text)
    assert places["九集"] == "湖北省襄阳市南漳县九集镇"
    assert places["李庙"] == "湖北省襄阳市南漳县李庙镇"
    markets = "南漳县武安镇的蔬菜销往襄阳、宜昌、荆门等地。"  # cities of a market list stay cities
    assert [m.place.level for m in mentions_of(markets)][2:] == ["prefecture"] * 3


def test_villages_sharing_the_suffix_of_the_last_item() -> None:
    text = "顺庆区华凤街道还有江家坝、元宝山、石门村发展果园。"
    places = _places(text)
    assert places["江家坝"].endswith("华凤街道江家坝村")
    assert places["元宝山"].endswith("华凤街道元宝山村")
    alone = "顺庆区华凤街道还有东河、南关、石门村发展果园。"  # no item in the register: no list to read
    assert "东河" not in _places(alone)


def test_a_city_listed_beside_a_city_is_the_city_not_its_namesake_county() -> None:
    text = "沈阳市的草莓大棚内接待来自沈阳和本溪的游客。"
    assert _places(text)["本溪"] == "辽宁省本溪市"
