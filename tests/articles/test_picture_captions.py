"""Captions and picture material on real pages (real9/real10 classes), each checked in every layout of
`evaluation.layouts` where the layout keeps its evidence. The texts are made up in the shape of each class."""

import pytest

from articles.caption_cues import _dated_to_the_hour, _photographer_of, is_credited_caption
from articles.headline_captions import credits_a_picture, names_a_picture_credit, split_captions_under_headline
from articles.page_blocks import parse_blocks
from tests.articles.page_builder import ALL_LAYOUTS, keys, segments_of


def test_a_caption_line_closed_by_its_photographer_is_a_credited_caption() -> None:
    block = parse_blocks("青石县东山村5万只羊育肥场。 通讯员 林川摄\n")[0]
    assert is_credited_caption(block)
    text = parse_blocks("东山村的羊群在山坡上吃草,村民们忙着清点数目。\n")[0]
    assert not is_credited_caption(text)


def test_a_bracketed_picture_credit_closes_a_caption_line_even_left_open() -> None:
    assert credits_a_picture("秀美的青山(周北 供图")
    assert credits_a_picture("千亩茶园(周北 供图)")
    assert not credits_a_picture("秀美的青山 富民的茶园")
    # A caption printed twice carries its credit inside the line.
    assert names_a_picture_credit("东山村宛如世外桃源。 (东山茶园 供图)东山村宛如世外桃源。")
    assert not names_a_picture_credit("东山村宛如世外桃源(图一)。")


def test_only_the_credited_lines_under_a_headline_are_split_off_as_captions() -> None:
    blocks = parse_blocks("青石东山:激发乡村活力\n秀美的青山(周北 供图\n千亩茶园(周北 供图\n")
    head, captions = split_captions_under_headline(blocks)
    assert [b.text for b in head] == ["青石东山:激发乡村活力"]
    assert [b.text for b in captions] == ["秀美的青山(周北 供图", "千亩茶园(周北 供图"]
    alone = parse_blocks("千亩茶园(周北 供图\n")
    assert split_captions_under_headline(alone) == (alone, [])


def test_a_caption_names_its_photographer_on_its_line_or_on_the_credit_line_under_it() -> None:
    caption, credit = parse_blocks("↑5月8日,东山村村民在晾晒茶叶。CICPHOTO/\n林川 摄\n")
    assert _photographer_of(caption, credit) == "林川"
    signed = parse_blocks("↑5月8日,东山村村民在采收茶叶。CICPHOTO/林川 摄\n")[0]
    assert _photographer_of(signed, None) == "林川"
    assert _photographer_of(parse_blocks("▲东山村村民在采收茶叶。\n")[0], None) is None


def test_a_date_down_to_the_part_of_the_day_is_how_a_caption_dates_its_picture() -> None:
    assert _dated_to_the_hour("5月24日上午,游人在青石县东山村摘桃子。")
    assert not _dated_to_the_hour("5月24日,青石县召开茶叶产业大会。")
    assert not _dated_to_the_hour("近年来,青石县大力发展茶叶产业。")


REPORT_WITH_ITS_PICTURES = [
    "山乡新报",
    "青石县:茶叶产业带动群众稳定增收,全县累计脱贫3万户",
    "青石县东山村5万只羊育肥场。 通讯员 林川摄",
    "山乡网讯(记者 周北)过去五年,青石县贫困人口人均可支配收入由2367元增加到8901元,贫困群众生活发生巨大变化。",
    "西岭镇依托茶叶合作社在南坡村种植白茶。山乡报记者 马可摄",
    "围绕产业扶贫这个难点,青石县立足资源禀赋,大力实施茶叶倍增行动,初步构建了完善的产业体系。",
    "北坪镇茶叶基地工人正在采摘春茶。通讯员 许文静摄",
    "按照“南茶北羊”的发展思路,全力打造以茶叶、肉羊为主导的扶贫产业体系,打造“一县一业”。",
    "东山村茶农年人均增收3725元。通讯员 林川摄",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_captions_a_report_sets_between_its_paragraphs_stay_in_it(layout: str) -> None:
    """A headline over a credited caption and a dateline opens a report; the captions it then sets between its
    paragraphs, and the one under its last paragraph, are its pictures, not items of their own."""
    segments = segments_of(REPORT_WITH_ITS_PICTURES[1:], layout)
    assert [s.title for s in segments] == ["青石县:茶叶产业带动群众稳定增收,全县累计脱贫3万户"]
    assert "南坡村种植白茶" in segments[0].body and "茶农年人均增收" in segments[0].body


REPORT_THEN_ITS_PLACE_PICTURE = [
    "东山村茶园迎来丰收",
    "本报讯(记者 周北)东山村的茶园里,村民们忙着采摘春茶,今年茶叶产量预计增长两成。",
    "在青石县西岭镇东山村,村民在茶园里采摘春茶。 新华社记者 林川 摄",
    "村党支部书记介绍,全村种植茶叶3000亩,带动200户村民增收。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_report_that_began_on_its_text_leaves_a_placed_credited_caption_its_own_item(layout: str) -> None:
    """The rule above needs a picture under the headline: a caption saying where it was taken, set into a report
    that opened on its text, stays the picture item it reads as."""
    assert [t for t, _ in keys(REPORT_THEN_ITS_PLACE_PICTURE, layout)] == ["东山村茶园迎来丰收", None]


REPORT_WITH_A_PLACELESS_CAPTION = [
    "青石县729个贫困村全部脱贫摘帽",
    "9月21日下午,县政府新闻办举行新闻发布会,介绍青石县脱贫攻坚有关情况。",
    "新闻发布会现场。山乡报客户端见习记者 马可摄",
    "据介绍,青石县累计投入13.78亿元,实施农村道路建设项目1200个。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_credited_caption_naming_no_place_between_two_paragraphs_is_the_reports_picture(layout: str) -> None:
    segments = segments_of(REPORT_WITH_A_PLACELESS_CAPTION, layout)
    assert [s.title for s in segments] == ["青石县729个贫困村全部脱贫摘帽"]
    assert "据介绍" in segments[0].body


CAPTIONS_UNDER_HEADLINE = [
    "青石东山:激发乡村活力 乡村振兴之路越走越宽广",
    "秀美的青山(周北 供图",
    "千亩茶园田园综合体(周北 供图",
    "东山村紧紧围绕“乡村振兴战略”这根主线,建设生态茶园基地,带动村民增收致富。",
    "村里流转了土地1000多亩,引进龙头企业,带动农户发展茶叶产业。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_captions_between_a_headline_and_its_text_do_not_take_the_headlines_place(layout: str) -> None:
    segments = segments_of(CAPTIONS_UNDER_HEADLINE, layout)
    assert [(s.title, s.subtitle) for s in segments] == [("青石东山:激发乡村活力 乡村振兴之路越走越宽广", None)]
    assert "秀美的青山" in segments[0].body


PICTURE_STORY_OF_ONE_PHOTOGRAPHER = [
    "东山村茶香富农家",
    "4月8日,青石县东山村茶农在晾晒春茶。",
    "近年来,东山村引导农民种植高山茶,全村茶园面积达3000亩,年收益2000万元。",
    "",
    "近年来,青石县西岭镇大力发展金银花特色种植,目前种植面积万余亩,成为农民增收的主要产业。",
    "↑5月18日,青石县西岭镇南坡村农民在晾晒金银花。CICPHOTO/林川 摄",
    "↑5月18日,青石县西岭镇北坪村农民在采收金银花。CICPHOTO/林川 摄",
    "↑5月18日晚,在青石县西岭镇北坪村,商贩在向农民收购金银花。CICPHOTO/林川 摄",
    "",
    "青石县:林业扶贫20万农民受益",
    "10月5日,青石县南坡村的一位农民在果园内采摘葡萄。",
    "近年来,青石县把发展林业作为群众脱贫致富的一项重要工作,带动20万农民受益。",
]


def test_a_picture_storys_captions_stay_in_the_item_its_blank_lines_set_apart() -> None:
    titles = [t for t, _ in keys(PICTURE_STORY_OF_ONE_PHOTOGRAPHER, "original")]
    assert titles == ["东山村茶香富农家", None, "青石县:林业扶贫20万农民受益"]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_marked_captions_of_one_photographer_are_one_picture_story(layout: str) -> None:
    """Without blank lines the captions may not join the text above them, but they stay one item."""
    photos = [s for s in segments_of(PICTURE_STORY_OF_ONE_PHOTOGRAPHER, layout) if s.body.startswith("↑")]
    assert len(photos) <= 1


MARKED_CAPTIONS_OF_TWO_PHOTOGRAPHERS = [
    "东山村茶香富农家",
    "近年来,东山村引导农民种植高山茶,全村茶园面积达3000亩,年收益2000万元。",
    "▲10月12日,东山村村民在晾晒新收获的大豆。 通讯员 林川 摄",
    "▲西岭镇南坡村,农机手正在进行秋翻整地作业。 通讯员 周北 摄",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_marked_captions_of_two_photographers_stay_two_items(layout: str) -> None:
    photos = [s for s in segments_of(MARKED_CAPTIONS_OF_TWO_PHOTOGRAPHERS, layout) if s.body.startswith("▲")]
    assert len(photos) == 2


CAPTIONS_OVER_A_BYLINE = [
    "青石县召开乡村振兴现场会",
    "山乡网7月16日讯(记者 文洁)昨日,青石县召开乡村振兴现场会,各部门负责人一路走、一路看。",
    "在现场会上,各镇街负责人深入了解农村人居环境整治、农文旅融合发展等方面的经验做法。",
    "深藏山谷密林中的东山村,宛如世外桃源。 (东山茶园 供图)深藏山谷密林中的东山村,宛如世外桃源。",
    "位于青石县茶叶产业园内的种苗基地,孕育着丰富多样的良种。 (通讯员马可 摄)位于青石县茶叶产业园内的种苗基地。",
    "(通讯员 马可 摄)",
    "本报记者 林健",
    "通讯员 周北 许文静",
    "提到青石,多数人不会想到乡村和农业。",
    "然而,这座山城是全省最大的茶苗培育基地,茶叶产业带动全县农民增收。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_captions_over_an_untitled_items_two_line_byline_open_that_item(layout: str) -> None:
    segments = segments_of(CAPTIONS_OVER_A_BYLINE, layout)
    assert [(s.title, s.body[:4]) for s in segments] == [("青石县召开乡村振兴现场会", "山乡网7"), (None, "深藏山谷")]
    assert "提到青石" in segments[1].body


PICTURE_ITEM_AFTER_A_FEATURE = [
    "和美乡村入画来",
    "黄岭脚下、青湖之畔,连片的高山茶园里,东山村村民们劳作正忙。",
    "东山村位于青石县西岭镇,海拔700余米,森林覆盖率超过90%。",
    "近年来,青石县加快推进宜居宜业和美乡村建设,让乡村美起来、富起来。",
    "5月24日上午,游人在青石县北坪镇南坡村家庭农场摘桃子。当天,“桃子采摘节”吸引了数百市民参加。",
    "据了解,南坡村通过“经营主体+贫困户”的模式,栽植早熟桃105亩,直接带动6户贫困户增收。林川/摄",
    "南坡村悄然成“景区”",
    "初冬的早晨,薄薄的晨雾萦绕着南坡村,村民们早早下地干活。",
    "驻村工作队队长一早便在村里转悠,查看茶园长势。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_picture_item_takes_the_paragraph_that_dates_its_picture(layout: str) -> None:
    assert keys(PICTURE_ITEM_AFTER_A_FEATURE, layout) == [
        ("和美乡村入画来", "黄岭脚下、青"),
        (None, "5月24日上"),
        ("南坡村悄然成“景区”", "初冬的早晨,"),
    ]


def test_a_wrapped_line_opening_on_a_full_stop_goes_on_with_the_line_above() -> None:
    from articles.layout import unwrap_columns

    page = (
        "近年来,青石县西岭镇大力发展金银花特色种植,\n目前种植面积万余亩,成为农民增收的主要产业。\n\n"
        "↑5月18日,青石县西岭镇北坪村农民在采收金银花\n。CICPHOTO/林川 摄\n\n"
        "↑5月18日晚,在青石县西岭镇北坪村,商贩在向\n农民收购金银花。CICPHOTO/林川 摄\n"
    )
    assert "↑5月18日,青石县西岭镇北坪村农民在采收金银花。CICPHOTO/林川 摄" in unwrap_columns(page).text.splitlines()
