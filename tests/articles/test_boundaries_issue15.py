"""Boundary classes of real15/real16 (seg15a): rule lines between leads, a lede that opens on the span since a
programme began, a credit line between a text and the next headline. Texts are made up in the shape of each class
and checked in every layout of `evaluation.layouts`."""

import pytest

from articles.article_body import BodyPiece, Draft
from articles.bylines import find_dateline, parse_credit_line
from articles.layout import unwrap_columns
from articles.page_blocks import parse_blocks
from articles.report_openings import full_place_opening, located_place_opening
from articles.section_continuation import names_a_town_its_text_named, opens_on_a_county_not_named
from tests.articles.page_builder import ALL_LAYOUTS, keys

# -- rule lines ---------------------------------------------------------------------------------------------------

LEADS_BETWEEN_RULES = [
    "-",
    "一场透雨,满眼新绿。早春时节,从青石县城出发,沿国道西行5公里,便一头扎进了茂密的森林中。",
    "撩开帘子,只见青石县某农业公司负责人正蹲在养殖池旁轻轻掀开挡板,成群的蛙四处惊窜。",
    "-",
    "仲春时节,茶香四溢。随着气温回升,白河县的春茶纷纷吐露新芽,陆续进入采摘期。",
    "走进白河镇兰田村的有机茶场,连绵起伏的茶垄如绿色波浪般延伸至天际,采茶工人穿梭其间。",
    "-",
    "近日,驱车驶入石门县鹅峰乡,一条笔直畅通的水泥路映入眼帘,道路两侧新栽的桂花树飘散着清香。",
]


def test_a_rule_line_is_no_block_and_parts_the_items_around_it() -> None:
    blocks = parse_blocks("甲村的茶叶丰收了。\n-\n乙村的稻谷也丰收了。\n***\n丙村也是。\n")
    assert [b.text for b in blocks] == ["甲村的茶叶丰收了。", "乙村的稻谷也丰收了。", "丙村也是。"]
    assert [b.boundary_before for b in blocks] == [False, True, True]
    # Two dashes may end a wrapped sentence (`……朝气——`): no rule.
    assert [b.text for b in parse_blocks("甲村的茶叶透出蓬勃朝\n——\n乙村的稻谷。\n")][1] == "——"


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_leads_printed_between_rule_lines_are_items_of_their_own(layout: str) -> None:
    assert [body for _, body in keys(LEADS_BETWEEN_RULES, layout)] == ["一场透雨,满", "仲春时节,茶", "近日,驱车驶"]


# -- a lede opening on the span since a programme began ------------------------------------------------------------


def test_the_span_since_a_programme_began_opens_a_lede() -> None:
    assert full_place_opening("乡村振兴战略实施以来,青石县白河镇官坊村抢抓机遇,因地制宜。") == (
        "青石县白河镇",
        "青石县",
    )
    assert full_place_opening("这个项目建成以来,青石县白河镇官坊村抢抓机遇,因地制宜。") is None


# -- a credit line between a text and the next headline -------------------------------------------------------------

CREDIT_BETWEEN_TEXT_AND_HEADLINE = [
    "白河:深耕农业产业化 埋实乡村振兴“金种子”",
    "全媒体记者:王成波 杨一帆",
    "今年以来,白河县以实施乡村振兴为抓手,统筹整合项目资金,调整优化产业结构,大力培育富民产业。",
    "走进白河县东巩镇的千亩吊瓜基地,30多名农民正忙着修剪藤蔓、消毒杀菌,一派繁忙景象。",
    "",
    "乡村振兴战略实施以来,青石县紫金镇官坊村抢抓机遇,因地制宜,通过引进人才、发展产业,打造美丽乡村。",
    "该村位于紫金镇西北角,距镇区16公里,与国道相连。近年来,该村夯实人才回流基础,抓牢产业发展这个龙头。",
    "如今的官坊村,青山绿水环绕,白墙黛瓦粉饰,生机勃勃的田园风光展现在人们眼前。",
    "通讯员:王玥 全媒体记者:童光辉",
    "",
    "某市七大产业齐发力 特色农业上台阶",
    "某市大地,五谷飘香,流金淌银。全市连续6年粮食产量在100亿斤以上,商品粮产量40多亿斤。",
    "2018年,我市农业农村工作硕果累累。秋粮喜获丰收,畜牧业量价齐升效益看好,特色高效产业发展迅猛。",
]


def test_a_second_role_word_may_carry_its_colon() -> None:
    credit = parse_credit_line("通讯员:王玥 全媒体记者:童光辉")
    assert credit is not None and credit.names == ("王玥", "童光辉")


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_credit_line_over_the_next_headline_closes_the_headless_report_above(layout: str) -> None:
    assert keys(CREDIT_BETWEEN_TEXT_AND_HEADLINE, layout) == [
        ("白河:深耕农业产业化 埋实乡村振兴“金种子”", "今年以来,白"),
        (None, "乡村振兴战略"),
        ("某市七大产业齐发力 特色农业上台阶", "某市大地,五"),
    ]


# -- a report resumed by a jump line under the pictures printed below its headline -----------------------------------

RESUMED_UNDER_ITS_PICTURES = [
    "“青石样板”乡村振兴蹚新路",
    "王丑龙 刘娟娟",
    "青石现代农业产业示范区。杨兴梅/摄",
    "白河抽水蓄能电站。杨兴梅/摄",
    "(上接7版)",
    "阳白乡是青石县设施农业发展的一面旗帜。2013年,阳白村党支部在本村东北部的丘陵上兴建第一批日光节能温室。",
    "值得一提的是,这个地方温室里产的反季节、无公害蔬菜、瓜果,品质好,远销省外。",
    "中国杂粮之都:“土特产”成“金饭碗”",
    "“中国杂粮之都”石门又迎来了丰收季。这里因独特的地理气候、生态环境及传统耕作等优势,形成了杂粮生产基地。",
    "“十四五”期间,石门市全面实施农业“特”“优”战略,把杂粮产业作为发展的主攻方向。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_report_resumed_under_the_pictures_below_its_headline_is_one_item(layout: str) -> None:
    assert [title for title, _ in keys(RESUMED_UNDER_ITS_PICTURES, layout)] == [
        "“青石样板”乡村振兴蹚新路",
        "中国杂粮之都:“土特产”成“金饭碗”",
    ]


# -- datelines of a site's regional edition and of a county's media centre -------------------------------------------


def test_a_regional_edition_and_a_media_centre_are_datelines() -> None:
    assert find_dateline("中国江西网青石讯 通讯员刘成、杨风胜摄影报道:12月22日,在青石县……")[0] == "中国江西网青石讯"
    assert find_dateline("丝路青石/青石州融媒体中心讯(通讯员 张楼 宋姚洁报道)援疆分指挥部……") == (
        "丝路青石/青石州融媒体中心讯",
        ("张楼", "宋姚洁"),
    )
    assert find_dateline("互联网时代通讯员说,……")[0] is None


# -- section heads the places under them keep in the open article ---------------------------------------------------


def test_a_town_its_text_named_short_keeps_the_head_over_it_a_section() -> None:
    draft = Draft(heading=[parse_blocks("江苏青石:绘就规模产业“大文章” 铺就绿意盎然“致富路”\n")[0]])
    lede = parse_blocks("微风阵阵拂碧水,年复一年芳草绿。一幅美丽恢弘的水田画卷在青石县官滩徐徐展开。\n")[0]
    draft.pieces.append(BodyPiece(lede, lede.start, lede.end))
    below = parse_blocks("夏季还没到,官滩镇的小龙虾就已经“热起来”了,这几天田间地头随处可见农民忙碌的身影。\n")[0]
    elsewhere = parse_blocks("夏季还没到,白河镇的小龙虾就已经“热起来”了,这几天田间地头随处可见农民忙碌的身影。\n")[0]
    assert names_a_town_its_text_named(draft, below)
    assert not names_a_town_its_text_named(draft, elsewhere)


STANDFIRST_AND_FIRST_HEAD = [
    "风景这边独好——新疆青石市全面推进乡村振兴",
    "铸牢中华民族共同体意识是新时代党的民族工作的主线。近年来,新疆青石市深入贯彻落实,呈现出一幅新画卷。",
    "口袋鼓囊囊",
    "清风拂柳、麦穗摇曳。初夏时节,放眼青石,田野一望无垠、丰收在望。",
    "最近,青石市白河镇白河村喜气洋洋,村民们收到了合作社今年兑现的分红款,入股耕地9500亩。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_short_head_under_a_standfirst_over_its_headline_place_is_the_first_part(layout: str) -> None:
    titles = [title for title, _ in keys(STANDFIRST_AND_FIRST_HEAD, layout)]
    assert titles == ["风景这边独好——新疆青石市全面推进乡村振兴"]


def test_a_credit_may_list_several_works_before_its_names() -> None:
    credit = parse_credit_line("文/图/视频/周晶 徐如风 曾永明 郭灿")
    assert credit is not None and credit.names == ("周晶", "徐如风", "曾永明", "郭灿")


# -- a lede's bracketed credit the column cut --------------------------------------------------------------------------


def test_a_credit_inside_a_bracket_the_column_cut_goes_on_to_the_next_line() -> None:
    page = (
        "青石县白河镇发展特色产业助农增收\n\n"
        "文化艺术网-文化艺术报讯(全媒体记者 李娟娟\n"
        "通讯员 任建军  刘贺伟)近年来,青石市府\n"
        "谷县白河镇以发展“一村一品”为抓手,精准施策,深\n"
        "入推进产业绿色化、优质化、特色化、品牌化,大力发展\n"
        "海红果、米凉粉、大棚菜、向日葵等特色产业,形成农业增\n"
        "效、农民增收、企业增利的发展新格局。\n"
    )
    joined = unwrap_columns(page).text
    assert "李娟娟通讯员 任建军" in joined or "李娟娟 通讯员 任建军" in joined


def test_a_paragraph_naming_a_county_the_text_never_named_opens_a_report() -> None:
    draft = Draft()
    lede = parse_blocks("山丘连绵,环抱出秀美村落。这里是白河区长春镇,坐落于青石市中心城区北郊7.5公里处。\n")[0]
    draft.pieces.append(BodyPiece(lede, lede.start, lede.end))
    below = parse_blocks("前不久,石门县竹缘林科有限公司打包100万公斤杀青肉笋,发往外省。\n")[0]
    same = parse_blocks("前不久,白河区竹缘林科有限公司打包100万公斤杀青肉笋,发往外省。\n")[0]
    whole = parse_blocks("今年,全县竹缘林科有限公司打包100万公斤杀青肉笋,发往外省。\n")[0]
    assert opens_on_a_county_not_named(draft, below)
    assert not opens_on_a_county_not_named(draft, same)
    assert not opens_on_a_county_not_named(draft, whole)


def test_a_headline_listing_nouns_with_its_phrases_set_apart_by_a_space_is_a_heading() -> None:
    blocks = parse_blocks(
        "村民们分工协作,栽苗、浇水,忙得不亦乐乎。\n"
        "以田园、家园、乐园“三园一体”为抓手 青石市白河区全力建设全国乡村振兴样板地\n"
        "近年来,青石白河区坚持以大地景观化、庭院园林化、农田田园化为方向,建设乡村振兴样板地。\n"
    )
    assert blocks[1].heading_candidate
    assert not parse_blocks(
        "以田园、家园、乐园为抓手,全力建设全国乡村振兴样板地\n近年来,青石县坚持以大地景观化为方向。\n"
    )[0].heading_candidate


# -- headless ledes: a county described, a town carrying out a policy -----------------------------------------------


def test_a_described_county_or_a_town_carrying_out_a_policy_opens_a_located_lede() -> None:
    assert located_place_opening("石门县,一片北回归线上碧水浸润的广袤土地,一颗大湾区中的绿色明珠。") == (
        "石门县",
        "石门县",
    )
    assert located_place_opening("白河镇认真贯彻落实《某某发展规划纲要》,紧紧围绕县委、县政府的部署。") == (
        "白河镇",
        "白河镇",
    )
    assert located_place_opening("石门县,是全国闻名的茶乡。") is None
    assert located_place_opening("白河镇贯彻一项新政策。") is None


HEADLESS_REPORTS_ON_OTHER_PLACES = [
    "青石网肇庆讯,近年来,青石市罗源镇认真推进“百千万工程”部署,整合撂荒地发展特色农业集群。",
    "罗源镇形成“一村一品”发展格局:红旗村剑花种植50亩,年产干花1.5万斤,年产值60万元。",
    "白河镇认真贯彻落实《某某发展规划纲要》,紧紧围绕县委、县政府发展战略,大力发展菊花产业。",
    "日前,我们来到白河镇集义村,某某农业发展有限公司菊花生产基地坐落于此,一片金黄。",
    "石门县,一片北回归线上碧水浸润的广袤土地,一颗大湾区中的绿色明珠。因山而秀,因水而灵。",
    "去年,石门县成功创建省全域旅游示范县后,文旅产业得到了爆发性释放,游客量屡创新高。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_headless_reports_on_a_town_and_a_described_county_are_items_of_their_own(layout: str) -> None:
    assert [body for _, body in keys(HEADLESS_REPORTS_ON_OTHER_PLACES, layout)] == [
        "青石网肇庆讯",
        "白河镇认真贯",
        "石门县,一片",
    ]


SCENE_LABEL_OVER_THE_FIRST_HEAD = [
    "以田园、家园、乐园“三园一体”为抓手 青石市白河区全力建设全国乡村振兴样板地",
    "近年来,青石白河区坚持以大地景观化、庭院园林化、农田田园化、产业特色化为方向,全力建设乡村振兴样板地。",
    "会议现场",
    "拓宽特色增收路",
    "横于“成渝之星”,纵享绿水青山。",
    "金秋十月,在白河区横山镇朝天村近7000亩的集中连片藕园里,繁忙的挖藕景象成为秋日里一道风景。",
]


def test_a_scene_label_is_no_heading() -> None:
    assert not parse_blocks("会议现场\n拓宽特色增收路\n横于“成渝之星”,纵享绿水青山。\n")[0].heading_candidate


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_head_under_a_standfirst_and_its_picture_label_is_the_first_part(layout: str) -> None:
    assert len(keys(SCENE_LABEL_OVER_THE_FIRST_HEAD, layout)) == 1


# -- a text printed one short phrase a line, its sentences running over lines ----------------------------------------

PHRASE_TEXT_UNDER_ITS_HEADLINE = [
    "石门县,一片北回归线上碧水浸润的广袤土地,一颗大湾区中的绿色明珠。因山而秀,因水而灵。",
    "去年,石门县成功创建省全域旅游示范县后,文旅产业得到了爆发性释放,游客量屡创新高。",
    "白河这些地方竟藏着这么多“宝藏”!",
    "在青石,林间里",
    "藏着很多“宝藏”!",
    "头条君带大家去看看",
    "到底藏了些什么“宝贝”?",
    "澳洲坚果",
    "你知道吗?",
    "大家常吃的夏威夷果,",
    "很可能来自青石。",
    "在白河县新圩镇",
    "就有一片澳洲坚果林,",
    "7月正是丰收时候。",
]


def test_a_run_of_phrases_whose_sentences_span_lines_is_text_under_its_exclaimed_headline() -> None:
    blocks = parse_blocks("\n".join(PHRASE_TEXT_UNDER_ITS_HEADLINE) + "\n")
    assert blocks[2].heading_candidate
    assert not any(block.heading_candidate for block in blocks[3:])
