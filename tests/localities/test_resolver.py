"""The resolver on hand-written sentences: one behaviour per case, against the committed national gazetteer."""

from __future__ import annotations

import pytest

from localities.resolver import LocalityMention, Place, governing_place, main_place, resolve_page


def found(*texts: str) -> dict[str, Place]:
    """Printed text → place, over all articles of one page."""
    return {m.text: m.place for mentions in resolve_page(list(texts)) for m in mentions}


def full_names(*texts: str) -> set[str]:
    return {p.full_name for p in found(*texts).values()}


def test_full_chain_down_to_the_village_with_codes() -> None:
    places = found("枣庄市山亭区水泉镇棠棣峪村召开电商推进会。")
    village = places["棠棣峪村"]
    assert village.full_name == "山东省枣庄市山亭区水泉镇棠棣峪村"
    assert village.level == "village" and village.verified
    assert village.code is not None and village.code.startswith("370406107")
    assert [p.level for p in village.chain] == ["province", "prefecture", "county", "township", "village"]
    assert places["山亭区"].code == "370406000000"


def test_offsets_and_printed_text() -> None:
    text = "会上，滕州市西岗镇作典型发言。"
    (mentions,) = resolve_page([text])
    for m in mentions:
        assert isinstance(m, LocalityMention)
        assert text[m.start : m.end] == m.text
        assert 0 < m.confidence <= 1
    assert [m.text for m in mentions] == ["滕州市", "西岗镇"]


def test_bare_township_resolved_by_the_page_context() -> None:
    places = found("滕州市召开乡村振兴大会", "西岗镇今年新建农村公路12公里。")
    assert places["西岗镇"].full_name == "山东省枣庄市滕州市西岗镇"


def test_ambiguous_bare_name_without_context_is_not_guessed() -> None:
    assert found("水泉镇举办采摘节，吸引游客3000人次。") == {}


@pytest.mark.parametrize(
    ("texts", "printed", "expected"),
    [
        (["滕州：多元模式促增收\n今年以来，该市推进产业发展。"], "滕州", "山东省枣庄市滕州市"),
        (["李沧：社区治理有新招\n虎山路街道组织居民议事。"], "李沧", "山东省青岛市李沧区"),
        (["济宁市召开会议", "邹城推进网格化治理。"], "邹城", "山东省济宁市邹城市"),
    ],
)
def test_short_forms(texts: list[str], printed: str, expected: str) -> None:
    assert found(*texts)[printed].full_name == expected


def test_dateline_gives_the_county_of_bare_townships() -> None:
    places = found("钢山街道提升服务\n本报邹城讯 今年以来，钢山街道聚焦群众诉求。")
    assert places["邹城"].full_name == "山东省济宁市邹城市"
    assert places["钢山街道"].full_name == "山东省济宁市邹城市钢山街道"


def test_generic_zone_is_the_zone_of_the_page_city() -> None:
    zone = found("枣庄市召开会议\n高新区、市中区和薛城区分别汇报。")["高新区"]
    assert zone.level == "zone"
    assert zone.full_name == "山东省枣庄市枣庄高新技术产业开发区"
    assert zone.parent is not None and zone.parent.name == "枣庄市"


def test_zone_short_form_after_its_city_uses_the_official_zone() -> None:
    places = found("威海市召开会议。\n威海经技区推进开放，崮山镇参与。")
    assert places["经技区"].code == "371072000000"
    assert places["崮山镇"].full_name == "山东省威海市威海经济技术开发区崮山镇"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("枣庄市召开会议，市中区作交流发言。", "山东省枣庄市市中区"),
        ("济南市历下区和市中区联合举办活动。", "山东省济南市市中区"),
        ("枣庄市中区推进养老服务。", "山东省枣庄市市中区"),
    ],
)
def test_same_county_name_in_two_cities_follows_the_page(text: str, expected: str) -> None:
    assert found(text)["市中区"].full_name == expected


def test_township_near_its_county_is_never_a_district_elsewhere() -> None:
    places = found("滕州市西岗镇建设“码上西岗”平台。")
    assert places["西岗镇"].full_name == "山东省枣庄市滕州市西岗镇"
    assert places["西岗"].full_name == "山东省枣庄市滕州市西岗镇"  # not 大连市西岗区
    assert all("大连" not in name for name in full_names("滕州市西岗镇建设“码上西岗”平台。"))


def test_a_page_about_yangquan_is_in_shanxi() -> None:
    places = found("阳泉市郊区推进乡村建设，高新区也参与其中。")
    assert places["郊区"].full_name == "山西省阳泉市郊区"
    assert places["高新区"].full_name == "山西省阳泉市阳泉高新技术产业开发区"


@pytest.mark.parametrize(
    ("text", "printed", "expected"),
    [
        ("枣庄市峰城区石榴丰收。", "峰城区", "山东省枣庄市峄城区"),
        ("邹城市峰山镇新联会举办活动。", "峰山镇", "山东省济宁市邹城市峄山镇"),
    ],
)
def test_ocr_confusable_character_corrected_when_context_allows_one_entry(text, printed, expected) -> None:
    place = found(text)[printed]
    assert place.full_name == expected
    assert printed in place.aliases


def test_unknown_township_with_a_printed_parent_is_unverified() -> None:
    place = found("邹城市兖山街道推进网格化治理。")["兖山街道"]
    assert (place.level, place.code, place.verified) == ("township", None, False)
    assert place.full_name == "山东省济宁市邹城市兖山街道"


def test_unknown_village_takes_the_zone_of_its_article() -> None:
    places = found("阳泉市召开会议。\n近日，高新区组织专家在庙岭村开展义诊。")
    village = places["庙岭村"]
    assert (village.level, village.verified, village.code) == ("village", False, None)
    assert village.parent is not None and village.parent.level == "zone"


@pytest.mark.parametrize(
    "text",
    [
        "市民走进市场，县域经济和区域发展带动村民增收。",
        "村集体收入增加，镇域经济和社区治理水平提升。",
        "济宁医学院附属医院挂牌运行。",
        "金达莱塑业有限公司吸纳就业。",
        "张长清同志表示，要做好工作。",
        "建设美丽乡村和新农村，推动城乡融合。",
        "每两周至少开展1次走访。",
    ],
)
def test_ordinary_words_are_not_places(text: str) -> None:
    assert found(text) == {}


def test_villages_listed_without_their_suffix() -> None:
    text = "邹城市田黄镇推进产业发展，带动桃花哨、萧家沟、凉水泉等13个村增收。"
    names = full_names(text)
    assert "山东省济宁市邹城市田黄镇桃花哨村" in names
    assert "山东省济宁市邹城市田黄镇凉水泉村" in names


def test_community_and_village_under_a_named_subdistrict() -> None:
    places = found("长清区文昌街道西李村种植山药。东铺社区建起养老公寓。")
    assert places["西李村"].full_name == "山东省济南市长清区文昌街道西李村"
    assert places["东铺社区"].level == "community"


def test_main_place_follows_the_opening_chain() -> None:
    text = "生态田黄绽新颜\n近年来，邹城市田黄镇立足生态农业定位，杨峪村发展民宿。"
    (mentions,) = resolve_page([text])
    main = main_place(mentions)
    assert main is not None and main.full_name == "山东省济宁市邹城市田黄镇"
    assert main_place([]) is None


def test_governing_place_subject_scope_word_and_default() -> None:
    text = "山亭区确保打赢脱贫攻坚战\n今年以来，山亭区水泉镇新建大棚20个。全区共有贫困户300户，城头镇荒沟村脱贫50户。"
    (mentions,) = resolve_page([text])
    main = main_place(mentions)
    assert main is not None and main.name == "山亭区"
    assert governing_place(text, mentions, text.index("20个"), main).name == "水泉镇"
    assert governing_place(text, mentions, text.index("300户"), main).name == "山亭区"
    assert governing_place(text, mentions, text.index("50户"), main).name == "荒沟村"
    assert governing_place("发放宣传单6000张。", [], 6, main) == main


def test_place_equality_ignores_aliases() -> None:
    parent = Place("枣庄市", "prefecture", "370400000000", None, True)
    a = Place("峄城区", "county", "370404000000", parent, True, ("峰城区",))
    b = Place("峄城区", "county", "370404000000", parent, True)
    assert a == b and hash(a) == hash(b)
    assert a.full_name == "枣庄市峄城区"


@pytest.mark.parametrize(
    ("text", "printed", "expected"),
    [
        ("湘西州花垣县双龙镇十八洞村游客络绎不绝。", "十八洞村", "湖南省湘西土家族苗族自治州花垣县双龙镇十八洞村"),
        ("恩施州来凤县推广茶叶种植。", "恩施州", "湖北省恩施土家族苗族自治州"),
        ("上海市浦东新区张江镇科创企业集聚。", "张江镇", "上海市浦东新区张江镇"),
        ("重庆市巫山县竹贤乡下庄村修通公路。", "下庄村", "重庆市巫山县竹贤乡下庄村"),
    ],
)
def test_national_coverage_beyond_shandong(text: str, printed: str, expected: str) -> None:
    assert found(text)[printed].full_name == expected


def test_short_form_inside_a_person_name_is_not_a_place() -> None:
    places = found("济南市召开会议，记者王长清报道。")
    assert "长清" not in places and set(places) == {"济南市"}


def test_bare_development_zone_needs_a_single_zone_in_the_city() -> None:
    # 威海 has three county-level zones: a bare 开发区 names none of them.
    assert "开发区" not in found("威海市召开会议，各区市、开发区负责人参加。")


def test_scope_word_opening_an_earlier_clause_governs_the_rest_of_the_sentence() -> None:
    text = (
        "山亭区推进强村富民\n水泉镇荒沟村发展林果。去年，全区120个村集体收入全部过万元，收入30万元以上的村占比达到40%。"
    )
    (mentions,) = resolve_page([text])
    main = main_place(mentions)
    assert governing_place(text, mentions, text.index("40%"), main).name == "山亭区"
    # A place opening a clause in between still wins over the earlier scope word.
    text = "山亭区推进强村富民\n去年，全区新建大棚300个，水泉镇荒沟村种植樱桃80亩，亩均收入5000元。"
    (mentions,) = resolve_page([text])
    assert governing_place(text, mentions, text.index("5000元"), main_place(mentions)).name == "荒沟村"


def test_village_here_points_back_to_the_village_but_not_a_destination() -> None:
    text = "水泉镇发展乡村旅游\n山亭区水泉镇今年发展乡村旅游，荒沟村成为市级示范村。村里建起民宿12家，每晚只需80元。"
    (mentions,) = resolve_page([text])
    main = main_place(mentions)
    assert governing_place(text, mentions, text.index("80元"), main).name == "荒沟村"
    text = "荒沟村修通产业路\n山亭区水泉镇荒沟村距市里约30公里。"
    (mentions,) = resolve_page([text])
    assert governing_place(text, mentions, text.index("30公里"), main_place(mentions)).name == "荒沟村"


def test_a_destination_province_is_not_the_subject_of_the_sentence() -> None:
    text = (
        "荒沟村樱桃卖出好价钱\n山亭区水泉镇荒沟村种植樱桃800亩。"
        "今年采摘樱桃50万斤，销往江苏、浙江等地，销售收入超过600万元。"
    )
    (mentions,) = resolve_page([text])
    main = main_place(mentions)
    assert governing_place(text, mentions, text.index("600万元"), main).name == "荒沟村"
