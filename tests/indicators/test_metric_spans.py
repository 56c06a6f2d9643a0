"""Where a metric phrase ends: the counted noun stops before its predicate (made-up sentences)."""

from __future__ import annotations

import pytest

from indicators.extraction import extract_indicators


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2020)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("300多亩油菜迎来收获期", "油菜面积"),
        ("2万亩小麦正值灌浆期", "小麦面积"),
        ("全乡新栽的800亩核桃进入挂果期", "核桃面积"),
    ],
)
def test_a_predicate_verb_after_the_measured_noun_is_not_part_of_it(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


def test_a_count_keeps_what_was_done_to_the_counted_things() -> None:
    assert metrics("全镇12项重点工作纳入网格管理") == ["重点工作纳入网格管理数"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("走访了8个条件艰苦、交通不便的村庄", "走访村庄数"),
        ("培育了20个效益好的合作社", "效益好合作社数"),
        ("建设58个党群服务中心", "党群服务中心数"),
    ],
)
def test_a_description_closed_by_de_after_a_count_leaves_the_noun_counted(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("贫困人口由2015年底的3.2万人降至去年的800人", ["贫困人口", "贫困人口"]),
        ("贫困发生率由建档立卡时的12%降到1%", ["贫困发生率", "贫困发生率"]),
    ],
)
def test_a_dated_baseline_and_a_bare_change_measure_the_subject(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # 、 after the figure starts another description of another noun; a parenthesis is part of a name.
        ("这是一座常住人口300多万、山清水秀的城市", "常住人口"),
        ("全省12个贫困县(市、区)摘帽", "贫困县数"),
        # After 户/人 the noun is the unit's; a 的 later belongs to another noun.
        ("20户搬迁户入住的新房", "搬迁户数"),
        # 让 (causative) names nothing measured.
        ("让50户农户增收致富", "农户数"),
    ],
)
def test_descriptions_and_causatives_that_do_not_name_the_count(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("全县未脱贫人口还有3000多人", "未脱贫人口"),
        ("尚未出列的贫困村还有5个", "尚未出列贫困村数"),
    ],
)
def test_a_negation_opening_the_name_stays(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("他采了30多天蘑菇", "采蘑菇天数"),
        ("他开了6年货车", "开货车年数"),
    ],
)
def test_a_span_a_verb_was_done_to_its_object_is_named_by_both(text: str, metric: str) -> None:
    assert metrics(text) == [metric]
