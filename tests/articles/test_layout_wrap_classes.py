"""Classes of error that appeared only once a page was re-laid (wrapped, or printed without blank lines): structure is
read from the content, so each rule here holds in every layout."""

from __future__ import annotations

import pytest

from articles.layout import _spaced_like_a_headline, column_width, unwrap_columns
from articles.paragraph_cues import opens_dated_report, place_chain
from articles.segmentation import segment_page
from tests.articles.page_builder import ALL_LAYOUTS, segments_of

PROSE = "近年来,青林镇依托资源优势,积极引导村民种植猕猴桃,今年全镇产量达到3万斤左右,带动了120户群众增收。"


def test_a_wrapped_page_with_a_digest_of_short_phrases_is_still_a_column() -> None:
    digest = ["近年来", "依托自然环境资源", "峨眉高桥镇回龙村", "积极引导当地村民", "种植猕猴桃", "9月初"]
    digest += ["喜迎丰收", "笑在脸上", "甜在心里", "今年产量", "大概3万斤左右", "因为收益可观"]
    column = [PROSE[i : i + 24] for i in range(0, len(PROSE), 24)] * 3
    # The column's lines are fewer than the digest's, but carry most of the page's characters.
    assert len(column) < len(digest)
    assert column_width(column + digest) == 24


def test_a_space_inside_quotes_does_not_make_a_wrapped_line_a_headline() -> None:
    assert not _spaced_like_a_headline("“脱贫攻坚在行动 乡村振兴看南粤”网络主题采访活动")
    assert _spaced_like_a_headline("补强集体经济“短板” 增强“造血”找准脱贫路")


def test_a_credit_line_whose_bracket_the_wrap_cut_is_rejoined() -> None:
    credit = "作者:本报记者 王忠耀 吴春燕 《光明日报》( 2018年11月15日 04版)"
    cut = credit.index("2018") + 1  # `……《光明日报》( 2` / `018年11月15日 04版)`
    body = [PROSE[i : i + 24] for i in range(0, len(PROSE), 24)]
    page = "\n\n".join(["广东清远提高乡村经济造血能力", credit[:cut] + "\n" + credit[cut:], "\n".join(body)] * 3) + "\n"
    assert credit in unwrap_columns(page).text


def test_a_date_and_a_town_under_its_county_open_a_report() -> None:
    assert opens_dated_report("5月26日,五莲县松柏镇露天大樱桃全面成熟,绿叶间一串串红彤彤的樱桃。")
    assert not opens_dated_report("5月26日,村民们在地里忙着采摘樱桃。")
    assert not opens_dated_report("松柏镇充分发挥区位优势,积极引导群众发展樱桃产业。")


PHOTO_NEWS = [
    "日照街道:红色引擎赋动能 绿色产业展生机",
    "　　“这个长得好,得有2两半了。”4月3日,在东港区日照街道厉家顶子村羊肚菌种植大棚内,村民喜滋滋地展示刚采摘的羊肚菌。",
    "　　眼前这座羊肚菌种植大棚,是厉家顶子村依托党支部领办合作社实现农业现代化转型升级的大胆尝试。",
    "",
    "又到樱桃成熟季",
    "　　5月26日,五莲县松柏镇露天大樱桃全面成熟,绿叶间一串串红彤彤的樱桃,仿佛一颗颗红色珍珠挂在枝头,晶莹剔透。",
    "　　近年来,松柏镇充分发挥得天独厚的区位优势,积极引导、扶持群众发展樱桃产业,全镇共发展大田樱桃2万亩。",
    "(全媒体记者 何安娜 通讯员 苑光红 摄)",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_over_a_dated_lede_opens_a_report_although_a_photo_credit_lies_ahead(layout: str) -> None:
    titles = [segment.title for segment in segments_of(PHOTO_NEWS, layout, seed=0)]
    assert titles == ["日照街道:红色引擎赋动能 绿色产业展生机", "又到樱桃成熟季"]


def test_a_short_wrapped_report_is_unwrapped() -> None:
    first = "本报讯 今年以来,青林镇新建蔬菜大棚120个,带动农户增收,全镇农民人均可支配收入达到1.86万元。"
    second = "镇里组建了6支技术服务队,为种植户提供全程指导,今年已培训农民1200余人次。"
    page = "青林镇大棚蔬菜带富一方\n\n" + "\n\n".join(
        "\n".join(p[i : i + 22] for i in range(0, len(p), 22)) for p in (first, second)
    )
    assert unwrap_columns(page).text == "青林镇大棚蔬菜带富一方\n\n" + first + "\n\n" + second
    (article,) = segment_page(page)
    assert article.title == "青林镇大棚蔬菜带富一方" and article.body.replace("\n", "") == first + second


def test_short_whole_sentences_of_one_length_are_not_a_column() -> None:
    sentences = ["红岭村建成冷链仓库一座,库容达到500吨。", "青林镇新建蔬菜大棚120个,带动农户增收。"]
    sentences += ["白沙村组建技术服务队,培训农民1200人次。", "石门村修通产业路8公里,果品运输更便捷。"]
    assert column_width(sentences) is None
    assert unwrap_columns("\n".join(sentences)).origin is None


def test_a_place_chain_is_two_levels_or_more() -> None:
    assert place_chain("走进静海区团泊镇团泊村:说不尽的喜乐幸福") >= {"团泊镇", "团泊村"}
    assert place_chain("三合村:因地制宜发展产业") == set()


SIGNED_FEATURE = [
    "津南小站稻 又迎丰收年",
    "本报记者 武少民 李家鼎",
    "秋风阵阵,稻谷飘香。清晨6时,天津市津南区八里台镇种粮大户李树增就来到田间查看墒情,电话响个不停。",
    "“小站稻种植面积已从2016年的1.8万亩发展到2022年的5.7万亩,其中稻蟹混养面积不断扩大。”",
    "",
    "走进静海区团泊镇团泊村:说不尽的喜乐幸福",
    "“春季白茫茫,秋季水汪汪,春种秋不收,糠菜半年粮。”坐在温暖敞亮的房子里,80岁的程庆泉老人回忆起旧日。",
    "在村委会的村志上,记者看到了这样一组数据:1978年的劳动日值仅9角4分,人均年占有粮食不足300斤。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_naming_places_the_text_above_never_names_opens_a_report(layout: str) -> None:
    titles = [segment.title for segment in segments_of(SIGNED_FEATURE, layout, seed=0)]
    assert titles == ["津南小站稻 又迎丰收年", "走进静海区团泊镇团泊村:说不尽的喜乐幸福"]
