"""Programme names real pages print: quoted models and teams, campaigns a clause launches, conferred titles of
town-and-village lists — and what only looks like one (a plan's period, a description)."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("形成了收益按股分配的“青山模式”。", ["青山模式"]),
        ("驻村“强基惠民”工作队队长介绍", ["强基惠民"]),
        ("全县掀起“庭院经济革命”,开始调整结构", ["庭院经济革命"]),
        ("从实施“七五扶贫攻坚”到全面小康", ["七五扶贫攻坚"]),
    ],
)
def test_quoted_names(text: str, expected: list[str]) -> None:
    assert [n for n in _names(text) if n in expected] == expected


def test_a_five_year_plans_period_is_not_a_programme() -> None:
    assert _names("全省“十四五”计划新建公路300公里") == []


def test_town_and_village_titles_of_one_list_glued_together() -> None:
    names = _names("本省6个镇、7个村入选2023年全国农业产业强镇示范村名单。")
    assert "全国农业产业强镇" in names
    assert "全国示范村" in names


def test_a_provincial_list_with_its_level_printed_once() -> None:
    mentions = find_programs("12个乡镇被纳入第二批全省美丽乡村示范乡镇、示范村创建对象名单。")
    assert [(m.name, m.province) for m in mentions] == [("美丽乡村示范乡镇", ""), ("示范村", "")]


def test_a_place_that_is_a_titled_place() -> None:
    assert _names("该县是省级现代农业产业园示范县,去年") == ["现代农业产业园示范县"]


def test_a_description_after_shi_is_not_a_title() -> None:
    assert _names("该县是全国最大的蔬菜基地,") == []


def test_a_parallel_quoted_name_before_a_qualified_campaign_head() -> None:
    names = _names("全省“百社联百村、扶持后进村”\n专项行动启动。")
    assert names == ["百社联百村、扶持后进村专项行动"]
