"""Which township a page's villages belong to, and which places a list, a group or a former name stands for
(issue 11, real13/real14 classes), on made-up sentences around real gazetteer entries."""

from __future__ import annotations

from localities.clause_subject import quotation_opening
from localities.groups import names_a_group
from localities.resolver import resolve_page
from tests.localities.page_reading import governing


def _found(*texts: str) -> dict[str, str]:
    """Printed text → full name, over all articles of one page."""
    return {m.text: m.place.full_name for mentions in resolve_page(list(texts)) for m in mentions}


# -- a village listed with its own suffix is read as printed (no 村村) ----------------------------------------
def test_villages_listed_with_their_suffix_before_a_count_keep_their_names() -> None:
    found = _found("邹城市田黄镇发展林果，形成了杨峪村、萧家沟村、辛庄村3个千亩村，花期很长。")
    assert found["萧家沟村"] == "山东省济宁市邹城市田黄镇萧家沟村"
    assert found["辛庄村"] == "山东省济宁市邹城市田黄镇辛庄村"
    assert not any(name.endswith("村村") for name in found.values())


def test_natural_villages_listed_before_their_count_are_not_villages() -> None:
    found = _found("邹城市田黄镇有东坡、南岭、西洼共3个自然村种植西瓜。")
    assert not any(place.endswith(("东坡村", "南岭村", "西洼村")) for place in found.values())


# -- a city without counties holds its towns' villages ----------------------------------------------------
def test_a_city_without_counties_holds_the_villages_of_its_towns() -> None:
    found = _found("东莞市推进乡村振兴。唐洪村、水南村今年种植荔枝500亩。")
    assert found["唐洪村"] == "广东省东莞市石碣镇唐洪村"


def test_a_town_named_elsewhere_on_the_page_does_not_take_another_towns_villages() -> None:
    found = _found("光村镇推进乡村振兴。海南省儋州市开展活动。调南村今年种植荔枝500亩。")
    assert found["调南村"] == "海南省儋州市大成镇调南村"


# -- a township's short form, named by its villages --------------------------------------------------------
def test_the_short_form_of_the_township_holding_the_pages_villages_is_that_township() -> None:
    found = _found("邹城市发展林果。田黄全镇145个村庄，以杨峪村、萧家沟村最为密集。")
    assert found["田黄"] == "山东省济宁市邹城市田黄镇"


# -- the other township ending (乡 → 镇) in the counties the page names -------------------------------------
def test_a_former_township_ending_resolves_in_the_county_the_page_names() -> None:
    found = _found("邹城市召开会议。", "走进田黄乡杨峪村，果树成林。")
    assert found["田黄乡"] == "山东省济宁市邹城市田黄镇"
    assert found["杨峪村"] == "山东省济宁市邹城市田黄镇杨峪村"


def test_a_former_ending_without_any_county_on_the_page_is_not_guessed() -> None:
    assert "田黄乡" not in _found("走进田黄乡，果树成林。")


# -- a villagers' group named like a village -----------------------------------------------------------------
def test_names_a_group() -> None:
    assert names_a_group("杨峪村辛庄村村民小组", 6)
    assert not names_a_group("杨峪村村民李某", 3)


def test_a_group_named_like_a_village_is_its_villages_business_wherever_the_page_names_it() -> None:
    found = _found("辛庄村果园开园。邹城市田黄镇发展林果。杨峪村辛庄村村民小组种植桃树。辛庄村今年新栽果树500亩。")
    assert found["辛庄村村民小组"] == "山东省济宁市邹城市田黄镇杨峪村"
    assert found["辛庄村"] == "山东省济宁市邹城市田黄镇杨峪村"


def test_figures_of_several_listed_groups_go_to_the_township_holding_their_villages() -> None:
    text = (
        "邹城市田黄镇发展林果。其中，杨峪村东岭村村民小组、辛庄村西岭村村民小组和萧家沟村北岭村村民小组"
        "等各有果园10多亩。"
    )
    assert governing(text, "10多亩").name == "田黄镇"


# -- a quotation names its own subject -------------------------------------------------------------------------
def test_quotation_opening() -> None:
    text = "某村书记说:“全镇有甲村、乙村,收入4000元”"
    assert quotation_opening(text, 0, text.index("4000")) == text.index("全镇")
    assert quotation_opening("“好”,他说,收入4000元", 0, 10) is None


def test_a_place_the_quotation_names_before_the_figure_beats_the_speakers_village() -> None:
    text = (
        "邹城市田黄镇发展林果。该镇杨峪村党支部书记王某说:“目前,全镇果树面积达到8001亩,"
        "形成了杨峪村、萧家沟村、辛庄村3个千亩村,平均亩收入都在4000元以上。”"
    )
    assert governing(text, "4000元").name == "田黄镇"


# -- a word run onto a village the page has placed --------------------------------------------------------------
def test_a_word_run_onto_a_village_the_page_has_placed_is_not_a_new_village() -> None:
    found = _found("邹城市田黄镇杨峪村发展林果。待杨峪村果园投入运营后，可吸纳200人就业。")
    assert "待杨峪村" not in found
    assert set(found.values()) >= {"山东省济宁市邹城市田黄镇杨峪村"}


# -- a company named after a province ---------------------------------------------------------------------------
def test_a_long_company_name_after_a_province_is_not_a_mention_of_it() -> None:
    found = _found("邹城市田黄镇依托山东省杨峪码头农旅发展有限公司，盘活闲置住房。")
    assert "山东省" not in found


# -- a facility's later sentences ----------------------------------------------------------------------------------
def test_the_facility_a_paragraph_named_after_its_village_carries_its_figures_there() -> None:
    text = (
        "邹城市田黄镇以杨峪村樱桃文旅融合田园综合体为发力点，发展林果。"
        "目前，该生态果园年产值突破300万元，带动200名群众就业。"
    )
    assert governing(text, "300万元").name == "杨峪村"
    assert governing(text, "200名").name == "杨峪村"


def test_a_facility_introduced_after_its_township_named_alone_again() -> None:
    text = "眼下正是邹城市采摘期。在邹城市田黄镇沁心茶场内，茶树成片。\n在沁心茶场，采茶的工人一天能收入250元左右。"
    assert governing(text, "250元").name == "田黄镇"


# -- the point a distance is measured from -------------------------------------------------------------------------
def test_a_place_with_a_bearing_and_a_distance_after_it_is_a_reference_point() -> None:
    text = "邹城市田黄镇发展林果。塞罕坝,位于北京北部280多公里处,是一个拥有112万亩林地的林场。"
    assert governing(text, "280多公里").name != "北京市"


def test_a_one_character_stem_after_a_county_is_no_township_the_register_lacks() -> None:
    found = _found("该县以自治区级邹城市东乡桔园示范区为核心，发展林果。")
    assert "东乡" not in found
