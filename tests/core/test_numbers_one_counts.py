"""find_quantities on 一 + measure word (core/text/one_counts.py): one thing counted in a series, built or put into
service, or coordinated with another figure; and "one of them" after a verb, which counts nothing (made-up
sentences in the shape of the real pages')."""

from __future__ import annotations

import pytest

from core.text.numbers import find_quantities


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(str(q.value), q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("种了一棚西红柿,三棚火龙果", [("1", "棚", "exact"), ("3", "棚", "exact")]),
        ("他想筹措资金建一座冷库", [("1", "座", "exact")]),
        ("工作队帮他建起一座大棚种葡萄", [("1", "座", "exact")]),
        ("明年还要再投入一条生产线", [("1", "条", "exact")]),
        ("新建5公里水泥路和一座桥梁", [("5", "公里", "exact"), ("1", "座", "exact")]),
        ("我家去年种了一亩多,卖了8000元", [("1", "亩", "more_than"), ("8000", "元", "exact")]),
        ("收入比种茶翻了一倍", [("1", "倍", "exact")]),
    ],
)
def test_one_thing_counted(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "确保做到收割一块,及时清理一块,彻底消除隐患",
        "摘下一颗,剥去外衣",
        "师傅很快便做好一个。",
        "要在这里造一座水电站",
        "构成了一幅美丽画卷",
        "一位农民代表说",
        "院校代表等将齐聚一堂,现场考察",
        "几个月后这里将建起一座座高标准日光温室",
    ],
)
def test_one_as_an_article_or_one_of_them_counts_nothing(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("有的还不止一辆,其中", [("1", "辆", "more_than")]),
        ("建设污水处理厂一处。", [("1", "处", "exact")]),
        ("今年他还准备多种一亩。", [("1", "亩", "exact")]),
    ],
)
def test_a_closing_one_that_states_an_amount_still_counts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected
