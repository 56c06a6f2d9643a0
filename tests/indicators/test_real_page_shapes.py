"""Figure shapes of real pages (issue 11), on made-up sentences: shares printed as fractions, story years and
adjectives that are not figures, bounds printed after the unit, numerals inside place names, and the metric names
a statistics table would give (what was built, a place's population, the level a rate reached)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.extraction import extract_page
from core.text.numbers import find_quantities
from indicators.extraction import extract_indicators


def figures(text: str) -> list[tuple[Decimal, str, str]]:
    return [(c.quantity.value, c.quantity.unit, c.quantity.qualifier) for c in extract_indicators(text)]


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2020)]


# --- shares printed as fractions ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该州占全省面积近五分之一", (Decimal(20), "%", "approx")),
        ("超过三分之二的农户种上了茶叶", (Decimal("66.67"), "%", "more_than")),
        ("全镇一半以上耕地是坡地", (Decimal(50), "%", "more_than")),
        ("近一半的村民外出务工", (Decimal(50), "%", "approx")),
        ("半数以上是贫困户", (Decimal(50), "%", "more_than")),
        ("超过半数的村建起了合作社", (Decimal(50), "%", "more_than")),
    ],
)
def test_a_bounded_fraction_is_a_share(text: str, expected: tuple[Decimal, str, str]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    "text", ["全村人口三分之一在外省务工,三分之一在村里", "这里一半是山一半是水", "半数村民外出务工"]
)
def test_a_bare_fraction_splits_a_story(text: str) -> None:
    assert figures(text) == []


def test_per_cent_spelt_out_is_unchanged() -> None:
    assert [(q.value, q.unit) for q in find_quantities("百分之三十的农户")] == [(Decimal(30), "%")]


# --- what is not a figure --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["这笔钱属于一次性投入", "忙了一年下来", "秋收是一年中最忙的时候"],
)
def test_one_off_and_a_year_in_a_story_are_not_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text", ["大棚一年要闲半年", "一年多时间过去,路通了", "脱贫一年来,村里变了"])
def test_a_year_spelt_out_is_a_span_the_gold_counts(text: str) -> None:
    assert any(unit == "年" and value == 1 for value, unit, *_ in figures(text))


def test_a_measured_year_stays() -> None:
    assert figures("经过近一年的培训,他学会了嫁接") == [(Decimal(1), "年", "approx")]


def test_beyond_a_distance_is_more_than_it() -> None:
    assert figures("牧民搬迁到300公里以外的新村") == [(Decimal(300), "公里", "more_than")]


def test_a_numeral_inside_a_place_name_counts_nothing() -> None:
    page = (
        "三个泉镇发展庭院经济\n\n"
        "本报讯 记者走进新疆维吾尔自治区巴音郭楞蒙古自治州焉耆回族自治县七个星镇,全镇种植辣椒2万亩。\n"
    )
    extraction = extract_page(page)
    found = [(f.candidate.quantity.value, f.candidate.quantity.unit) for a in extraction.articles for f in a.indicators]
    assert (Decimal(7), "个") not in found
    assert (Decimal(20000), "亩") in found


# --- metric names ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # What was built, set up or run before a counted noun is counted without the verb.
        ("镇里建成4个农产品交易中心", "农产品交易中心数"),
        ("村里组建了3支护林队", "护林队数"),
        ("全县组织实施了200多个产业扶贫项目", "产业扶贫项目数"),
        # A verb that names a campaign of its own stays (打造X is how the gold names it).
        ("打造5个乡村振兴示范片区", "打造乡村振兴示范片区数"),
    ],
)
def test_building_verbs_before_a_counted_noun_are_left_out(text: str, metric: str) -> None:
    assert metrics(text)[0] == metric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全村2150人,耕地不多", ["人口"]),
        ("全村共有420户1630人", ["户数", "人口"]),
        ("全村有贫困户48户,共150人", ["贫困户数", "贫困人口"]),
        ("其中男性820人,女性810人", ["男性人口", "女性人口"]),
        ("参加培训的有300人", ["参加培训人数"]),
    ],
)
def test_people_of_a_place_or_group_are_its_population(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("青石村人均年收入达2.6万元", "人均年收入"),
        ("全村年轻人占比已跃升到60%", "年轻人占比"),
        ("当时贫困发生率高达45.2%", "贫困发生率"),
        ("基地柑橘产量预计将达80万公斤", "基地柑橘产量"),
    ],
)
def test_place_names_and_reaching_verbs_stay_out_of_the_metric(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


def test_a_change_is_still_named_by_its_verb() -> None:
    assert metrics("村集体经济收入达到50万元,同比增长8%")[1] == "村集体经济收入同比增长"


def test_a_date_after_a_change_verb_is_when_the_level_was_reached_not_a_target() -> None:
    text = "全县贫困发生率从2014年底的21.5%下降至2019年底的0.8%"
    assert metrics(text) == ["贫困发生率", "贫困发生率"]
    assert metrics("力争到2025年农民人均收入突破3万元") == ["农民人均收入目标"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("落户镇上的200亩茶叶基地", "茶叶基地面积"),
        ("他以每亩600元的价格流转了邻村300亩土地", "流转土地面积"),
        ("在枯水期裸露出两千余亩滩涂", "滩涂面积"),
    ],
)
def test_land_after_an_area_is_what_it_measures(text: str, metric: str) -> None:
    assert metrics(text)[-1] == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("去年底全县贫困人口已减至3.2万人", "贫困人口"),
        ("合作社去年实现产值380万元", "合作社产值"),
        ("全镇实现综合产值12.5亿元", "综合产值"),
    ],
)
def test_reaching_and_achieving_verbs_stay_out_of_the_metric(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


def test_half_an_hour_is_a_figure() -> None:
    assert figures("又坐了半个多小时的车") == [(Decimal("0.5"), "个小时", "more_than")]
    assert figures("上半年全镇游客增多") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他一家5口挤在土房里", ["家庭人口"]),
        ("修建4条排水渠总计3.2公里", ["修建排水渠数", "排水渠长度"]),
        ("丰收之路——2022年全省第一产业增加值达900亿元", ["第一产业增加值"]),
    ],
)
def test_households_totals_and_lead_ins(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected
