"""Segmentation classes of issue 11 seen on the blind `real5` pages: photographers' credits glued to the verb, a
news site's undated lede mark, a ministry's announcement as a lede, a picture item that ends the text above it,
a quoted section stack, a series slogan after `▏`, an outlet's reporter line, a part label under a headline and a
`topic:phrase` headline as wide as a wrapped column. The texts are made up in the shape of each class."""

import pytest

from articles.article_body import headline_parts
from articles.bylines import find_dateline, parse_credit_line, split_trailing_credit
from articles.headline_shapes import split_kicker_bar
from articles.layout import unwrap_columns
from articles.page_blocks import parse_blocks
from articles.paragraph_cues import opens_on_full_place, opens_report
from tests.articles.page_builder import ALL_LAYOUTS, keys, segments_of
from tests.articles.test_real4_classes import NEXT_ARTICLE

FEATURE_TEXT = [
    "清晨的山谷里雾气升腾,梯田一层层铺向远方,早起的村民已经在青禾县白石镇的田里忙碌。",
    "过去这里出行难、增收难,如今一条新修的公路通到了家门口,山货卖到了城里。",
]


# -- credits, datelines and ledes ------------------------------------------------------------------------------
def test_photo_credit_glued_to_its_verb() -> None:
    assert split_trailing_credit("图为村民在搭建大棚。 王维俊 本报记者张殿文摄")[0] == ("王维俊", "张殿文")
    assert split_trailing_credit("图为风电场一角。 孟庆祝 陈宝林摄")[0] == ("孟庆祝", "陈宝林")
    assert split_trailing_credit("大家都很开心。 一起来拍摄")[0] == ()


def test_outlet_reporter_lines() -> None:
    assert parse_credit_line("澎湃新闻记者 邹娟").names == ("邹娟",)  # type: ignore[union-attr]
    assert parse_credit_line("新京报记者 王川").names == ("王川",)  # type: ignore[union-attr]
    assert parse_credit_line("乡村振兴看新闻") is None


def test_news_site_lede_mark_is_a_dateline() -> None:
    assert find_dateline("央视网消息:北京市延庆区正着力打造民宿。")[0] == "央视网消息"
    assert find_dateline("他说消息:很好")[0] is None


def test_ledes_of_reports() -> None:
    assert opens_report("近日,农业农村部公布了2022年中国美丽休闲乡村名单。")
    assert not opens_report("近日,村干部公布了村务收支。")
    assert opens_on_full_place("大安市两家子镇同德村以完善基础设施为突破口。")
    assert not opens_on_full_place("同德村人均耕地不足三亩。")


# -- headline shapes ------------------------------------------------------------------------------------------
def test_series_slogan_after_the_bar() -> None:
    expected = ("产业“星火”照亮“致富路”", "脱贫攻坚 清新担当")
    assert split_kicker_bar("产业“星火”照亮“致富路”▏脱贫攻坚 清新担当") == expected
    assert split_kicker_bar("云新闻联动丨白石镇办好民生实事") == ("白石镇办好民生实事", "云新闻联动")


def test_a_part_label_under_a_headline_is_not_the_title() -> None:
    run = parse_blocks("青禾县白石镇乡村振兴示范区\n基本情况\n")
    assert headline_parts(run)[:2] == ("青禾县白石镇乡村振兴示范区", None)
    kicker = parse_blocks("乡村振兴\n白石镇走出致富新路子\n")
    assert headline_parts(kicker)[0] == "白石镇走出致富新路子"


def test_topic_colon_headline_as_wide_as_the_column_stays_a_line() -> None:
    text = (
        "镇里还组织志愿者开展环境整治,清理河道十二公\n里,新建公厕八座,村容村貌焕然一新,一批美丽\n"
        "庭院在各村涌现,成为村民们的新去处和好地方。\n\n走进青禾县白石镇石门村:说不尽的丰收喜\n"
        "“春天白茫茫,秋天水汪汪。”坐在敞亮的房子里\n,老人回忆起旧日的情景,感慨万千,说起如今\n"
        "的日子,脸上笑开了花,村里的变化说也说不完。\n"
    )
    assert "走进青禾县白石镇石门村:说不尽的丰收喜\n" in unwrap_columns(text).text
    # A paragraph whose colon opens a list (`……搬到了石门村:投入资金`) is joined like any other.
    listing = text.replace("走进青禾县白石镇石门村:说不尽的丰收喜", "林川把“家底”搬到了石门村:投入资金")
    assert "林川把“家底”搬到了石门村:投入资金“春天" in unwrap_columns(listing).text
    # A caption opening on its label (`拼版照片:上图为……`) is no headline either.
    caption = text.replace("走进青禾县白石镇石门村:说不尽的丰收喜", "拼版照片:上图为青禾县白石镇建设初期的")
    assert "拼版照片:上图为青禾县白石镇建设初期的“春天" in unwrap_columns(caption).text


# -- page classes, in every layout -----------------------------------------------------------------------------
@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_picture_item_then_a_report_from_its_county_down(layout: str) -> None:
    lines = [
        "本报讯(林川)秋收后,在青禾县白石镇各村屯,随处可见农户们晾晒玉米的场景。",
        "镇里采取“合作社+农户”模式,在全镇7个村落实玉米制种,带动农户增收。",
        "针对今年春季短的实际情况,青禾县农民备耕突出一个“早”字。图为白石镇农民正在搭建大棚。 王维俊 本报记者张殿文摄",
        "大安市两家子镇同德村以完善基础设施为突破口,通过打造香瓜品牌,实施精准脱贫。",
        "同德村人均耕地不足三亩,还全是沙土地,如今香瓜成了乡亲们眼中的“金元宝”。",
    ]
    found = [(title, body[:4]) for title, body in keys(lines, layout)]
    assert found == [(None, "本报讯("), (None, "针对今年"), (None, "大安市两")]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_quoted_section_stack_stays_in_the_feature(layout: str) -> None:
    lines = [
        "“世界最大桃园”里的致富密码",
        *FEATURE_TEXT,
        "“青禾大桃”不只是富民产业",
        "“亏了这桃树,要不真供不起孩子上学”",
        "10月中旬的一天早上,老卢正在自家桃园摘着桃子,脸上满是笑容。",
    ]
    assert [title for title, _ in keys(lines, layout)] == ["“世界最大桃园”里的致富密码"]


def test_epaper_author_lines_sign_with_their_names() -> None:
    line = "作者:本报记者 王川 林禾 《光明日报》( 2018年11月15日 04版)"
    assert parse_credit_line(line).names == ("王川", "林禾")  # type: ignore[union-attr]
    assert parse_credit_line("本报记者 王川 林禾 《 人民日报 》(").names == ("王川", "林禾")  # type: ignore[union-attr]
    issue = parse_credit_line(" 2022年09月24日   第 05 版)")
    assert issue is not None and issue.names == () and not issue.closing
    assert parse_credit_line("学习《论语》") is None


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_place_kicker_with_a_colon_over_its_headline(layout: str) -> None:
    lines = [
        "白石镇石门村:",
        "脱贫见成效 乡村换新貌",
        "本报讯(记者 林川)位于青禾县水库上游的白石镇石门村,如今道路宽了,房子新了,村民的腰包也鼓了。",
        "村里发展特色种植,建成大棚120个,带动全村群众增收,村集体收入明显增加。",
        *FEATURE_TEXT,
        *NEXT_ARTICLE,  # enough wrapped lines for `wrap` to show its column width
    ]
    found = keys(lines, layout)
    assert [title for title, _ in found] == ["脱贫见成效 乡村换新貌", NEXT_ARTICLE[0]]
    assert segments_of(lines, layout)[0].subtitle == "白石镇石门村"
