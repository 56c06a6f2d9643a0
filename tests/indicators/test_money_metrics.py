"""metric_phrase of sums of money: a price per measure, a period's income, the money noun after the sum
(made-up sentences)."""

from __future__ import annotations

import pytest

from indicators.extraction import extract_indicators


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2020)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # A measure after 每/一 before the sum: a price per that measure, of the product named.
        ("一斤土豆卖1.2元", "土豆单价"),
        ("蜂蜜一斤能卖60元", "蜂蜜单价"),
        ("收购价每公斤6元", "收购价"),
        # A period word before the sum: income, pay or profit per year, month or day; what is earned is the
        # period's income (年收入, 月工资), a rate set per period keeps 每 as printed (每月补贴).
        ("保洁员一天能挣100元", "保洁员日收入"),
        ("务工人员每天收入120元", "务工人员日收入"),
        ("他们每个月工资有3000元", "月工资"),
        ("合作社一年利润达到50万元", "合作社年利润"),
        ("贫困户每年可以获得800元分红", "贫困户年分红"),
        ("他家每年收入有5万多元", "年收入"),
        ("老人每月补贴80元", "老人每月补贴"),
        ("入股农户每年能分到600元", "入股农户年分红"),
        # A verb of selling closing the clause: the sum is what the sale brings in.
        ("去年卖出去有3万多元", "收入"),
        # The money noun printed after the sum names it, though jieba reads 收入 and 款 as verbs.
        ("当年就获得2万余元的收入", "收入"),
        ("企业送来的3000元慰问款", "慰问款"),
    ],
)
def test_money_is_named_by_what_it_is(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


def test_a_cost_per_measure_is_no_price() -> None:
    # 运费 names the sum itself: the measure after 每 says what it is per, and no product is sold.
    assert not any("单价" in metric for metric in metrics("运费将由每公斤3元降到1元"))


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("一亩地收入三万元", "亩收入"),
        ("每亩地可收入近8000元", "每亩收入"),
        ("核桃每亩净增收1500元", "核桃每亩净增收"),
        ("每亩创经济效益3000余元", "每亩经济效益"),
    ],
)
def test_money_per_mu_is_named_per_mu(text: str, metric: str) -> None:
    assert metrics(text) == [metric]
