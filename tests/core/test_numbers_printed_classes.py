"""find_quantities on classes of print seen on real pages (made-up sentences): thousands grouped by a space,
comparisons a rule forbids, measure words kept as printed, floors and sheds counted in characters, round class
bounds, a vague digit after 10, a sum named by the money noun after it, and spans that point or decorate."""

from __future__ import annotations

import pytest

from core.text.numbers import find_quantities


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(str(q.value), q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全村人均收入达3 000元", [("3000", "元", "exact")]),
        ("全村人均收入达3\u2009000元以上", [("3000", "元", "more_than")]),
        ("全村人均收入达3\u3000000元", [("3000", "元", "exact")]),
        ("共投入1 250万元", [("12500000", "元", "exact")]),
        # a year before a spaced figure, and a row of table cells, stay apart
        ("2016 年起", []),
        ("合计 1 250 300", []),
    ],
)
def test_a_space_groups_thousands_only_before_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("参保人员比例不得低于60%", [("60", "%", "at_least")]),
        ("每月走访不能少于3次", [("3", "次", "at_least")]),
        ("工期不得超过30天", [("30", "天", "at_most")]),
        ("单户补助不应高于5000元", [("5000", "元", "at_most")]),
    ],
)
def test_a_forbidden_comparison_is_a_bound(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全镇面积12.5平方千米", [("12.5", "平方千米", "exact")]),
        ("新修道路8千米", [("8", "千米", "exact")]),
        ("亩产400千克", [("400", "千克", "exact")]),
        ("道路全长3.6km", [("3.6", "km", "exact")]),
        ("年平均降雨量1087.8mm", [("1087.8", "mm", "exact")]),
    ],
)
def test_chinese_measure_words_stay_as_printed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他家盖起了两层新房", [("2", "层", "exact")]),
        ("村口有一栋三层小楼", [("3", "层", "exact")]),
        ("学习要更上一层楼", []),
        ("她种了两棚西红柿", [("2", "棚", "exact")]),
        ("改造棚户区3处", [("3", "处", "exact")]),
        ("发放种子800包", [("800", "包", "exact")]),
        ("推行三包服务", []),
        ("全县收购烤烟2.5万担", [("25000", "担", "exact")]),
        ("建成20MWp光伏电站", [("20", "MWp", "exact")]),
        ("他家的桃园有6亩7分地", [("6.7", "亩", "exact")]),
        ("守着一亩三分地", []),
        ("所以两季的茶叶品质很接近", [("2", "季", "exact")]),
        ("年内可再采三季花", [("3", "季", "exact")]),
        ("让土地一年四季都充满生机", []),
        ("一个大棚一季就能挣8000多元", [("8000", "元", "more_than")]),
    ],
)
def test_more_measure_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("古树树龄在百年以上", [("100", "年", "more_than")]),
        ("建成千亩以上的示范基地", [("1000", "亩", "more_than")]),
        ("年收入在万元以下的农户", [("10000", "元", "at_most")]),
        ("这是百年大计", []),
        ("千亩茶园美如画", []),
    ],
)
def test_a_round_figure_with_a_bound_word_is_a_class_bound(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每年能带来10几万元的收入", [("100000", "元", "more_than")]),
        ("一年能有5万多收入", [("50000", "元", "more_than")]),
        ("争取到300万的投资", [("3000000", "元", "exact")]),
        ("产量稳定在10余吨左右", [("10", "吨", "more_than")]),
        ("近一个多月来", [("1", "个月", "approx")]),
        ("满意度达不到90%以上", [("90", "%", "more_than")]),
    ],
)
def test_vague_digits_money_nouns_and_two_qualifiers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    ["再过3个月,桔子就熟了", "再过不到一个月,冬笋就要上市", "这里十年九旱,庄稼难收"],
)
def test_spans_ahead_and_in_sayings_are_no_figures(text: str) -> None:
    assert triples(text) == []
