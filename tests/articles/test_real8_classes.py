"""Segmentation classes seen on the real7/real8 pages (issue 11), each checked in every layout of
`evaluation.layouts`: a dateline-and-credit line under a headline, kickers ending in a dash, jump lines,
headlines ending in an exclamation mark. The texts are made up in the shape of each class."""

import pytest

from articles.bylines import find_dateline
from tests.articles.page_builder import ALL_LAYOUTS, segments_of


def test_a_paper_named_x_bao_opens_a_dateline_with_its_reporters_after_a_space() -> None:
    assert find_dateline("山乡新报讯 记者林川 周北 通讯员马可 许文静") == (
        "山乡新报讯",
        ("林川", "周北", "马可", "许文静"),
    )
    assert find_dateline("本报讯 记者周北报道 5月8日,青石镇举办茶叶节。") == ("本报讯", ("周北",))
    # A reporter learning something names no one.
    assert find_dateline("本报讯 记者从县农业农村局获悉,今年全县种植茶叶3万亩。") == ("本报讯", ())
    assert find_dateline("喜报传来,全村沸腾。")[0] is None


DATED_CREDIT_UNDER_HEADLINE = [
    "青山深处拔穷根",
    "山乡新报讯 记者林川 周北 通讯员马可 许文静",
    "青石县地处山区,所辖十个乡镇都曾是贫困乡镇,脱贫任务十分繁重。",
    "2019年起,县里实施产业扶贫战略,每个村都有一个主导产业,带动1200户贫困户增收。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_dateline_and_credit_line_under_a_headline_is_not_the_title(layout: str) -> None:
    segments = segments_of(DATED_CREDIT_UNDER_HEADLINE, layout)
    assert [s.title for s in segments] == ["青山深处拔穷根"]
    assert segments[0].byline == "林川 周北 马可 许文静"


KICKER_WITH_DASH = [
    "青石县东山村党总支——",
    "支部领办合作社 种出三千亩良田",
    "□ 记者 林川 实习生 周北",
    "八月中旬,稻浪翻滚。东山村的优质粮食生产基地3000多亩水稻迎来抽穗期。",
    "不远处,东山村土地股份合作社的院子里,收割机、拖拉机整装待发,村民们忙着检修农机。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_kicker_ending_in_a_dash_is_not_the_title_over_a_two_phrase_headline(layout: str) -> None:
    segments = segments_of(KICKER_WITH_DASH, layout)
    assert [(s.title, s.subtitle) for s in segments] == [("支部领办合作社 种出三千亩良田", "青石县东山村党总支")]
