"""Titles and credits of real pages (issue 11, round 15): a credit naming several works before its names, a role word
and its colon before each name, a credit between a finished text and the next headline, datelines of reposted
reports and county media centres, a headline of two spaced phrases listing words with 、, captions printed under a
headline one after another, and a text stored one short phrase a line under its headline. The texts are made up in
the shape of each class."""

import pytest

from articles.bylines import find_dateline, parse_credit_line
from articles.edge_credits import split_trailing_spaced_names
from articles.headline_shapes import is_spaced_headline_with_list
from articles.phrase_lines import is_caption_label
from articles.segmentation import segment_page
from tests.articles.page_builder import ALL_LAYOUTS, keys, laid_out


# -- credit lines ---------------------------------------------------------------------------------------------
def test_a_credit_naming_several_works_before_its_names_is_a_credit() -> None:
    credit = parse_credit_line("文/图/视频/周北 林川 许文静")
    assert credit is not None and credit.names == ("周北", "林川", "许文静")
    credit = parse_credit_line("图/文 周北")
    assert credit is not None and credit.names == ("周北",)
    assert parse_credit_line("文/图/视频") is None  # works without names sign nothing


def test_each_role_word_may_be_set_off_from_its_names_by_a_colon() -> None:
    credit = parse_credit_line("通讯员:周北 全媒体记者:林川")
    assert credit is not None and credit.names == ("周北", "林川")


SIGNED_AT_THE_END_PAGE = [
    "青石县:茶园变公园 茶农有奔头",
    "全媒体记者:许文静 马可",
    "　　今年以来,青石县以乡村振兴为抓手,统筹整合项目资金,调整优化产业结构,茶产业规模不断扩大。",
    "　　走进青石镇的千亩茶园,三十多名茶农正忙着修剪茶树,施肥除草,一派繁忙景象。",
    "通讯员:周北 全媒体记者:林川",
    "白岩村七大产业齐发力 特色农业上台阶",
    "　　白岩大地,五谷飘香。全村连续六年粮食丰收,农业农村工作硕果累累,畜牧业量价齐升。",
    "　　秋粮喜获丰收以后,村里又把目光投向了休闲农业,游客一年比一年多。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_credit_between_a_finished_text_and_a_headline_signs_the_text_above(layout: str) -> None:
    titles = [title for title, _ in keys(SIGNED_AT_THE_END_PAGE, layout)]
    assert titles == ["青石县:茶园变公园 茶农有奔头", "白岩村七大产业齐发力 特色农业上台阶"]


# -- datelines --------------------------------------------------------------------------------------------------
def test_datelines_of_reposted_reports_and_county_media_centres() -> None:
    assert find_dateline("江城艺术网-江城艺术报讯(全媒体记者 周北 通讯员 林川)近年来,")[0] == "江城艺术网-江城艺术报讯"
    assert find_dateline("丝路江城/江城州融媒体中心讯(通讯员 周北 林川报道)今年")[1] == ("周北", "林川")
    assert find_dateline("中国江城网青石讯 通讯员周北、林川摄影报道:12月22日,")[1] == ("周北", "林川")
    assert find_dateline("青石讯(周北 林川)“每年都来这边摘茶叶。”")[0] == "青石讯"
    assert find_dateline("新闻快讯(一)今年以来,")[0] is None
    assert find_dateline("资讯(新)今年以来,")[0] is None


# -- headline shapes --------------------------------------------------------------------------------------------
def test_two_spaced_phrases_listing_short_words_are_a_headline_shape() -> None:
    assert is_spaced_headline_with_list("以茶园、果园、花园“三园一体”为抓手 青石县全力建设乡村振兴样板地")
    assert not is_spaced_headline_with_list("青石县坚持以茶园、果园为重点,全力建设乡村振兴样板地")
    assert not is_spaced_headline_with_list("于 2018 年开始种植茶叶、果树、花卉等作物")


LISTED_HEADLINE_PAGE = [
    "白岩村种出“双收益”",
    "　　10月10日,青石县白岩村的合作社种植基地里一派热闹景象,村民们正忙着栽种油菜苗。",
    "以茶园、果园、花园“三园一体”为抓手 青石县全力建设乡村振兴样板地",
    "　　近年来,青石县坚持以大地景观化、庭院园林化为方向,扎实推进乡村建设,村容村貌焕然一新。",
]


@pytest.mark.parametrize("layout", ("original", "compact", "indent", "crlf", "single"))
def test_a_headline_of_two_spaced_phrases_with_a_list_opens_its_item(layout: str) -> None:
    titles = [title for title, _ in keys(LISTED_HEADLINE_PAGE, layout)]
    assert titles == ["白岩村种出“双收益”", "以茶园、果园、花园“三园一体”为抓手 青石县全力建设乡村振兴样板地"]


# -- captions under a headline ----------------------------------------------------------------------------------
CAPTIONS_UNDER_HEADLINE_PAGE = [
    "",
    "",
    "“青石样板”乡村振兴蹚新路",
    "",
    "周北 林川",
    "",
    "青石现代农业产业示范区。许文静/摄",
    "",
    "白岩水库。许文静/摄",
    "",
    "(上接7版)",
    "",
    "白岩乡是青石县设施农业发展的一面旗帜。十年前,白岩村党支部在本村东北建起了第一批温室大棚。",
    "",
    "值得一提的是,这里温室里产的反季节蔬菜深受外地客户青睐,每天都有客商上门收购。",
]


def test_captions_printed_one_after_another_under_a_headline_stay_in_its_article() -> None:
    segments = segment_page(laid_out(CAPTIONS_UNDER_HEADLINE_PAGE, "original"))
    assert [s.kind for s in segments if s.kind == "photo"] == []
    assert segments[0].title == "“青石样板”乡村振兴蹚新路"
    assert "白岩水库" in segments[0].body


# -- a text stored one phrase a line ----------------------------------------------------------------------------
PHRASE_TEXT_PAGE = [
    "青石镇认真落实乡村振兴部署,紧紧围绕县里的发展战略,大力发展茶叶种植,带动村民增收致富。",
    "白岩这些地方竟藏着这么多“宝藏”!",
    "在江城,山林里",
    "藏着很多“宝藏”!",
    "小编带大家去看看",
    "到底藏了些什么“宝贝”?",
    "高山茶",
    "你知道吗?",
    "大家常喝的高山茶,",
    "很可能来自江城。",
    "当前,江城市正在大力发展",
    "高山茶特色产业。",
]


@pytest.mark.parametrize("layout", ("original", "compact", "indent", "crlf", "single"))
def test_a_text_stored_one_phrase_a_line_is_one_item_under_its_headline(layout: str) -> None:
    titles = [title for title, _ in keys(PHRASE_TEXT_PAGE, layout)]
    assert titles == [None, "白岩这些地方竟藏着这么多“宝藏”!"]


# -- a picture's scene label between paragraphs ----------------------------------------------------------------
SCENE_LABEL_PAGE = [
    "以茶园、果园、花园“三园一体”为抓手 青石县全力建设乡村振兴样板地",
    "近年来,青石县坚持以大地景观化、庭院园林化为方向,扎实推进乡村建设,村容村貌焕然一新。",
    "会议现场",
    "拓宽特色增收路",
    "金秋十月,在青石县白岩村近千亩的集中连片藕园里,繁忙的挖藕景象成为秋日田野上的一道风景。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_scene_label_over_a_section_head_heads_no_item(layout: str) -> None:
    assert is_caption_label("会议现场") and not is_caption_label("拓宽特色增收路")
    assert len(keys(SCENE_LABEL_PAGE, layout)) == 1


# -- a closing credit run into the last paragraph -------------------------------------------------------------
def test_names_run_into_a_last_paragraph_after_spaces_are_its_closing_credit() -> None:
    assert split_trailing_spaced_names("全县农民人均纯收入超过5600元的目标。      许文静")[0] == ("许文静",)
    assert split_trailing_spaced_names("全县农民人均纯收入超过5600元的目标。 许文静")[0] == ()
    assert split_trailing_spaced_names("全县农民人均纯收入超过5600元的目标。      合作社")[0] == ()


# -- a headline under an untitled item signed at its head -------------------------------------------------------
SIGNED_UNTITLED_THEN_OTHER_COUNTY_PAGE = [
    "文/图/视频/周北 林川 许文静",
    "山丘连绵,环抱出秀美村落;溪涧蜿蜒,孕育出平田沃野。这里是青石区白岩镇,坐落于江城市北郊。",
    "近年来,白岩镇抓住机遇,率先作为,在美丽乡村建设、人居环境整治中获得多项荣誉。",
    "产业振兴 土地生“金”",
    "前不久,江口县竹林科技有限公司打包一百万公斤竹笋,发往外省,一笔订单就为公司创造了可观利润。",
    "江口建成笋用林六万亩,发展竹笋生产专业合作社三十多个,开发出了系列产品。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_over_a_report_on_a_county_the_signed_item_never_named_opens_an_item(layout: str) -> None:
    titles = [title for title, _ in keys(SIGNED_UNTITLED_THEN_OTHER_COUNTY_PAGE, layout)]
    assert titles == [None, "产业振兴 土地生“金”"]
