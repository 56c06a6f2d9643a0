"""Boundary classes of real13/real14 (seg13a): a headless report that opens by saying where its county lies, or by
defining its town down from the region; the label of its picture and the heads under it. Texts are made up in the
shape of each class and checked in every layout of `evaluation.layouts`."""

import pytest

from articles.article_body import BodyPiece, Draft
from articles.page_blocks import is_topic_and_balanced_clauses, parse_blocks
from articles.report_openings import located_place_opening, locates_a_county_not_seen, opens_headless_report
from articles.section_heads import labels_its_opening_place
from tests.articles.page_builder import ALL_LAYOUTS, keys, segments_of

# -- a lede that locates its place ------------------------------------------------------------------------------


def test_a_county_and_where_it_lies_or_a_town_defined_by_its_chain_open_a_located_lede() -> None:
    assert located_place_opening("青石县地处两省交界,面积3000平方公里,人口30万人。") == ("青石县", "青石县")
    assert located_place_opening("河南省青石县位于豫东平原,是国家级扶贫开发工作重点县。") == ("河南省青石县", "青石县")
    assert located_place_opening("白河镇,广西壮族自治区青川市石门县下辖镇,2023年,全镇财政收入增长。") == (
        "广西壮族自治区青川市石门县",
        "石门县",
    )
    # A village or town located in a text's paragraph is a part of that text: not a lede's shape.
    assert located_place_opening("白河村位于石门县东部,全村300户。") is None
    assert located_place_opening("走进青石县,一眼望去绿意盎然。") is None


def test_a_town_and_an_appositive_ending_on_its_own_kind_opens_a_located_lede() -> None:
    assert located_place_opening("白河镇,全国百强产粮大镇、闻名全国的革命老区,近年来大力发展特色农业。") == (
        "白河镇",
        "白河镇",
    )
    assert located_place_opening("白河乡,全省闻名的茶叶之乡,家家户户种茶。") == ("白河乡", "白河乡")
    # A town going on with what it did is a paragraph of a text, whatever text came above.
    assert located_place_opening("白河镇,今年种植茶叶3000亩,带动农户增收。") is None
    assert opens_headless_report(
        "白河镇,全国百强产粮大镇、闻名全国的革命老区,近年来大力发展特色农业。", "", "青石县新建蛋鸡场。"
    )
    assert not opens_headless_report(
        "白河镇,全国百强产粮大镇、闻名全国的革命老区,近年来发展特色农业。", "", "白河镇新建蛋鸡场。"
    )


def test_a_located_county_opens_a_report_only_where_the_text_above_never_named_it() -> None:
    lede = "承德青石县地处京、津、唐、承四市接合部,面积3123平方公里,人口32.5万人。"
    assert opens_headless_report(lede, "", "2013年,白河村启动了美丽乡村建设,村里还建起了小花园。")
    assert not opens_headless_report(lede, "", "青石县从1983年就确立了“林果立县”的战略。")
    assert not opens_headless_report(lede, "青石:山楂红了", "村民们正忙着采摘。")


def test_a_county_named_alone_after_a_when_opener_is_a_located_lede() -> None:
    assert located_place_opening("近年来,休宁县立足丰富的旅游资源优势,坚持走乡村旅游之路。") == ("休宁县", "休宁县")
    assert located_place_opening("近年来,六枝特区因地制宜种植精品水果。") == ("六枝特区", "六枝特区")
    # A clause that ends on 县 names no county; a county over its town is `full_place_opening`'s chain.
    assert located_place_opening("2012年,还未撤县设区的蓟县决定改变。") is None
    assert located_place_opening("近年来,休宁县齐云山镇依托景区发展民宿。") is None


HEADLESS_REPORT_LOCATING_ITS_COUNTY = [
    "山谷里的田园牧歌",
    "从2004年开始,毗邻林场的石门县政府和百姓开始从这片绿水青山里寻找脱贫致富的绿色财源,如今全县每年旅游收入可观。",
    "50岁的陈淑芝炒得一手好菜,2005年就开起了农家院,今年对小院进行了升级改造,准备重新开业。",
    "承德青石县地处京、津、唐、承四市接合部,面积3123平方公里,人口32.5万人,是京津重要水源地。",
    "全县以建设生态文化旅游区等为发展定位,大力发展山楂、板栗、优质苹果、食用菌等特色高效农业。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headless_report_that_locates_its_county_is_an_item_of_its_own(layout: str) -> None:
    assert keys(HEADLESS_REPORT_LOCATING_ITS_COUNTY, layout) == [
        ("山谷里的田园牧歌", "从2004年"),
        (None, "承德青石县地"),
    ]


# -- the label of an untitled report's picture ------------------------------------------------------------------


def _untitled(text: str) -> Draft:
    draft = Draft()
    block = parse_blocks(text + "\n")[0]
    draft.pieces.append(BodyPiece(block, block.start, block.end))
    return draft


def test_a_label_opening_on_the_town_an_untitled_text_opened_on_labels_that_text() -> None:
    draft = _untitled("白河镇,广西壮族自治区青川市石门县下辖镇,2023年,全镇财政收入与上年同比增长64.64%。")
    assert labels_its_opening_place("白河镇美景", draft)
    assert not labels_its_opening_place("白河镇", draft)  # the place alone: no label of anything
    assert not labels_its_opening_place("黑山镇美景", draft)
    assert not labels_its_opening_place("白河镇:特色产业带富一方乡亲", draft)  # a headline's colon and clause


DEFINED_TOWN_WITH_LABELS_AND_A_HEAD = [
    "青石县依托现代农业特色示范区、特色旅游示范区、农村电商物流园,促进农村一二三产业融合发展。",
    "该县以自治区级示范区为核心,构建产业发展辐射网络,不断增强群众增收能力,农民收入持续增加。",
    "白河镇,广西壮族自治区青川市石门县下辖镇,2023年,全镇财政收入与上年同比增长64.64%,居民收入增长6.3%。",
    "白河镇美景",
    "现代化养殖技术让“猪坚强”变“牛司令”",
    "“之前生猪价格高,镇政府鼓励我们入股合作社一起养猪;现在牛市行情火爆。”白河镇古参村党支部书记说。",
    "肉猪养殖厂",
    "2019年,白河镇23个村(社区)投资建设集生猪养殖、蛋鸭养殖于一体的生态循环现代农业产业园。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_report_defining_its_town_keeps_its_picture_labels_and_head(layout: str) -> None:
    assert keys(DEFINED_TOWN_WITH_LABELS_AND_A_HEAD, layout) == [(None, "青石县依托现"), (None, "白河镇,广西")]


# -- a picture's credit under a headline, then the reporter's ------------------------------------------------------

HEADLINE_PICTURE_CREDIT_AND_BYLINE = [
    "村民谢丽克就在茶场里采茶,她说:“采茶四十多斤五十斤的时候都有,一天能挣两百多元。”",
    "山清水秀茶飘香",
    "——我市加快茶产业发展综述",
    "万亩茶园 姚咏 摄",
    "□本报记者 李佳",
    "峰连天际处,茶香绕山间。三月春光里,走进我市各盛产茶叶的乡镇,满目千山翠绿,丛丛茶树如五线谱般延伸开来。",
    "近年来,按照“生态产业化,产业生态化”的发展理念,我市大力发展山地特色农业产业,一路向“绿”前行。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_picture_credit_under_a_headline_leaves_the_byline_under_it_to_sign_the_text(layout: str) -> None:
    segments = segments_of(HEADLINE_PICTURE_CREDIT_AND_BYLINE, layout)
    assert [(s.title, s.byline) for s in segments][-1] == ("山清水秀茶飘香", "李佳")


# -- a run of a report's pictures between its paragraphs -----------------------------------------------------------

REPORT_WITH_A_RUN_OF_PICTURES = [
    "",
    "",
    "青石县:千亩红薯喜丰收 村民致富劲头足",
    "",
    "白河镇南庄村的千亩红薯迎来大丰收。倪志浩 摄",
    "",
    "近日,河北省青川市青石县白河镇南庄村的千亩红薯迎来大丰收,一辆辆大型农机在田间来回穿梭,村民们忙着分拣装袋。",
    "",
    "田间一派丰收的景象。倪志浩 摄",
    "",
    "农民将红薯装袋。倪志浩 摄",
    "",
    "近年来,青石县积极调优农业产业结构,引导农民种植红薯,红薯产业已成为当地的富民产业。",
    "",
    "种植户将成袋的红薯装车。倪志浩 摄",
    "",
    "目前,全县共有26家红薯种植经营主体,辐射带动4个乡镇68个村860多户从事红薯种植。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_two_captions_between_a_titled_reports_paragraphs_are_its_pictures(layout: str) -> None:
    assert [s.title for s in segments_of(REPORT_WITH_A_RUN_OF_PICTURES, layout)] == [
        "青石县:千亩红薯喜丰收 村民致富劲头足"
    ]


# -- a topic and a couplet whose clauses quote a name --------------------------------------------------------------


def test_quotes_inside_a_couplets_clauses_are_not_counted_but_must_close_there() -> None:
    assert is_topic_and_balanced_clauses("青川常山:探访“浙西第一门户”,追寻共富“常山经验”")
    assert not is_topic_and_balanced_clauses("他说:“我们很好,大家都很高兴”")
    assert not is_topic_and_balanced_clauses("青川常山:探访“浙西第一门户”的山区小镇,追寻共富“常山经验”")


TOPIC_AND_QUOTED_COUPLET_HEADLINE = [
    "在文化礼堂里,坐着十几个村民,大家身旁都摆放着一堆箬叶,他们的主要工作是包粽子,一天能挣一百多元。",
    "青川常山:探访“浙西第一门户”,追寻共富“常山经验”",
    "“山海协作”工程是浙江省为了推动浙西南山区和舟山海岛为主的欠发达地区加快发展而实施的一项重大战略举措。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_topic_and_a_quoted_couplet_heads_its_report_in_every_layout(layout: str) -> None:
    titles = [s.title for s in segments_of(TOPIC_AND_QUOTED_COUPLET_HEADLINE, layout)]
    assert titles[-1] == "青川常山:探访“浙西第一门户”,追寻共富“常山经验”"


# -- a headline over a lede that locates a town of another county ------------------------------------------------


def test_a_lede_locating_a_county_or_its_town_is_another_report_where_the_text_never_named_the_county() -> None:
    lede = "邵东县白河乡位于大云山脚下,地处偏远,距离县城54公里,全乡辖10个村。"
    assert locates_a_county_not_seen(lede, "青石县:扶贫树上结出致富果 在青石县,像周业多这样的脱贫户越来越多。")
    assert not locates_a_county_not_seen(lede, "邵东:扶贫树上结出致富果 邵东县的油茶产业基地连片。")
    assert not locates_a_county_not_seen("白河乡位于大云山脚下,地处偏远。", "青石县:扶贫树上结出致富果")


HEADLINE_OVER_A_LOCATED_TOWN_OF_ANOTHER_COUNTY = [
    "青石县:扶贫树上结出致富果",
    "每年10月到11月,油茶产籽期,周业多就帮忙在地里割草、摘茶果,收入比以前多了不少,日子越过越红火。",
    "2014年,村里来了种植油茶大户,周业多把自家5亩多地也种上了油茶,如今每年能分红两千多元。",
    "在青石县,像周业多这样的脱贫户越来越多。",
    "白河乡产业扶贫托起致富梦",
    "邵东县白河乡位于大云山脚下,地处偏远,距离县城54公里,与衡阳交界,全乡辖10个村,17800人。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_over_a_located_town_of_another_county_opens_a_report(layout: str) -> None:
    titles = [s.title for s in segments_of(HEADLINE_OVER_A_LOCATED_TOWN_OF_ANOTHER_COUNTY, layout)]
    assert titles == ["青石县:扶贫树上结出致富果", "白河乡产业扶贫托起致富梦"]
