"""metric_phrase of dimensions and of weights harvested, sold or made (made-up sentences)."""

from __future__ import annotations

import pytest

from indicators.extraction import extract_indicators


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2020)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建的冷库宽12米、长30米、高5米", ["冷库宽度", "长度", "高度"]),
        ("这批苹果重3吨多", ["苹果重量"]),
        ("温室高4米", ["温室高度"]),
        ("海拔高达900米", ["海拔"]),
        ("全长8公里", ["全长长度"]),
    ],
)
def test_a_dimension_word_names_what_the_figure_measures(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("每亩可收2吨", "亩产"),
        ("合作社去年卖出5000斤蜂蜜", "蜂蜜销量"),
        ("磨了300多斤面", "磨面量"),
        # 年产 before a weight: the product's yearly output, whether named before or after the figure.
        ("年产大米约2万吨", "大米年产量"),
        ("新建年产3万吨的饲料加工厂", "饲料年产量"),
        # A period word before a verb of picking: the amount picked in that period.
        ("她每天能采20斤桑叶", "日采桑叶量"),
    ],
)
def test_a_weight_is_a_yield_a_sales_volume_or_the_verb_s_output(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("村民种茶有200多年历史", "村民种茶历史"),
        ("这里已有300多年的制陶历史", "制陶历史"),
    ],
)
def test_years_followed_by_history_name_a_history(text: str, metric: str) -> None:
    assert metrics(text) == [metric]
