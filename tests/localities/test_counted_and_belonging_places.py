"""Attribution classes of real pages (helper attr11): a visit's lead with 位于, a person said to be "of" a village,
a place acting 在 a village within it, and a place named inside what a figure counts (10余位某村村民, 某镇十几个
行政村). Made-up text of the same shapes around real gazetteer entries."""

from __future__ import annotations

from localities.place_grammar import no_name_before_village
from tests.localities.page_reading import governing, mentions_of


def _governing(text: str, figure: str) -> str:
    return governing(text, figure).name


def test_a_visit_to_a_farm_situated_in_a_village_is_about_the_village() -> None:
    text = (
        "山亭区发展林下养殖\n山亭区今年发展特色产业。\n"
        "冬至时节,走进位于山亭区水泉镇荒沟村的家庭农场,只见300多只土鸡在林间觅食。"
    )
    assert _governing(text, "300多只") == "荒沟村"


def test_a_person_said_to_be_of_a_village_brings_the_village_to_the_paragraph() -> None:
    text = "山亭区脱贫攻坚\n山亭区村民王小明对贫穷的感受太深了。王小明是荒沟村的,家里一共5口人,每年收入2万元。"
    assert _governing(text, "5口") == "荒沟村"
    assert _governing(text, "2万元") == "荒沟村"


def test_a_place_acting_in_a_village_within_it_gives_the_village() -> None:
    text = "山亭区发展竹林\n今年,山亭区在水泉镇荒沟村启动流转试点,110户村民将500余亩林地交给合作社经营。"
    assert _governing(text, "110户") == "荒沟村"
    assert _governing(text, "500余亩") == "荒沟村"


def test_a_place_acting_in_itself_or_elsewhere_keeps_its_own_figures() -> None:
    text = "山亭区发展竹林\n今年,山亭区在全市率先启动流转试点,500余亩林地交给合作社经营。"
    assert _governing(text, "500余亩") == "山亭区"


def test_residents_counted_with_their_village_are_the_villages() -> None:
    text = "山亭区发展林果\n山亭区水泉镇合作社负责人招呼10余位荒沟村村民上山松土。"
    assert _governing(text, "10余位") == "荒沟村"


def test_a_count_of_villages_after_a_township_is_the_townships() -> None:
    text = "山亭区发展茶叶\n山亭区水泉镇荒沟村茶叶丰收。\n企业负责人告诉记者,他们和水泉镇12个行政村签订帮扶协议。"
    assert _governing(text, "12个") == "水泉镇"


def _names(text: str) -> set[str]:
    return {m.place.name for m in mentions_of(text)}


def test_a_person_returning_to_the_village_is_no_village() -> None:
    names = _names("山亭区水泉镇荒沟村发展茶叶\n2018年,在外开了多年公司的王大荣回村担任村支书,溪水穿村而过。")
    assert not {n for n in names if n.endswith(("回村", "穿村"))}


def test_a_count_of_villages_is_no_village() -> None:
    names = _names("山亭区水泉镇发展茶叶\n山亭区开展千企结千村活动,水泉镇荒沟村山前两村村民种茶。")
    assert not {n for n in names if n.endswith(("千村", "两村"))}


def test_a_small_mountain_village_is_a_description() -> None:
    names = _names("山亭区水泉镇发展电商\n电商直播让小山村对接大市场。")
    assert "小山村" not in names


def test_a_village_name_before_its_suffix_is_still_read() -> None:
    assert no_name_before_village("千企结千")
    assert no_name_before_village("白石两")
    assert not no_name_before_village("大千")
    assert not no_name_before_village("山前")


def test_a_part_of_a_county_named_by_its_direction_before_de_continues_the_chain() -> None:
    text = "山亭区发展旅游\n位于山亭区东北部的水泉镇,面积100平方公里,12个行政村。"
    assert _governing(text, "100平方公里") == "水泉镇"


def test_a_date_opening_the_clause_comes_before_its_subject() -> None:
    text = "山亭区水泉镇发展旅游\n山亭区今年游客增长。\n2018年上半年荒沟村已接待60多批次游客。"
    assert _governing(text, "60多批次") == "荒沟村"


def test_a_facility_named_after_a_county_is_where_it_is_printed_again() -> None:
    text = (
        "山亭区发展养殖\n近日,山亭区万只蛋鸡生态养殖产业园,一期工程70万只蛋鸡投入生产。\n"
        "记者从山亭区水泉镇荒沟村的蛋鸡生态养殖产业园了解到,产业园已投产,鸡舍为4层结构。"
    )
    assert _governing(text, "70万只") == "荒沟村"
    assert _governing(text, "4层") == "荒沟村"


def test_a_prefectures_budget_governs_the_figures_that_follow_it() -> None:
    text = (
        "枣庄市扶贫\n山亭区水泉镇荒沟村村民种植樱桃6亩。\n"
        "据统计,今年市级财政安排资金2400万元,县级财政安排资金6000万元,累计扶持种植业17万亩。"
    )
    assert _governing(text, "2400万元") == "枣庄市"
    assert _governing(text, "6000万元") == "枣庄市"
    assert _governing(text, "17万亩") == "枣庄市"


def test_ocr_noise_before_a_clause_is_no_lead() -> None:
    text = (
        "枣庄市扶贫\n山亭区水泉镇荒沟村发展樱桃。“收入2万元!”荒沟村村民王某说。"
        "2 |# z) ]( C# o3 G山亭区水泉镇后村村民王某,种植樱桃6亩。"
    )
    assert _governing(text, "6亩") == "后村"


def test_a_paragraph_narrowing_to_a_township_hands_it_to_the_next_paragraph() -> None:
    text = (
        "枣庄市樱桃丰收\n山亭区樱桃迎来最佳风味期。水泉镇樱桃园中,王大姐一天挣得100多元工钱。\n"
        "“我还种了100多棵樱桃,最多的一年摘果两万斤。”王大姐说。"
    )
    assert _governing(text, "100多棵") == "水泉镇"


def test_a_reporter_travelling_to_a_village_opens_its_section() -> None:
    text = (
        "阜平县易地扶贫搬迁\n2016年阜平县易地扶贫搬迁工作正式启动,全县5万余人搬入了新居。\n"
        "记者曾多次赴城市安村采访。正值寒冬,记者走了两个多小时山路才到达。\n"
        "屋里,床头上堆着已收拾好的六七个包袱。"
    )
    assert _governing(text, "两个多小时") == "城市安村"
    assert _governing(text, "六七个") == "城市安村"
