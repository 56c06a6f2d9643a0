"""Segmentation classes of issue 11 seen on the blind `real4` pages, each checked in every layout: a headline
over a photo caption, a kicker bar, a garbled or `摄影/` credit, a long credited paragraph, an agency's release
mark, a headline as wide as a wrapped column, captions and credited paragraphs that belong to the text around
them, and section heads told from the next headline. The texts are made up in the shape of each class."""

import pytest

from articles.bylines import split_trailing_credit, trailing_release_start
from articles.caption_cues import MAX_CAPTION_CHARS
from articles.layout import unwrap_columns
from articles.page_blocks import parse_blocks
from articles.paragraph_cues import opening_small_place, opens_on_its_date, reads_as_caption, small_places
from articles.section_heads import is_section_head_shape
from tests.articles.page_builder import ALL_LAYOUTS, keys, laid_out, segments_of

REPORT = "近年来,青禾县大力发展特色种植,全县建成蔬菜大棚1200个,带动3000多户群众增收,村集体收入明显增加。"
FEATURE_TEXT = [
    "清晨的山谷里雾气升腾,梯田一层层铺向远方,早起的村民已经在田里忙碌。",
    "过去这里出行难、增收难,如今一条新修的公路通到了家门口,山货卖到了城里。",
]

# A second article closing a page: enough wrapped lines for `wrap` to show its column width on a short page.
NEXT_ARTICLE = [
    "东河镇办好十件民生实事",
    "本报讯 今年以来,东河镇围绕群众最关心的教育、医疗、养老等问题,集中力量办好十件民生实事,"
    "新建幼儿园两所,改造卫生院一所,新增养老床位120张,群众满意度明显提升。",
    "镇里还组织志愿者开展环境整治,清理河道12公里,新建公厕8座,村容村貌焕然一新,"
    "农村生活垃圾实现集中收集处理,一批美丽庭院在各村涌现出来,成为村民们的新去处。",
]


def titles_above_the_next_article(lines: list[str], layout: str) -> list[str | None]:
    found = [title for title, _ in keys([*lines, *NEXT_ARTICLE], layout)]
    assert found[-1] == NEXT_ARTICLE[0]
    return found[:-1]


# -- a photo caption under a headline ----------------------------------------------------------------------
def test_caption_wording() -> None:
    assert reads_as_caption("这是6月3日拍摄的青禾县白石镇新村(无人机照片)。")
    assert reads_as_caption("图为村民在合作社分拣蘑菇。")
    assert reads_as_caption("左图:村里的新居。右图:村民在新居前合影。")
    assert reads_as_caption("白石镇的梯田一景。 江禾日报记者 林川 摄")
    assert reads_as_caption("村民在晾晒玉米(资料照片)。")
    assert not reads_as_caption("近年来,青禾县大力发展特色种植,带动群众增收。")


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_comma_headline_over_a_caption_is_the_headline(layout: str) -> None:
    lines = [
        "青禾白石:搬出大山,住进新居",
        "这是6月3日拍摄的青禾县白石镇新村(无人机照片)。",
        *FEATURE_TEXT,
    ]
    ((title, _),) = keys(lines, layout)
    assert title == "青禾白石:搬出大山,住进新居"


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_clause_announcing_a_list_with_a_dash_is_not_a_headline(layout: str) -> None:
    lines = [
        "山乡四季处处新景",
        "冬日时节,青禾县的山村里处处透着生机——",
        "　　新建的蔬菜大棚里一片翠绿,村民们正在采摘刚刚成熟的黄瓜和西红柿;",
        "　　民宿门前挂起了红灯笼,来山村住宿、赏雪、吃农家饭的游客络绎不绝;",
        "　　村里的合作社办得红红火火,社员们忙着分拣包装,户均年增收8000元。",
    ]
    blocks = parse_blocks(laid_out(lines, layout))
    dash_line = next(b for b in blocks if b.text.endswith("——"))
    assert not dash_line.heading_candidate
    assert [title for title, _ in keys(lines, layout)] == ["山乡四季处处新景"]


# -- a kicker bar never shapes a section head ----------------------------------------------------------------
def test_a_kicker_bar_line_is_not_a_section_head_shape() -> None:
    assert not is_section_head_shape("图说|石头村的新生活")
    assert is_section_head_shape("石头村的新生活")


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_kicker_bar_headline_after_an_unsigned_feature_opens_an_article(layout: str) -> None:
    lines = [
        "山谷里的新生活变化",
        *FEATURE_TEXT,
        "图说|石头村的新生活",
        "石头村位于青禾县北部山区,过去村里只有一条土路,村民出行十分不便,如今家家住上了新房。",
    ]
    assert [title for title, _ in keys(lines, layout)] == ["山谷里的新生活变化", "石头村的新生活"]


# -- credits: garbled, `摄影/`, an agency's release mark -----------------------------------------------------
def test_photographer_after_a_slash_and_an_agency_release_mark() -> None:
    assert split_trailing_credit("村民在新居前晾晒玉米。 摄影/林小川")[0] == ("林小川",)
    assert split_trailing_credit("合作社的蘑菇大棚。摄影/周明")[0] == ("周明",)
    text = "全县贫困人口全部脱贫。  新华社 发"
    assert text[trailing_release_start(text) :] == "新华社 发"
    assert trailing_release_start("他说,新华社发布了消息") is None


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_caption_whose_credit_is_garbled_stays_in_the_report_of_its_reporter(layout: str) -> None:
    lines = [
        "青禾县特色种植富乡亲",
        "江禾网青禾6月5日电 (林川 周明)" + REPORT,
        "合作社负责人说,今年的订单已经排到了年底,村里还要再建一批大棚。",
        "图为青禾县白石镇村民在大棚里采摘蔬菜。 作周明",
    ]
    assert titles_above_the_next_article(lines, layout) == ["青禾县特色种植富乡亲"]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_after_an_agency_release_mark_an_untitled_brief_is_its_own_item(layout: str) -> None:
    lines = [
        "青禾县全部脱贫摘帽",
        "6月3日,青禾县白石镇村民在新建的大棚里采摘西红柿。全县贫困人口全部脱贫。  新华社 发",
        "青禾县扶贫办今天发布公示,白石镇等6个乡镇的贫困村全部退出,公示期为7天。(林川)",
    ]
    assert titles_above_the_next_article(lines, layout) == ["青禾县全部脱贫摘帽", None]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_long_paragraph_closed_by_the_reports_credit_is_its_text(layout: str) -> None:
    long_paragraph = (REPORT * 9)[:-1] + "。新华社记者林川摄"
    assert len(long_paragraph) > MAX_CAPTION_CHARS
    lines = ["青禾扶贫影像", "上图为白石镇村民在新居前合影(6月3日摄)。", long_paragraph]
    assert [title for title, _ in keys(lines, layout)] == ["青禾扶贫影像"]


# -- a headline as wide as a wrapped column ------------------------------------------------------------------
def test_a_column_wide_headline_over_a_dated_lede_is_not_joined() -> None:
    assert opens_on_its_date("1月9日,记者从县扶贫办获悉")
    paragraph = "2023年,青禾县实施了一批乡村建设项目,新修公路120公里,改造危房300户,建成了一批示范村。" * 3
    column = [paragraph[i : i + 20] for i in range(0, len(paragraph), 20)]
    lede = "1月9日,记者从县扶贫办获悉,全县评出3"
    assert len(lede) == 20
    headline = "青禾评出30个“示范村”和5个先进乡镇"  # as wide as the column, no comma
    text = "\n".join([*column, "", headline, lede, "0个示范村。", *column]) + "\n"
    lines = unwrap_columns(text).text.splitlines()
    assert headline in lines and lede + "0个示范村。" in lines  # the lede's own wrapped lines are joined


# -- captions and credited paragraphs that belong to the text around them ---------------------------------
def test_the_small_place_a_paragraph_opens_on() -> None:
    assert opening_small_place("石头村易地搬迁项目总投资5000万元") == "石头村"
    assert opening_small_place("近年来,石头村") is None
    assert small_places("石头湾村村民王大山:种菜成了新职业") == {"石头湾村"}
    assert small_places("贫困村变了样") == set()  # two characters before the suffix: too often a common noun


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_credited_paragraph_on_the_village_the_report_named_is_its_last_paragraph(layout: str) -> None:
    lines = [
        "青禾白石:搬出大山,住进新居",
        "这是6月3日拍摄的青禾县白石镇石头村(无人机照片)。",
        "石头村地处深山,过去村民住在土坯房里,出行要走两个小时山路,如今全村搬进了新居。",
        "石头村易地搬迁项目总投资5000万元,建成住房60栋,配套建设了学校、卫生室、文化广场和农贸市场,"
        "于去年底建成。新华社记者 林川 摄",
    ]
    assert titles_above_the_next_article(lines, layout) == ["青禾白石:搬出大山,住进新居"]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_under_a_caption_item_after_an_untitled_report_opens_an_article(layout: str) -> None:
    lines = [
        "江禾网青禾6月5日消息 " + REPORT,
        "合作社负责人说,今年的订单已经排到了年底,村里还要再建一批大棚。",
        "2023年6月15日,白石镇石头村的村民在大棚里采摘西红柿。 江禾日报记者 林川/摄",
        "脱贫三年来 青禾山乡展新颜",
        *FEATURE_TEXT,
    ]
    assert [title for title, _ in keys(lines, layout)] == [None, None, "脱贫三年来 青禾山乡展新颜"]


def test_on_a_page_that_parts_articles_by_blank_lines_a_caption_inside_a_report_is_its_own() -> None:
    lines = [
        "青禾县特色种植富乡亲",
        REPORT,
        "",
        "↑白石镇石头村的新居(6月3日摄)。新华社记者 林川 摄",
        "　　" + FEATURE_TEXT[0],
        "山村振兴,唤醒沉睡的大山",
        "　　" + FEATURE_TEXT[1],
        "↑6月5日,村民在大棚里采摘蘑菇。新华社记者 林川 摄",
        "　　合作社负责人说,今年的订单已经排到了年底,村里还要再建一批大棚。",
    ]
    segments = segments_of(lines, "original")
    assert [s.title for s in segments] == ["青禾县特色种植富乡亲", None]
    assert segments[1].body.startswith("↑白石镇") and "采摘蘑菇" in segments[1].body


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_caption_between_paragraphs_about_the_place_the_next_one_names_is_the_texts(layout: str) -> None:
    lines = [
        "青禾县特色种植富乡亲",
        REPORT,
        "↑6月5日,在白石镇石头村集中安置点,村民在大棚内采摘蘑菇。新华社记者 林川 摄",
        "正是采菇时节,白石镇石头村的大棚里一派繁忙景象,村民们在家门口上班,月收入四五千元。",
    ]
    assert titles_above_the_next_article(lines, layout) == ["青禾县特色种植富乡亲"]
    cut = [lines[0], REPORT[:-1] + ",", lines[2], "白石镇石头村还要再建一批大棚。"]  # set into an unfinished sentence
    assert titles_above_the_next_article(cut, layout) == ["青禾县特色种植富乡亲", None]


# -- section heads and the next headline -------------------------------------------------------------------
@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_heading_opening_on_the_headlines_place_is_the_next_headline(layout: str) -> None:
    lines = [
        "江西青禾:搬迁群众奔小康",
        "图为青禾县白石镇村民在新居前合影。",
        "近年来,青禾县实施易地扶贫搬迁,使搬迁户实现稳定脱贫,为乡村振兴奠定了基础。",
        "江西贫困县全部摘帽",
        "傍晚,家住青禾县城的李大姐在新房里忙着做晚饭,两年前她家还住在深山里。",
    ]
    assert [title for title, _ in keys(lines, layout)] == ["江西青禾:搬迁群众奔小康", "江西贫困县全部摘帽"]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_heading_on_a_village_the_unsigned_feature_named_is_its_next_part(layout: str) -> None:
    lines = [
        "山谷深处,听见幸福",
        "蓝天下,青禾县石头湾村宛如一颗明珠镶嵌在群山之间。 江禾日报记者 林川 摄",
        *FEATURE_TEXT,
        "石头湾村村民王大山:种菜成了新职业",
        "大棚里的黄瓜挂满了藤,王大山一边采摘一边算着今年的收入。",
    ]
    segments = segments_of([*lines, *NEXT_ARTICLE], layout)
    assert [s.title for s in segments] == ["山谷深处,听见幸福", NEXT_ARTICLE[0]]
    assert "石头湾村村民王大山" in segments[0].body
