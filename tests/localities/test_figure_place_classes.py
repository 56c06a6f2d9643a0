"""Attribution classes of the real15/real16 pages (helper attr15b): which place a figure belongs to when the
article's opening, a scope word, a speaker's office, a facility or a settled firm names it indirectly. Made-up
text of the same shapes around real gazetteer entries."""

from __future__ import annotations

from localities.resolver import governing_place, main_place, resolve_page
from tests.localities.page_reading import governing, mentions_of


def _governing(text: str, figure: str) -> str:
    return governing(text, figure).name


def test_a_township_printed_after_a_development_zone_is_the_zones_part() -> None:
    text = "兰井村发展养殖\n遂宁高新区西宁街道兰井村辖6个村民小组,现有农户384户。"
    assert _governing(text, "6个") == "兰井村"
    assert _governing(text, "384户") == "兰井村"


def test_a_paragraph_opening_on_a_scene_with_zai_is_the_section_it_opens() -> None:
    text = (
        "山亭区春耕见闻\n山亭区春耕忙。\n近日,在山亭区水泉镇种粮大户王某的大棚内,秧苗长势良好。\n"
        "王某告诉笔者,他从去年开始尝试大棚育秧,当年种植的200亩水稻实现高产。"
    )
    assert _governing(text, "200亩") == "水泉镇"


def test_a_scope_word_naming_where_orders_come_from_owns_no_figure() -> None:
    text = (
        "山亭区春耕见闻\n山亭区春耕忙。\n近日,在山亭区水泉镇种粮大户王某的大棚内,秧苗长势良好。\n"
        "今年,他又接到本市及邻县种粮大户共计4500多亩水稻的订单,按照160元每亩的价格算。"
    )
    assert _governing(text, "4500多亩") == "水泉镇"
    assert _governing(text, "160元") == "水泉镇"


def test_a_report_opening_on_a_township_is_not_about_its_province() -> None:
    text = (
        "茶叶丰收\n近年来,山亭区水泉镇发展特色农业。山东十大美丽乡村评选中,山东多个村入选,山东各地纷纷学习。"
        "水泉镇今年种植茶叶500亩。"
    )
    assert main_place(mentions_of(text)).name != "山东省"


def test_a_county_printed_as_the_lead_of_a_chain_is_not_counted_as_its_own_mention() -> None:
    text = "茶园丰收\n在山亭区水泉镇就有一片茶园。山亭区茶叶合作社负责人说,今年产茶500斤。"
    assert main_place(mentions_of(text)).name == "水泉镇"


def test_a_colon_opens_an_elaboration_whose_subject_governs_the_figures_after_it() -> None:
    text = "山亭区发展茶叶\n水泉镇形成“一村一品”发展格局:荒沟村茶叶种植50亩,年产干茶1.5万斤,年产值60万元。"
    assert _governing(text, "1.5万斤") == "荒沟村"
    assert _governing(text, "60万元") == "荒沟村"


def test_village_collectives_after_a_county_subject_are_the_countys() -> None:
    text = (
        "山亭区产权改革\n目前荒沟村集体股份经济合作社累计分红380万元。"
        "近年来,山亭区大力发展乡村旅游,村集体经济迅速发展壮大,相继成立了404个股份经济合作社。"
    )
    assert _governing(text, "380万元") == "荒沟村"
    assert _governing(text, "404个") == "山亭区"


def test_figures_in_the_village_are_the_villages() -> None:
    text = "山亭区见闻\n山亭区水泉镇荒沟村以养殖业为主导产业。目前,村中有3家企业,年总产值近2亿元。"
    assert _governing(text, "3家") == "荒沟村"
    assert _governing(text, "2亿元") == "荒沟村"


def test_a_township_government_printed_alone_is_the_townships() -> None:
    text = "水泉镇发展大棚\n2013年,山亭区水泉镇荒沟村建成大棚296座。镇政府又利用扶贫资金170万元扩建大棚。"
    assert _governing(text, "296座") == "荒沟村"
    assert _governing(text, "170万元") == "水泉镇"


def test_a_quote_by_an_office_holder_of_a_level_is_that_levels_place() -> None:
    text = (
        "水泉镇发展大棚\n2013年,山亭区水泉镇荒沟村建成大棚296座。\n"
        "“一个大棚一季产2万斤,毛收入就是6万元。”镇党委书记王某表示,当地蔬菜供不应求。"
    )
    assert _governing(text, "2万斤") == "水泉镇"
    assert _governing(text, "6万元") == "水泉镇"


def test_a_county_papers_bare_dateline_is_no_subject() -> None:
    text = "山亭讯(王某 李某)“每年都来这边摘茶叶,一天可以摘150多斤。”山亭区水泉镇荒沟村脱贫户王某说。"
    (mentions,) = resolve_page([text])
    assert mentions[0].dateline
    assert governing_place(text, mentions, text.index("150多斤"), main_place(mentions)).name == "荒沟村"


def test_what_a_clause_invests_in_a_villages_facility_is_the_villages() -> None:
    text = (
        "水泉镇发展林果\n山亭区水泉镇栽植林果6000余亩。2022年镇政府投资160万元新建了荒沟村林果集散中心,"
        "建筑面积1200平方米,配套仓储设备。"
    )
    assert _governing(text, "6000余亩") == "水泉镇"
    assert _governing(text, "160万元") == "荒沟村"
    assert _governing(text, "1200平方米") == "荒沟村"


def test_a_village_pointed_back_to_is_not_replaced_by_where_it_lies() -> None:
    text = "荒沟村发展旅游\n山亭区水泉镇荒沟村风景秀丽。该村位于水泉镇西北角,距镇区16公里。"
    assert _governing(text, "16公里") == "荒沟村"


def test_a_firms_figures_are_where_it_settled() -> None:
    text = (
        "枣庄发展茶产业\n枣庄市茶产业发展迅速。这家企业自2017年入驻枣庄市山亭区以来,迅速发展壮大,"
        "目前已形成年产茶油1500吨的生产规模。"
    )
    assert _governing(text, "1500吨") == "山亭区"


def test_a_city_and_its_town_area_are_the_point_a_distance_is_measured_from() -> None:
    text = "水泉镇见闻\n山峦连绵。这里是山亭区水泉镇,坐落于枣庄城区北郊7.5公里处,物产丰盈。"
    assert _governing(text, "7.5公里") == "水泉镇"


def test_here_is_a_province_ranking_a_base_keeps_the_base() -> None:
    text = (
        "荒沟村养殖\n走进山亭区水泉镇荒沟村养殖基地,一头头黑毛驴悠然自得。"
        "这里是山东省较大的养殖基地,年可繁育1500头以上。"
    )
    assert _governing(text, "1500头") == "荒沟村"


def test_a_person_introduced_as_a_villager_brings_the_village() -> None:
    text = "山亭区发展蔬菜\n山亭区蔬菜面积达4万亩。王某是水泉镇荒沟村村民,今年与外地老板合作,种植了400亩胡萝卜。"
    assert _governing(text, "400亩") == "荒沟村"


def test_a_count_of_a_nationwide_set_has_no_place() -> None:
    text = "山亭区产权改革\n山亭区成为全国首批推广的20个产改先进典型。山亭区创建全国乡村治理示范镇6个。"
    (mentions,) = resolve_page([text])
    assert governing_place(text, mentions, text.index("20个"), main_place(mentions)) is None
    assert governing_place(text, mentions, text.index("6个"), main_place(mentions)).name == "山亭区"


def test_what_an_office_does_for_a_village_is_the_villages() -> None:
    text = "山亭区帮扶\n山亭区委组织部为水泉镇荒沟村合作社购买鱼苗700余斤。"
    assert _governing(text, "700余斤") == "荒沟村"


def test_figures_centred_on_a_place_are_that_places() -> None:
    text = "枣庄发展茶产业\n枣庄市农业农村局介绍,目前已形成了以山亭区为核心6个林场4.6万亩的种植基地。"
    assert _governing(text, "6个") == "山亭区"
    assert _governing(text, "4.6万亩") == "山亭区"
