"""Segmentation classes of real9/real10 (seg9b): headless reports after a titled one, headline stacks read upside
down, section heads that take up the headline's phrases. Texts are made up in the shape of each class and checked
in every layout of `evaluation.layouts`."""

import pytest

from articles.headline_stacks import headline_over_its_sections, opens_on_phrase_of, place_headline_over_deck
from articles.report_openings import dates_like_a_lede, full_place_opening, opens_headless_report
from tests.articles.page_builder import ALL_LAYOUTS, keys, segments_of

# -- headless reports ---------------------------------------------------------------------------------------------


def test_a_lede_naming_its_place_down_from_the_city_after_a_when_opener() -> None:
    assert full_place_opening("近年来,青川市石门区不断加大设施农业的投入力度,让农民鼓起了钱袋子。") == (
        "青川市石门区",
        "石门区",
    )
    assert full_place_opening("盛夏时节 ,内蒙古青川市石门旗马家村绿意盎然,葡萄缀满枝头。") == (
        "内蒙古青川市石门旗",
        "石门旗",
    )
    # A paragraph opening on the place itself is a caption or who did what, not a lede.
    assert full_place_opening("四川青川市石门区下河镇的安居村。") is None
    assert full_place_opening("走进青川市石门区下河镇芦村,一眼望去绿意盎然,河岸边种满花卉。") is None


def test_a_place_lede_opens_a_report_only_where_the_text_above_never_named_it_so() -> None:
    lede = "近年来,青川市石门区不断加大设施农业的发展和投入力度,让农民鼓起了钱袋子。"
    assert opens_headless_report(lede, "下河乡农旅融合风光好", "石门区下河乡的田野间弥漫着泥土的清香。")
    assert not opens_headless_report(lede, "下河乡农旅融合风光好", "青川市石门区下河乡的田野间弥漫着清香。")
    assert not opens_headless_report(lede, "石门:设施农业鼓起钱袋子", "村民们正忙着采摘。")


def test_a_day_in_brackets_dates_a_lede() -> None:
    assert dates_like_a_lede("一栋栋的大棚、一排排晾晒的木耳……今(29)日,由市委主办的采访团来到青川县。")
    assert dates_like_a_lede("昨(28)日,青川县召开现场会。")
    assert not dates_like_a_lede("今天,青川县召开现场会。大家说,今(29)日……")


HEADLESS_REPORT_AFTER_A_FEATURE = [
    "",
    "【下河乡农旅融合风光好】",
    "",
    "清明将至,在一场小雨滋润后,石门区下河乡广袤的田野间弥漫着泥土的清香,农户们已经在希望的田野上忙碌起来。",
    "",
    "宝多合作社负责人老高说,樱桃成熟后,周六、周日来采摘的市民络绎不绝,少则三五人,多则十几人。",
    "",
    "近年来,青川市石门区不断加大设施农业的发展和投入力度,让农民鼓起了钱袋子。",
    "",
    "记者在石门区马家营子镇西道村万亩设施农业园区看到,村民正把刚刚采摘的西红柿搬上卡车。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headless_report_after_a_titled_one_is_an_item_of_its_own(layout: str) -> None:
    assert keys(HEADLESS_REPORT_AFTER_A_FEATURE, layout) == [
        ("【下河乡农旅融合风光好】", "清明将至,在"),
        (None, "近年来,青川"),
    ]


# -- headline stacks ----------------------------------------------------------------------------------------------


def test_a_place_headline_over_a_deck_is_the_title() -> None:
    stack = ("青川:“一村一品”", "让美丽乡村生态产业“生金”", "11个示范村规划", "已完成数据入库")
    assert place_headline_over_deck(stack) == (
        "青川:“一村一品” 让美丽乡村生态产业“生金”",
        "11个示范村规划 已完成数据入库",
        (0, 1, 2, 3),
    )
    # A kicker over its headline, and a place headline under a kicker, are left to the usual reading.
    assert place_headline_over_deck(("下足绣花功夫 注重产业扶贫", "青川区确保打赢收官之战")) is None
    assert place_headline_over_deck(("创新开展“双联”活动", "青川街道:“双联”互动服务群众")) is None


STACK_WITH_A_DECK = [
    "青川:“一村一品”",
    "让美丽乡村生态产业“生金”",
    "11个示范村规划",
    "已完成数据入库",
    "即便是已过小雪节气,但对于青川而言,依旧暖阳如春、林木葱茂,田间地头一派繁忙景象。",
    "2021年8月,青川择优选定了11个示范村,集中资源开展美丽乡村提质升级建设。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_two_line_headline_over_a_two_line_deck_is_read_top_down(layout: str) -> None:
    [segment] = segments_of(STACK_WITH_A_DECK, layout)
    assert segment.title == "青川:“一村一品” 让美丽乡村生态产业“生金”"
    assert segment.subtitle == "11个示范村规划 已完成数据入库"


def test_a_section_head_opening_on_a_phrase_of_the_headline_line() -> None:
    assert opens_on_phrase_of("变干净:东北小村如江南", "变干净 变富裕 变热闹")
    assert not opens_on_phrase_of("变干净的小村如江南", "变干净 变富裕 变热闹")
    assert not opens_on_phrase_of("变干净:东北小村如江南", "三个村庄折射农村新变化")
    assert headline_over_its_sections("三个村庄折射新变化", "变干净 变富裕 变热闹", ["变富裕:山村种出金木耳"]) == (
        "变干净 变富裕 变热闹",
        "三个村庄折射新变化",
    )
    assert headline_over_its_sections("三个村庄折射新变化", "变干净 变富裕 变热闹", ["山村种出金木耳"]) == (
        "三个村庄折射新变化",
        "变干净 变富裕 变热闹",
    )


PARALLEL_HEADLINE_WITH_ITS_SECTIONS = [
    "",
    "变干净 变富裕 变热闹",
    "",
    "三个村庄折射青川农村新变化",
    "",
    "青川省是我国的农业大省。近年来,青川省着力推动乡村振兴,打造美丽乡村,记者走访了三个村庄。",
    "",
    "变干净:东北小村如江南",
    "",
    "房后是郁郁葱葱的树林,屋前是碧波荡漾的水面,一条小溪环抱着村落,一棵古树矗立在村前。",
    "",
    "变富裕:小木耳撑起大产业",
    "",
    "走进村里的木耳基地,一排排菌袋整齐地挂在架子上,村民们正忙着采摘,脸上洋溢着笑容。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_section_heads_taking_up_the_parallel_headline_stay_in_its_feature(layout: str) -> None:
    [segment] = segments_of(PARALLEL_HEADLINE_WITH_ITS_SECTIONS, layout)
    assert segment.title == "变干净 变富裕 变热闹"
    assert segment.subtitle == "三个村庄折射青川农村新变化"
    assert "变富裕:小木耳撑起大产业" in segment.body
