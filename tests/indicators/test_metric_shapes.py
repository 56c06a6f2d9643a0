"""Metric phrases for clause shapes: targets, comparisons, means, beneficiaries and mis-tagged numerals."""

import pytest

from indicators.extraction import extract_indicators
from indicators.metric_shapes import drop_compared_group, retag, strip_target


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2020)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # A target drops its date and says 目标.
        ("到2030年力争全县蔬菜综合产值突破50亿元", "蔬菜综合产值目标"),
        ("力争到2026年全乡民宿接待收入突破8000万元", "民宿接待收入目标"),
        # 争取 funding is money obtained, not an aim.
        ("争取上级专项补助资金600万元", "争取上级专项补助资金"),
        # The group compared with names nothing; the per-unit word and the change stay.
        ("每亩比传统种植增收800元", "每亩增收"),
        ("全乡农民人均纯收入增速比全市平均水平高出2.1个百分点", "农民人均纯收入增速高于全市"),
        # The means (依托…) is not what is counted.
        ("该乡依托新时代文明实践站开展政策宣讲45场次", "开展政策宣讲场次"),
        # People reached by 带动/帮助 are counted by what they are helped to do.
        ("带动近3000人就业增收", "带动就业增收人数"),
        ("带动860余户群众增收", "带动增收户数"),
        ("带动45户牧民增收", "带动增收牧民户数"),
        ("帮助120名脱贫群众实现稳定就业", "帮助实现稳定就业人数"),
        # An area after a planting verb and before its crop is the crop's planted area.
        ("他家种了15亩柑橘", "柑橘种植面积"),
        # jieba tags 良种 as a numeral; it is a noun here.
        ("良种覆盖率达到98%", "良种覆盖率"),
    ],
)
def test_metric_shape(text: str, metric: str) -> None:
    assert metrics(text)[0] == metric


def test_strip_target_reports_whether_a_target_was_stated() -> None:
    assert strip_target("到2030年力争全县产值") == ("全县产值", True)
    assert strip_target("全县产值") == ("全县产值", False)


def test_drop_compared_group_keeps_last_year_comparisons_to_their_own_rule() -> None:
    assert drop_compared_group("每亩比普通种植增收") == "每亩增收"
    assert drop_compared_group("比例") == "比例"


def test_retag_keeps_real_numerals_and_units_after_them() -> None:
    words = retag([("2014", "m"), ("年", "m"), ("良种", "m"), ("户户", "m"), ("大部分", "m"), ("每亩", "r")])
    assert words == [("2014", "m"), ("年", "m"), ("良种", "n"), ("户户", "m"), ("大部分", "m"), ("每亩", "n")]
