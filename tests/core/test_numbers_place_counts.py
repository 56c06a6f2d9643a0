"""find_quantities on places counted without 个 (等4镇入选, 山区12县) and on numbered villagers' groups, which name a
place rather than count one (made-up sentences)."""

from __future__ import annotations

import pytest

from core.text.numbers import find_quantities


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(str(q.value), q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某某县某某镇等4镇入选省级特色小镇", [("4", "镇", "exact")]),
        ("帮扶西部山区12县的农产品", [("12", "县", "exact")]),
        ("辖8村2社区", [("8", "村", "exact")]),
        ("全市有3乡列入试点", [("3", "乡", "exact")]),
    ],
)
def test_a_place_counted_after_digits_is_a_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    ["推进一村一品建设", "三乡五镇的百姓", "带动5村民致富", "实行3县级统筹", "七组的村民种起了葡萄", "三组境内的稻田"],
)
def test_place_words_after_a_number_that_count_nothing(text: str) -> None:
    # 一村一品 is a saying; 村民, 县级 start with the place character; 七组的村民 names the group a villager lives in.
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生态补偿机制在浙皖两省试点", [("2", "省", "exact")]),
        ("与越南两省五县接壤", [("2", "省", "exact"), ("5", "县", "exact")]),
        ("所辖五县一市均为重点县", [("5", "县", "exact"), ("1", "市", "exact")]),
        ("地处京、津、唐、承四市接合部", [("4", "市", "exact")]),
        ("以三村联动的形式发展", [("3", "村", "exact")]),
        ("高山两村的村民们", [("2", "村", "exact")]),
    ],
)
def test_places_counted_in_characters_with_a_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    # 两 counts (it never numbers a place), as do 辖, 联, a list the count closes, and a count right after another.
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text", ["东北三省黑木耳市场", "三江口村、建五村等地", "兴十四村位于县城东南", "一县一特、一乡一业", "两市场开业"]
)
def test_place_names_and_sayings_with_numerals_count_nothing(text: str) -> None:
    assert triples(text) == []


def test_a_counted_group_stays() -> None:
    assert triples("全村分为5组开展比赛") == [("5", "组", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村里过去负债30万", [("300000", "元", "exact")]),
        ("村集体欠款12万,如今还清了", [("120000", "元", "exact")]),
        ("账上存款80万+。", [("800000", "元", "more_than")]),
        ("年收入达到6万+,", [("60000", "元", "more_than")]),
    ],
)
def test_a_debt_is_money_and_a_closing_plus_means_more(text: str, expected: list[tuple[str, str, str]]) -> None:
    # A bare 万 figure after a word of debt is a sum in 元, as after 存款 or 收入; "80万+" is "over 80万".
    assert triples(text) == expected


@pytest.mark.parametrize("text", ["推行1+N服务模式", "开展9+2改革", "采用5+2工作制"])
def test_a_plus_between_figures_is_a_name(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("土鸡蛋卖到2元钱一个", [("2", "元", "exact")]),
        ("野生菌能卖80多元一斤", [("80", "元", "more_than")]),
    ],
)
def test_the_measure_a_price_is_for_is_no_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected
