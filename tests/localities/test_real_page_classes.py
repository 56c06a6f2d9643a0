"""Attribution classes seen on real pages of any paper (issue 11), each on made-up text of the same shape around
real gazetteer entries: datelines, nicknames, landscapes, the paper's home, sections, people introduced by their
village, offices stationed elsewhere, and chains printed under a renamed or neighbouring county."""

from __future__ import annotations

from localities.place_grammar import in_dateline, landscape_follows
from localities.resolver import governing_place, main_place, resolve_page_with_homes
from tests.localities.page_reading import governing, mentions_of


def _governing(text: str, figure: str) -> str:
    return governing(text, figure).name


# -- 1. a dateline names where the reporter filed from ------------------------------------------------------
def test_a_dateline_names_where_the_report_was_filed_not_its_subject() -> None:
    text = "新华社济南3月2日电(记者 王某)近年来,山东省枣庄市山亭区发展特色林果,农民人均收入连续8年增长。"
    mentions = mentions_of(text)
    assert [m.text for m in mentions if m.dateline] == ["济南"]
    main = main_place(mentions)
    assert main is not None and main.name == "山亭区"
    assert _governing(text, "8年") == "山亭区"


def test_a_dateline_is_read_in_every_outlets_shape() -> None:
    for text in ("本报北京讯 今年", "人民网成都5月6日电 今年", "央广网西安8月6日消息 今年", "光明日报\n北京电 今年"):
        start = next(i for i, c in enumerate(text) if c in "北成西")
        assert in_dateline(text, start, start + 2), text
    assert not in_dateline("北京电视台报道", 0, 2)
    assert not in_dateline("记者从北京获悉", 3, 5)


# -- 2. a nickname is not a village --------------------------------------------------------------------------
def test_a_quoted_nickname_is_not_a_village() -> None:
    text = (
        "山亭区水泉镇涌现出“樱桃村”“蘑菇村”等特色村\n樱桃村:一颗果子富一方\n“樱桃村”山亭区水泉镇荒沟村种植樱桃3000亩。"
    )
    mentions = mentions_of(text)
    assert "樱桃村" not in {m.text for m in mentions}
    assert "荒沟村" in {m.text for m in mentions}


def test_a_quoted_label_before_a_place_leaves_the_place_the_subject() -> None:
    text = "山亭区发展特色产业\n“樱桃村”水泉镇荒沟村种植樱桃3000亩,亩均收入1万元。"
    assert _governing(text, "1万元") == "荒沟村"


# -- 3. a landscape is not a division --------------------------------------------------------------------------
def test_a_landscape_named_after_a_region_is_not_the_division() -> None:
    text = "内蒙古自治区通辽市奈曼旗牧民增收\n奈曼旗牧民走出科尔沁草原,在锡林郭勒草原腹地放牧羊群3000只。"
    names = {m.place.name for m in mentions_of(text)}
    assert "科尔沁区" not in names
    assert "锡林郭勒盟" not in names
    assert "奈曼旗" in names
    assert landscape_follows("大兴安岭南麓", 4)
    assert not landscape_follows("通辽市农牧局", 2)


# -- 4. 我市/全区 and the paper's home ---------------------------------------------------------------------------
def test_a_scope_word_with_no_place_of_its_level_is_the_outlets_home() -> None:
    text = "新疆日报讯 今年以来,全区新建设施农业温室3000座。"
    (mentions,), homes = resolve_page_with_homes([text])
    assert "新疆" not in {m.text for m in mentions}  # the outlet is not a mention of its own
    place = governing_place(text, mentions, text.index("3000座"), main_place(mentions), homes)
    assert place is not None and place.name == "新疆维吾尔自治区"


def test_wo_shi_is_the_writers_own_city_named_further_on() -> None:
    text = "一起奔向共同富裕\n记者深入我市8个观察点采访。在枣庄市,观察点的经验具有典型意义。"
    assert _governing(text, "8个") == "枣庄市"


def test_wo_sheng_before_a_list_of_places_leaves_the_list_its_subject() -> None:
    text = "山东多村上榜\n我省枣庄市山亭区水泉镇荒沟村、济宁市邹城市田黄镇上九山村等9个村上榜。"
    assert _governing(text, "9个") == "山东省"


# -- 5. sections, people and offices ---------------------------------------------------------------------------
def test_a_section_opening_on_another_county_governs_its_later_paragraphs() -> None:
    text = (
        "水泉镇:樱桃产业富民\n山亭区水泉镇樱桃合作社一片繁忙。\n"
        "本报讯 今年以来,峄城区以创新经营模式发展富民产业。\n"
        "建设农特产品基地。力争全年发展蔬菜1000亩。"
    )
    assert _governing(text, "1000亩") == "峄城区"


def test_a_place_where_someone_was_does_not_open_a_section() -> None:
    text = (
        "山亭区培育新农人\n山亭区水泉镇培育新型职业农民。\n张某今年35岁,原先在峄城区城里上班。\n她今年流转土地150亩。"
    )
    assert _governing(text, "150亩") != "峄城区"


def test_a_villager_introduced_by_the_village_carries_it_into_the_next_paragraph() -> None:
    text = (
        "水泉镇樱桃丰收\n山亭区水泉镇樱桃上市。\n"
        "“合作社成立后,樱桃不愁卖了。”正在合作社卖樱桃的水泉镇荒沟村村民张某高兴地说。\n"
        "张某当天采摘了40公斤樱桃。"
    )
    assert _governing(text, "40公斤") == "荒沟村"


def test_a_person_from_a_village_is_that_villages() -> None:
    text = "山亭区就业帮扶\n纺织公司车衣工刘某来自偏远的水泉镇荒沟村,经过一年的培训,她现在每月工资4000元。"
    assert _governing(text, "4000元") == "荒沟村"


def test_an_office_stationed_in_a_village_works_for_that_village() -> None:
    text = "驻村帮扶见成效\n枣庄市山亭区农业局驻水泉镇荒沟村工作队忙着帮农户管护果树。\n据悉,工作队建设冷棚56座。"
    assert _governing(text, "56座") == "荒沟村"
    assert _governing(text, "管护") == "荒沟村"


def test_a_caption_opening_on_tu_wei_names_its_subject() -> None:
    text = "山东脱贫攻坚\n图为山亭区村民在合作社的基地打工。每天8小时,一天能挣80元。"
    assert _governing(text, "80元") == "山亭区"


# -- 6. chains printed under a renamed or a neighbouring county ------------------------------------------------
def test_a_renamed_county_prints_one_chain_with_its_township() -> None:
    text = "辽宁设施农业\n辽宁积极发展设施农业。辽中县冷子堡镇村民的大棚里温暖如夏,一棚西红柿赚了3万元。"
    mentions = mentions_of(text)
    county = next(m for m in mentions if m.place.level == "county")
    assert county.text == "辽中县"
    assert _governing(text, "3万元") == "冷子堡镇"


def test_a_township_printed_under_a_neighbouring_county_moves_even_in_an_article_naming_its_old_one() -> None:
    text = "辽中区集体经济\n在辽中区,镇村积极探索。\n沈阳市铁西区新民屯镇今年种植香瓜130亩。"
    township = next(m for m in mentions_of(text) if m.text == "新民屯镇")
    assert township.place.parent is not None and township.place.parent.name == "铁西区"


def test_the_masthead_names_the_home_a_scope_word_points_to() -> None:
    from core.extraction import extract_page

    page = "枣庄日报 2020年11月10日 第3版\n\n设施农业助农增收\n今年以来，全市新建设施农业温室3000座，带动农户增收。\n"
    (article,) = extract_page(page).articles
    assert article.places == []  # the masthead is no article's mention
    (figure,) = [f for f in article.indicators if f.candidate.quantity.value == 3000]
    assert figure.place is not None and figure.place.name == "枣庄市"


def test_an_organisation_named_after_its_city_is_where_the_text_later_locates_it() -> None:
    text = (
        "枣庄樱桃丰收\n站在果园里,山东枣庄市惠民种植专业合作社负责人张某说“今年合作社种植的800亩樱桃丰收了”。\n"
        "枣庄市惠民种植专业合作社位于山亭区水泉镇荒沟村,当年流转土地300亩。"
    )
    assert _governing(text, "800亩") == "荒沟村"
