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


# -- hard-wrapped columns and labelled sections ---------------------------------------------------------------------


def test_a_column_wide_line_going_on_into_a_dash_clause_is_one_sentence() -> None:
    from articles.headline_stacks import dash_goes_on_with_prose

    above, dash = "隆冬时节,青石镇两村又成了市民关注的焦点", "——每逢大面积降温,这里因为海拔高、有霜冻,总"
    assert dash_goes_on_with_prose(above, dash, full_width=True)
    # A deck under its headline is a phrase, short of the column; a headline does not run on from a comma.
    assert not dash_goes_on_with_prose(above, dash, full_width=False)
    assert not dash_goes_on_with_prose("沃野织锦绣 富民天地宽", "——青石县发展特色产业助推脱贫攻坚纪实", full_width=True)


WRAPPED_COLUMN_WITH_A_DASH = [
    "青石县两村冬日迎客来",
    "　　青石网讯(记者 林川)入冬以来,青石县的乡村游持续升",
    "温,周末前来观光的市民络绎不绝,村里的民宿一房难求。",
    "　　隆冬时节,青石镇军营白石两村又成了市民关注的焦点",
    "——每逢大面积降温,这里因为海拔高、有霜冻,总是被市民",
    "津津乐道。",
    "　　而高山两村的村民们更愿意向所有人分享南方难得一见的",
    "冰霜,漫山的生态茶林在冰霜的掩映下韵味十足,美不胜收。",
]


def test_a_wrapped_body_line_before_a_dash_clause_is_no_headline() -> None:
    [segment] = segments_of(WRAPPED_COLUMN_WITH_A_DASH, "original")
    assert segment.title == "青石县两村冬日迎客来"
    assert "焦点——每逢大面积降温" in segment.body


LABELLED_SECTION_OF_A_DATED_REPORT = [
    "青石县乡村振兴热度指数评价结果公布",
    "青石网讯(记者 林川 通讯员 周北)移步换景、一村一品……走进青石的乡村,明显感觉不一样了。",
    "在2021年乡村振兴热度指数评价结果中,青石是全市唯一入选的县,获得综合排名前十的好成绩。",
    "生态立村",
    "绿色发展底气足",
    "隆冬时节,白石镇两村又成了市民关注的焦点,每逢大面积降温,这里总是被人们津津乐道。",
    "如今的两村已经成为青石乡村振兴的典范,花海梯田、茶园民宿、休闲农业都做得红红火火。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_word_long_label_over_a_section_head_inside_a_dated_report_is_its_next_part(layout: str) -> None:
    [segment] = segments_of(LABELLED_SECTION_OF_A_DATED_REPORT, layout)
    assert segment.title == "青石县乡村振兴热度指数评价结果公布"
    assert "绿色发展底气足" in segment.body


def test_a_headline_and_deck_line_the_column_wrapped_is_one_title_again() -> None:
    from articles.headline_stacks import headline_and_deck_wrapped

    stack = ("小木耳撬动大发展 农闲变身增收忙——青石县黄松", "镇食用菌产业绘就企兴民富新图景")
    assert headline_and_deck_wrapped(stack) == (
        "小木耳撬动大发展 农闲变身增收忙——青石县黄松镇食用菌产业绘就企兴民富新图景",
        None,
        (0, 1),
    )
    # A short headline over its own deck line, and a kicker ending in its dash, are stacks of their own.
    assert headline_and_deck_wrapped(("青石县——", "特色产业带动群众稳定增收")) is None
    assert headline_and_deck_wrapped(("沃野织锦绣 富民天地宽", "——青石县发展特色产业纪实")) is None


WRAPPED_HEADLINE_AND_DECK = [
    "小木耳撬动大发展 农闲变身增收忙——青石县黄松镇食用菌产业绘就企兴民富新图景",
    "近年来,青石县黄松镇围绕食用菌特色产业持续深耕,不断激活乡村经济发展内生动力,拓宽销路、扩容就业。",
    "隆冬时节,东北大地寒风凛冽,而黄松镇的食用菌公司内却暖意融融,村民们正围在流水线旁忙着分拣木耳。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_long_headline_and_deck_line_is_one_title_in_every_layout(layout: str) -> None:
    [segment] = segments_of(WRAPPED_HEADLINE_AND_DECK, layout)
    assert segment.title == "小木耳撬动大发展 农闲变身增收忙——青石县黄松镇食用菌产业绘就企兴民富新图景"


def test_a_lede_naming_a_town_under_its_county_after_a_when_opener() -> None:
    assert full_place_opening("近年来,青石县达溪镇以党支部领办农民专业合作社的模式为抓手,发展蔬菜产业。") == (
        "青石县达溪镇",
        "青石县",
    )
    assert full_place_opening("青石县达溪镇以党支部领办农民专业合作社的模式为抓手,发展蔬菜产业。") is None


UNTITLED_REPORT_WITH_A_SECTION = [
    "织金:蔬菜丰收见“钱景”",
    "日前,走进织金县大平乡前坪村蔬菜种植基地,大白菜青翠诱人,务工群众正忙着采收、打包、装车。",
    "据了解,前坪村今年种植蔬菜1200亩,带动300余户群众在家门口务工,人均月增收2000多元。",
    "近年来,青石县达溪镇以党支部领办农民专业合作社的模式为抓手,发展蔬菜产业,带动群众增收。",
    "新寨村:蔬菜合作社带动老百姓增收",
    "达溪镇新寨村蔬菜合作社采用生物有机肥料,发展生态无公害蔬菜,带动周边80多户群众务工增收。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headless_report_and_its_section_after_a_titled_report(layout: str) -> None:
    assert keys(UNTITLED_REPORT_WITH_A_SECTION, layout) == [
        ("织金:蔬菜丰收见“钱景”", "日前,走进织"),
        (None, "近年来,青石"),
    ]
