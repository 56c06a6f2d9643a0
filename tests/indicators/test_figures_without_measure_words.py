"""Figures real pages print without a measure word, qualifiers spelled the spoken way, and numerals that are
not figures of the page. Texts are made up in the shape of the real pages' sentences."""

from __future__ import annotations

import pytest

from indicators.extraction import extract_indicators


def figures(text: str) -> list[tuple[str, str, str]]:
    return [(f"{c.quantity.value:f}", c.quantity.unit, c.quantity.qualifier) for c in extract_indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A 万 figure before a noun phrase that ends in a person noun counts people, a set phrase (建档立卡)
        # inside the phrase included.
        ("全县36万山区建档立卡贫困人口全部脱贫", [("360000", "人", "exact")]),
        ("有12.5万农村留守老人", [("125000", "人", "exact")]),
        # A verb between the figure and the person noun makes the figure something else.
        ("投入300万帮助困难群众", [("3000000", "元", "exact")]),
        # A headline figure whose person noun stands before the period and the verb (the span is a figure too).
        ("全省农村贫困人口3年减少215万", [("3", "年", "exact"), ("2150000", "人", "exact")]),
        # A sum printed without 元 after the money it states.
        ("合作社年收入达300万", [("3000000", "元", "exact")]),
        ("村集体账上存款2个多亿", [("200000000", "元", "more_than")]),
        ("项目总产值为800万左右", [("8000000", "元", "approx")]),
        # A sum the clause before names (收入 … 增加了, 达到308万), both ends of a change (收入从…至…), an account.
        ("村集体经济收入增加了10多倍,达到308万。", [("10", "倍", "more_than"), ("3080000", "元", "exact")]),
        ("酒店收入从此前的年均五十万跃升至三百来万。", [("500000", "元", "exact"), ("3000000", "元", "approx")]),
        ("现在村集体账上还有170多万", [("1700000", "元", "more_than")]),
        # 块 after a money noun is the spoken 元; an Arabic 万 goes on in characters (1万五千).
        ("每亩年收入可达1万五千块。", [("15000", "元", "exact")]),
        ("流转村民水田1859块", [("1859", "块", "exact")]),
        # What a verb of earning takes is money, closing its clause without 元.
        ("打短工一天能挣100多。", [("100", "元", "more_than")]),
    ],
)
def test_large_figures_take_the_unit_of_what_they_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全乡千余户种上了茶叶", [("1000", "户", "more_than")]),
        ("累计投入近亿元", [("100000000", "元", "approx")]),
        ("全镇农业总产值超千亿元", [("100000000000", "元", "more_than")]),
        ("工人月薪上万元", [("10000", "元", "at_least")]),
        ("该市接近千万的人口中", [("10000000", "人", "approx")]),
    ],
)
def test_round_figures_with_a_size_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一季下来收入不下8000元", [("8000", "元", "at_least")]),
        ("技术员月薪2万元打底", [("20000", "元", "at_least")]),
        ("最近的集市也在30公里开外", [("30", "公里", "more_than")]),
        ("会场坐不下300人", [("300", "人", "exact")]),
    ],
)
def test_spoken_qualifiers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全区牲畜存栏稳定在2000万头只以上", [("20000000", "头只", "more_than")]),
        ("今年种植香菇20万棒", [("200000", "棒", "exact")]),
    ],
)
def test_compound_and_crop_units(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert figures(text) == expected


def test_unitless_ratios_are_figures_named_by_their_ratio() -> None:
    found = extract_indicators("2021年全省城乡居民收入倍差为2.05,低于全国平均水平的2.41。")
    assert [(f"{c.quantity.value:f}", c.quantity.unit, c.metric) for c in found] == [
        ("2.05", "", "全省城乡居民收入倍差"),
        ("2.41", "", "全省城乡居民收入倍差"),
    ]
    # No ratio word in the sentence: a bare decimal is a code or a version, not a figure.
    assert figures("新版系统2.5上线运行。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The period of a change is a figure of its own (durations are figures, CONVENTIONS.md), and so is the change.
        ("全县农村贫困人口5年减少12万", [("5", "年", "exact"), ("120000", "人", "exact")]),
        ("三年内共建成12个基地", [("3", "年", "exact"), ("12", "个", "exact")]),
        # A run of years is the figure the sentence reports.
        ("粮食产量连续6年稳定在50万吨以上", [("6", "年", "exact"), ("500000", "吨", "more_than")]),
        # Anniversaries, relative times, a span pointed back to, the length of a quoted slogan; kin are counted.
        ("今年是合作社成立五周年", []),
        ("秋收是一年中最忙的时候", []),
        ("那十余年间,村里变化很大", []),
        ("他还要养三个孩子", [("3", "个", "exact")]),
        ("他常说“苦干实干”4个字", []),
        # Titles conferred on places are names, not sums.
        ("该村被评为全国亿元村", []),
    ],
)
def test_numerals_that_are_not_figures_of_the_page(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert figures(text) == expected


def test_a_round_figure_restating_the_exact_one_is_not_a_second_figure() -> None:
    assert figures("今年村集体收入达到215万元,首次突破百万元大关") == [("2150000", "元", "exact")]
    # Alone in its sentence, the round figure is the figure.
    assert figures("全县茶叶总产量突破万吨大关") == [("10000", "吨", "more_than")]


def metrics(text: str) -> list[str]:
    return [candidate.metric for candidate in extract_indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A run of years names what held (a negation included) and takes 连续年数.
        ("全县农民收入连续12年位居全市第一", ["农民收入位居全市第一连续年数"]),
        ("该林场已连续20年未发生火灾", ["林场未发生火灾连续年数"]),
        # A record the figure sets is not what it measures.
        ("全镇农民人均收入达到历史新高的9800元", ["农民人均收入"]),
        # Copulas and report openers are not part of the measured thing.
        ("单是茶农人均增收3000余元", ["茶农人均增收"]),
        # A duration before 的 and an activity is the time that activity took.
        ("经过近两年的建设", ["建设年数"]),
    ],
)
def test_metric_names_are_the_measured_thing(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县还有8327贫困户、19004贫困人口", [("8327", "户", "exact"), ("19004", "人", "exact")]),
        ("村里有300多农户种植茶叶", [("300", "户", "more_than")]),
        ("2019贫困户全部脱贫", []),  # a year before the noun, not a count
        ("拨打12345热线反映问题", []),
    ],
)
def test_a_count_glued_to_its_group_noun_takes_the_nouns_measure(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert figures(text) == expected
