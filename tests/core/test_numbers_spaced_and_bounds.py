"""find_quantities on copies that put a space between digits and unit, 最低 as a floor, households counted by a
noun ending in 户, and time spans that date or decorate rather than measure (made-up sentences)."""

from __future__ import annotations

import pytest

from core.text.numbers import find_quantities


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(str(q.value), q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("春风吹进了全县 42367 户贫困户的家中", [("42367", "户", "exact")]),
        ("镇里共有3 个省定贫困村", [("3", "个", "exact")]),
        ("年收入在2500 元以下的农户", [("2500", "元", "at_most")]),
        ("帮扶单位已投入资金280 多万元", [("2800000", "元", "more_than")]),
        ("驱车不过 60 多公里", [("60", "公里", "more_than")]),
        ("镇里共有3\u3000个贫困村", [("3", "个", "exact")]),
    ],
)
def test_a_space_between_digits_and_unit_is_layout(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


def test_a_spaced_year_or_ordinal_is_still_no_figure() -> None:
    assert triples("2016 年起") == []
    assert triples("排名第 3 名") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每亩地村集体每年最低收入2万元", [("20000", "元", "at_least")]),
        ("保底价最低3元", [("3", "元", "at_least")]),
        ("最低工资标准为2000元", [("2000", "元", "exact")]),
        ("最低生活保障每月300元", [("300", "元", "exact")]),
        ("亩产大约有5万斤左右", [("50000", "斤", "approx")]),
    ],
)
def test_floor_words_before_a_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每户最高补助5万元", [("50000", "元", "at_most")]),
        ("一亩果园最高收入达4万元", [("40000", "元", "at_most")]),
        ("大棚西瓜最高亩产值更是达到2万元", [("20000", "元", "at_most")]),
        ("最高气温达到35度", [("35", "度", "exact")]),
        ("收入最高的那户有6万元", [("60000", "元", "exact")]),
        ("人数最多的村有300户", [("300", "户", "exact")]),
    ],
)
def test_a_ceiling_word_bounds_the_figure_unless_it_names_an_extreme_or_describes_a_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    # 最高 is the ceiling as 最低 is the floor (at_most), also across the measured noun; 最高气温 is a measure's name
    # and 最高的…/最多的… pick out one item, whose own figure is exact.
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("带动5.6万农户增收致富", [("56000", "户", "exact")]),
        ("帮助3万贫困户脱贫", [("30000", "户", "exact")]),
        ("带动1.2万贫困群众就业", [("12000", "人", "exact")]),
    ],
)
def test_a_bare_figure_counting_households_is_in_hu(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这棚黄瓜20天后即将上市",
        "三个月前刚开工",
        "景区三年磨一剑,成功创建",
        "他十年如一日坚守",
        "春风十里茶飘香",
        "十里荷花",
    ],
)
def test_relative_times_set_phrases_and_poetic_distances_are_not_figures(text: str) -> None:
    assert triples(text) == []


def test_a_measured_distance_in_li_stays() -> None:
    assert triples("走了十里多路") == [("10", "里", "more_than")]
    assert triples("沿公路一线十余里") == [("10", "里", "more_than")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一天的吞吐量大概是400吨", [("400", "吨", "approx")]),
        ("参加培训的大约有300人", [("300", "人", "approx")]),
        ("年产值大约为50万元", [("500000", "元", "approx")]),
    ],
)
def test_a_copula_after_about_keeps_the_figure_approximate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一年工资收入都超过了2万元", [("20000", "元", "more_than")]),
        ("网上销售额突破了1亿元", [("100000000", "元", "more_than")]),
    ],
)
def test_a_word_of_exceeding_with_le_is_still_more_than(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected
