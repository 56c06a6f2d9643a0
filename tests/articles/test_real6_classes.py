"""Segmentation classes seen on the blind `real6` pages: a digest stored one phrase a line, pictures' labels under a
picture story's credit, a caption going on to its credit, a picture item after an unsigned feature, a headline of
two clauses inside a signed feature, a column's name and bar over a headline, the parts of a headline's list, and
the kind of picture stories. The texts are made up in the shape of each class, and each page is checked in every
layout."""

import pytest

from articles.article_body import headline_parts
from articles.headline_shapes import is_headline_sentence, opens_with_column_bar
from articles.page_blocks import parse_blocks
from articles.phrase_lines import is_caption_label, is_progressive_caption, opens_on_dated_place
from articles.section_heads import headline_items
from tests.articles.page_builder import ALL_LAYOUTS, keys, segments_of
from tests.articles.test_real4_classes import NEXT_ARTICLE

REPORT = [
    "本报讯 (记者 林川)近日,青禾县白石镇举行乡村振兴现场推进会,来自全县的村干部参加了会议。",
    "会上,石门村等五个村介绍了发展特色产业的做法,全县今年已建成大棚120个,带动农户增收。",
]
FEATURE = [
    "清晨的山谷里雾气升腾,梯田一层层铺向远方,早起的村民已经在青禾县白石镇的田里忙碌。",
    "过去这里出行难、增收难,如今一条新修的公路通到了家门口,山货卖到了城里,村民的腰包鼓了起来。",
    "村党支部书记说,接下来村里还要把民宿和采摘游做起来,让更多的年轻人回到村里创业。",
]


# -- line shapes ------------------------------------------------------------------------------------------------
def test_caption_labels_say_what_someone_is_doing_now() -> None:
    assert is_caption_label("种植户林禾正在自家大棚内采摘蘑菇")
    assert not is_caption_label("白石镇大棚蔬菜喜获丰收")
    assert not is_caption_label("种植户林禾正在自家大棚内采摘蘑菇。")  # a sentence: a paragraph's shape
    assert is_progressive_caption("17日,青禾县白石镇石门村,当地村民正在基地里栽种果树苗。")
    assert not is_progressive_caption("17日,青禾县白石镇石门村,当地村民在基地里栽种果树苗。")


def test_a_lede_says_when_then_where_from_the_county_down() -> None:
    assert opens_on_dated_place("近日,青禾区白石镇石门村茶叶基地,村民正在采收茶叶。")
    assert opens_on_dated_place("3月5日,青禾县白石街道的大棚内,一位村民在管理黄瓜。")
    assert not opens_on_dated_place("近日,村民正在采收茶叶。")
    assert not opens_on_dated_place("青禾区白石镇石门村的茶叶基地里,村民正在采收茶叶。")


def test_headline_sentences_and_section_heads() -> None:
    assert is_headline_sentence("“红绿”融合发展,为青禾高质量绿色发展注入新动能")
    assert not is_headline_sentence("兴村: 从“出山”到“回流”,乡村焕发新生机")  # a topic and its colon
    assert not is_headline_sentence("城带乡,唤醒沉睡的大山")  # a section head's length
    assert not is_headline_sentence("茶旅融合 产业兴旺")


def test_column_bar_over_a_headline() -> None:
    assert opens_with_column_bar("云新闻联动丨白石镇冬日土地“热辣滚烫”")
    assert not opens_with_column_bar("记者|王仲昀")  # a role word and a name: a credit
    assert not opens_with_column_bar("白石镇冬日土地“热辣滚烫”")


def test_items_a_headline_lists() -> None:
    assert {"万寿菊", "玉米", "魔芋"} <= headline_items("青禾冬日土地“热辣滚烫”!万寿菊、玉米、魔芋绘就“金色钱景”")
    assert headline_items("白石镇走出致富新路子") == set()


def test_a_run_of_phrase_lines_under_a_headline_is_its_text() -> None:
    blocks = parse_blocks(
        "白石:石门村“甜蜜产业”火了\n近年来\n依托自然环境资源\n白石镇石门村\n积极引导村民\n种植猕猴桃\n明年就将挂果\n"
    )
    assert [b.heading_candidate for b in blocks] == [True] + [False] * 6
    assert all(b.phrase_line for b in blocks[1:])
    # A headline run of the usual few lines keeps them all.
    stack = parse_blocks("青禾新闻·乡村振兴\n小茶叶撑起富民大产业\n——青禾县做强茶产业见闻\n")
    assert all(b.heading_candidate and not b.phrase_line for b in stack)


# -- page classes, in every layout ------------------------------------------------------------------------------
@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_digest_stored_one_phrase_a_line_then_a_caption(layout: str) -> None:
    phrases = ["近年来", "依托自然环境资源和海拔优势", "白石镇石门村", "积极引导当地村民规模种植猕猴桃"]
    phrases += ["今年石门村猕猴桃产量", "大概3万斤左右", "除了已初具规模的猕猴桃基地", "明年就将大规模挂果"]
    lines = [
        "青禾春天好风光 共话乡村振兴",
        *REPORT,
        "白石:石门村“甜蜜产业”火了",
        *phrases,
        "近日,青禾区白石镇石门村茶叶基地,村民正在采收茶叶。",
        "春风十里茶飘香,又是一年采茶时。",  # short: how `wrap` cuts a longer one is `articles.layout`'s matter
        "青禾日报全媒体记者 林禾 摄",
        *NEXT_ARTICLE,  # enough wrapped lines for `wrap` to show its column width
    ]
    found = segments_of(lines, layout)
    expected = ["青禾春天好风光 共话乡村振兴", "白石:石门村“甜蜜产业”火了", None, NEXT_ARTICLE[0]]
    assert [s.title for s in found] == expected
    assert found[1].body.startswith("近年来依托")  # the phrases of a sentence read as one
    assert found[2].body.startswith("近日,青禾区") and found[2].byline == "林禾" and found[2].kind == "photo"


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_picture_labels_after_a_picture_story_and_a_caption_going_on_to_its_credit(layout: str) -> None:
    lines = [
        "瞄准城市“菜篮子”鼓起农民“钱袋子”",
        "时下,青禾县白石镇石门村80多亩果蔬大棚内,草莓、蘑菇、西红柿等农产品集中上市。",
        "石门村利用城郊优势发展现代农业。目前,已建成40多个标准蔬菜大棚,年收入150余万元。",
        "(本报记者 林川 通讯员 林禾 摄)",
        "蔬菜种植户林木正在自家大棚内采摘西红柿",
        "种植户林森正在自家大棚内采摘蘑菇",
        "",
        "▲3月5日,青禾县白石街道绿色蔬菜基地的大棚内,一村民在管理水果黄瓜,这棚黄瓜20天后即将上市。",
        "绿色蔬菜基地由村集体统一建设,农户租赁经营,统一采购苗种、肥料,统一销售,确保产出蔬菜的质量。 (本报记者 林海 摄)",
        "",
        *NEXT_ARTICLE,
    ]
    found = segments_of(lines, layout)
    assert [s.title for s in found] == ["瞄准城市“菜篮子”鼓起农民“钱袋子”", None, NEXT_ARTICLE[0]]
    assert found[0].kind == "photo" and found[0].byline == "林川 林禾"
    assert found[1].body.startswith("▲3月5日") and found[1].byline == "林海" and found[1].kind == "photo"


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_picture_item_after_an_unsigned_feature(layout: str) -> None:
    lines = [
        "白石街道:红色引擎赋动能 绿色产业展生机",
        *FEATURE,
        "",
        "又到樱桃成熟季",
        "5月26日,青禾县白石镇露天大樱桃全面成熟,绿叶间一串串红彤彤的樱桃挂在枝头,市民正开心地采摘。",
        "近年来,白石镇积极引导群众发展樱桃产业。目前,全镇共发展大田樱桃933公顷。",
        "(全媒体记者 林禾 通讯员 林川 摄)",
        "",
        *NEXT_ARTICLE,
    ]
    found = segments_of(lines, layout)
    assert [s.title for s in found] == ["白石街道:红色引擎赋动能 绿色产业展生机", "又到樱桃成熟季", NEXT_ARTICLE[0]]
    assert found[0].byline is None
    assert found[1].kind == "photo" and found[1].byline == "林禾 林川"


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_of_two_clauses_after_a_signed_feature(layout: str) -> None:
    lines = [
        "青禾“八个万元”产业示范 引领低收入农户创业增收",
        "林川、林禾",
        *FEATURE,
        "“红绿”融合发展,为青禾高质量绿色发展注入新动能",
        "“红绿”融合景更美,绿色发展民更富。6月19日,媒体嘉宾们来到白石镇,进企业、看村庄、访景区。",
        "白石镇地处青禾县西部,近年来景区又以省级试点为契机,不断完善基础设施,游客越来越多。",
        *NEXT_ARTICLE,
    ]
    titles = [title for title, _ in keys(lines, layout)]
    assert titles[:2] == [
        "青禾“八个万元”产业示范 引领低收入农户创业增收",
        "“红绿”融合发展,为青禾高质量绿色发展注入新动能",
    ]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_column_bar_headline_and_the_parts_its_list_names(layout: str) -> None:
    lines = [
        "“多点开花”促增收",
        "——青禾县特色产业发展见闻",
        "新华社记者林川、林禾",
        *FEATURE,
        "云新闻联动丨青禾冬日土地“热辣滚烫”!万寿菊、玉米、魔芋绘就“金色钱景”",
        "初冬时节,在青禾县白石镇的田野间,呈现出一派繁忙的丰收景象,村民们忙着采收万寿菊。",
        "玉米棒压弯了秸秆,石门村民笑意爬上脸庞",
        "沉甸甸的玉米棒子压弯了秸秆,青禾县石门村村民们穿梭在田间,忙着采收玉米,脸上洋溢着丰收的喜悦。",
        *NEXT_ARTICLE,
    ]
    titles = [title for title, _ in keys(lines, layout)]
    assert titles[:2] == ["“多点开花”促增收", "青禾冬日土地“热辣滚烫”!万寿菊、玉米、魔芋绘就“金色钱景”"]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_quoted_section_head_over_text_going_on_in_a_town_the_article_named(layout: str) -> None:
    lines = [
        "白石“双到”初见成效引资建厂闯出一条产业扶贫新路",
        "我县开展的扶贫开发“双到”工作,犹如一股春风,吹进了贫困户的家中。在青禾县白石镇,一场巨变即将拉开序幕。",
        "“没落贵族”走新路",
        "白石镇因白鹤蹁跹而得名,曾有着300年鞭炮制作历史,爆竹生产曾是农民的主要经济来源。",
        "",
        *NEXT_ARTICLE,
    ]
    titles = [title for title, _ in keys(lines, layout)]
    assert titles == ["白石“双到”初见成效引资建厂闯出一条产业扶贫新路", NEXT_ARTICLE[0]]
    # A new report names its place from the county down: the heading opens an article (where no blank line keeps
    # the page's articles apart; the original layout here prints one only between articles).
    report = [*lines[:3], "青禾县东河镇今年新建大棚120个,带动农户增收,村集体收入明显增加。", "", *NEXT_ARTICLE]
    if layout != "original":
        assert "“没落贵族”走新路" in [title for title, _ in keys(report, layout)]


def test_a_headline_cut_inside_a_word_is_one_title_over_its_deck() -> None:
    run = parse_blocks(
        "青禾县以对口帮扶为契机发展特色项目 产业扶\n贫圆村民“致富梦”\n"
        "石门村打造连片荷花不仅扮靓乡村而且还可为村民增加收入\n"
    )
    title, subtitle, _, used = headline_parts(run)
    assert title == "青禾县以对口帮扶为契机发展特色项目 产业扶贫圆村民“致富梦”"
    assert subtitle == "石门村打造连片荷花不仅扮靓乡村而且还可为村民增加收入"
    assert len(used) == 3
    # Two headline lines that part between words keep the usual reading (the last line is the title).
    kept = parse_blocks("青禾县以对口帮扶为契机发展特色项目\n石门村打造连片荷花扮靓乡村\n")
    assert headline_parts(kept)[:2] == ("石门村打造连片荷花扮靓乡村", "青禾县以对口帮扶为契机发展特色项目")
    # A subtitle cut by the wrap stays the subtitle.
    deck = parse_blocks("青禾县扎实推进乡村振兴\n——全域打造“五美”乡村 去年农村居民人均可支\n配收入增长7.1%\n")
    assert headline_parts(deck)[0] == "青禾县扎实推进乡村振兴"


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_names_under_a_signed_caption_sign_the_item_below(layout: str) -> None:
    lines = [
        *REPORT[:1],
        "村里发展特色种植,建成大棚120个,带动全村群众增收。(林川)",
        "连日来,在青禾县白石镇黄金瓜种植基地,村民们忙着挑选上市的黄金瓜。"
        "全县已建成特色产业村276个,带动农户增收。林禾 文/图",
        "林海",
        "又到橙黄橘绿时,脐橙结硕果,香飘引客来。近日,青禾县石门村产业基地成片的脐橙喜获丰收。",
        "“我家现种植脐橙20多亩,今年收入15万元。”在石门村脐橙产业基地,果农林森兴奋地说。",
        *NEXT_ARTICLE,
    ]
    found = segments_of(lines, layout)
    assert [(s.byline, s.body[:4]) for s in found[1:3]] == [("林禾", "连日来,"), ("林海", "又到橙黄")]


def test_text_and_picture_credit_closing_a_caption() -> None:
    from articles.bylines import split_trailing_credit

    assert split_trailing_credit("全县已建成特色产业村276个。林禾 文/图")[0] == ("林禾",)
    assert split_trailing_credit("这是我们的图文")[0] == ()
