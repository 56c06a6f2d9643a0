"""Layout is noise: wrapped column lines are rejoined before segmentation, and what the segmenter finds does
not depend on blank lines, indents, line ends or column width."""

from __future__ import annotations

import pytest

from articles.layout import column_width, unwrap_columns
from articles.segmentation import segment_page
from evaluation.layouts import LAYOUTS, relayout

PARAGRAPH = (
    "本报青林讯 今年以来,青林镇围绕特色产业发展,新建蔬菜大棚120个,带动农户增收,全镇农民人均可支配收入达到"
    "1.86万元,同比增长8.5%。"
)
PAGE = "\n".join(
    [
        "青林镇大棚蔬菜带富一方",
        "□ 本报记者 秦立峰",
        PARAGRAPH,
        "镇里组建了6支技术服务队,为种植户提供全程指导,今年已培训农民1200余人次,大棚蔬菜亩均收益超过3万元。",
        "▲青林镇村民在大棚里采摘黄瓜。 通讯员 邹海鸣 摄",
        "红岭村建成冷链仓库",
        "本报白沙讯(通讯员 邹海鸣)红岭村建成冷链仓库一座,库容达到500吨,全村果品实现错峰销售,每年可增收80余万元。",
    ]
)


def wrapped(text: str, width: int, indent: str = "") -> str:
    lines = []
    for element in text.split("\n"):
        if len(element) <= 30:
            lines.append(element)
            continue
        pieces = [element[i : i + width] for i in range(0, len(element), width)]
        lines.append(indent + "\n".join(pieces))
    return "\n".join(lines) + "\n"


def summary(text: str) -> list[tuple]:
    """What a reader sees of each article; paragraph breaks aside (a paragraph that ends exactly at the column's
    edge cannot be told from a wrapped line when the page prints neither blank lines nor indents)."""
    return [(s.title, s.kind, s.byline, s.body.replace("\n", "")) for s in segment_page(text)]


def test_a_page_of_whole_paragraphs_is_left_as_it_is() -> None:
    flow = unwrap_columns(PAGE)
    assert flow.text == PAGE and flow.origin is None


@pytest.mark.parametrize("width", [14, 20, 24])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_wrapped_paragraphs_are_rejoined_and_offsets_point_at_the_page(width: int, indent: str) -> None:
    page = wrapped(PAGE, width, indent)
    flow = unwrap_columns(page)
    assert PARAGRAPH in flow.text
    assert len(flow.origin) == len(flow.text) + 1
    assert all(page[flow.origin[i]] == ch for i, ch in enumerate(flow.text))
    assert summary(page) == summary(PAGE)


def test_body_offsets_of_a_wrapped_page_point_at_the_same_characters() -> None:
    page = wrapped(PAGE, 22)
    for segment in segment_page(page):
        for i, ch in enumerate(segment.body):
            if ch != "\n":
                assert page[segment.body_map[i]] == ch
        start, end = segment.source_span(0, len(segment.body))
        assert page[start:end].replace("\n", "").startswith(segment.body[:10].replace("\n", ""))


def test_a_short_headline_under_a_finished_line_is_not_joined_to_it() -> None:
    page = wrapped(PAGE, 20).replace("1.86", "1.8")  # the paragraph now ends on a full line
    titles = [s.title for s in segment_page(page)]
    assert titles == ["青林镇大棚蔬菜带富一方", None, "红岭村建成冷链仓库"]


def lines_of(*lengths: int, prose: bool = True) -> list[str]:
    return [("乡村振兴," if prose else "乡村振兴发展") * (n // 5) + "村" * (n % 5) for n in lengths]


def test_column_width_needs_a_stack_of_equal_lines_of_prose() -> None:
    assert column_width(lines_of(24, 23, 25, 24, 22, 24, 26, 9, 12)) == 26
    assert column_width(lines_of(120, 85, 240, 64, 18, 33, 150, 96)) is None
    assert column_width(lines_of(24, 24)) is None  # too few lines to tell
    # headlines and credit lines of similar lengths, without a comma between them, are not a column
    assert column_width(lines_of(9, 9, 13, 10, 9, 10, 50, prose=False)) is None


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_gives_the_same_articles(layout: str) -> None:
    page = "\n\n".join(PAGE.split("\n")) + "\n"
    assert summary(relayout(page, layout)) == summary(page)


FEATURE = [
    "石头缝里种出百香果",
    "□ 本报记者 韦明",
    "　　近日,记者来到南丹县懂甲村,村民们正在百香果基地里忙着采摘,今年全村种植百香果800亩,带动120户增收。",
    "基地建起来 村民笑开颜",
    "　　村党支部书记介绍,基地采取“合作社+农户”模式,去年村集体经济收入突破30万元,户均增收4000元。",
]
REPORT = [
    "河池市新建冷链仓库20座",
    "　　本报讯 今年以来,河池市加快农产品冷链物流建设,新建冷链仓库20座,库容达到3万吨,果蔬损耗率明显下降。",
]


def test_a_blank_line_that_only_separates_articles_makes_unspaced_headlines_sections() -> None:
    page = "\n".join(FEATURE) + "\n\n" + "\n".join(REPORT) + "\n"
    feature, report = segment_page(page)
    assert (feature.title, report.title) == ("石头缝里种出百香果", "河池市新建冷链仓库20座")
    assert "基地建起来 村民笑开颜" in feature.body and "去年村集体经济收入" in feature.body


def test_on_a_page_that_indents_paragraphs_an_unindented_line_with_commas_can_be_a_headline() -> None:
    title = "河池市新建冷链仓库20座、冷库3万吨"
    page = "\n".join([*FEATURE, title, REPORT[1]]) + "\n"
    titles = [segment.title for segment in segment_page(page)]
    assert titles[-1] == title


def test_a_kicker_with_commas_above_a_headline_is_part_of_the_headline() -> None:
    kicker = "我市坚持生态优先,因地制宜发展特色产业"
    page = "\n\n".join([kicker, "打造和美乡村“河池样板”", FEATURE[2].strip()]) + "\n"
    (article,) = segment_page(page)
    assert (article.title, article.subtitle) == ("打造和美乡村“河池样板”", kicker)


def test_an_untitled_datelined_item_starts_where_its_dateline_does() -> None:
    first = "　　本报讯(记者 董世菊)7月15日,吉木乃县乌拉斯特镇萨尔塔木村村民李长敏的小院种了二十多种蔬菜。"
    second = "　　新疆日报讯(记者 沈雅屏)连日来,阿勒泰市红墩镇多拉特村的奶牛养殖园里一派繁忙,全村存栏奶牛2000头。"
    topic = "储奶罐就是存钱罐"
    more = "　　多拉特村有村民254户860人,2017年该村退出贫困村,养牛、种菜、开农家乐,增收致富的路越走越宽。"
    items = segment_page("\n".join([first, second, topic, more]) + "\n")
    assert [(item.title, item.dateline) for item in items] == [(None, "本报讯"), (None, "新疆日报讯")]
    assert topic in items[1].body


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("广西日报-广西日报客户端记者 韦鹏雁", ("韦鹏雁",)),
        ("本报特约记者 何承强 摄", ("何承强",)),
        ("首席记者 王五", ("王五",)),
    ],
)
def test_credit_lines_with_the_outlet_or_a_rank_in_front(line: str, names: tuple[str, ...]) -> None:
    from articles.bylines import parse_credit_line

    credit = parse_credit_line(line)
    assert credit is not None and credit.names == names
