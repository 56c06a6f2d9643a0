"""Titles a ministry's published list confers, titles printed in quotation marks or closed by 等, and national
schemes papers print without quotes or launching verbs (issue 11), on made-up sentences."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("农业农村部日前公布2023年全国乡村特色产业产值超十亿元镇名单,我省3个镇上榜", "全国乡村特色产业产值超十亿元镇"),
        ("省农业农村厅公布了第二批省级乡村振兴示范乡镇、示范村创建对象名单", "示范村"),
        ("该村曾被评为“全国民主法治示范村”、江西省乡村旅游重点村等", "乡村旅游重点村"),
        ("该村曾被评为“全国乡村治理示范村”", "乡村治理示范村"),
    ],
)
def test_titles_of_published_lists_quoted_or_closed_by_etc(text: str, expected: str) -> None:
    assert any(expected in name for name in _names(text))


@pytest.mark.parametrize(
    "text",
    ["镇政府发布通知,要求各村做好防汛", "公布了今年的工作安排名单", "该镇入选省级特色小镇等级评定"],
)
def test_a_published_notice_or_a_grade_is_not_a_title(text: str) -> None:
    assert all("名单" not in name and "等级" not in name for name in _names(text))
    assert "工作安排" not in "".join(_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村里争取到援疆项目资金300万元", "对口援疆"),
        ("这是当地新农村建设的一个缩影", "社会主义新农村建设"),
        ("该村是整村推进扶贫的试点", "整村推进"),
        ("新型合作医疗参合率达到98%", "新型农村合作医疗"),
        ("建立基本医保+大病医保的保障体系", "大病保险"),
        ("针对“三区三州”深度贫困地区", "三区三州"),
    ],
)
def test_national_schemes_printed_without_quotes(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_a_demonstration_zone_a_place_competes_for_is_a_designation() -> None:
    assert "生态循环农业示范区" in _names("全县以创建生态循环农业示范区为抓手,发展绿色种养")
    assert _names("镇里计划创建3个示范区") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县里实施了农村户厕改革和污水治理", "农村户厕改革"),
        ("国家启动了祁连山生态保护和建设工程", "祁连山生态保护和建设工程"),
        ("大力推进农业供给侧改革", "供给侧结构性改革"),
    ],
)
def test_reforms_and_works_a_clause_launches(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize("text", ["全面深化改革", "积极推进农村改革", "实施三大增收工程", "开展十项行动"])
def test_reform_in_general_and_numbered_slogans_are_not_programmes(text: str) -> None:
    assert _names(text) == []
