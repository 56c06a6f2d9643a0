"""Titles whose years are a span, that a place becomes (成为全省…县), built to a size (建成19.2万亩全国…基地) or hung
on a plaque; quoted names launched with how many of their kind between verb and quotation; “X”建设 named X; and what
stays out: a brand named after the page's own place, measures of a clause that builds something else, an ideology's
building."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("当年9月,该市荣获“2016—2018年度全国魔芋产业重点县”荣誉称号。", "全国魔芋产业重点县"),
        ("该县荣获“2019-2021年度全国生猪调出大县”称号。", "全国生猪调出大县"),
        ("该县2014年引进龙头企业,已一跃成为全省蚕桑特色县。", "蚕桑特色县"),
        ("该市建成19.2万亩全国绿色食品原料标准化生产基地,推广新技术。", "全国绿色食品原料标准化生产基地"),
        ("市旅游局为该村挂上了 “乡村旅游度假点”的牌匾。", "乡村旅游度假点"),
        ("该镇坚持党建引领,打造多种类型“共富工坊”,有效破解难题。", "共富工坊"),
        ("驻村工作队积极开展人居环境治理、村容村貌提升等工作。", "农村人居环境整治"),
    ],
)
def test_titles_and_launched_names(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_a_quoted_name_before_a_bare_building_is_named_without_it() -> None:
    assert "两区" in _names("作为该市农业“两区”建设的抓手之一,服务平台已建成。")
    assert "两区建设" not in _names("作为该市农业“两区”建设的抓手之一,服务平台已建成。")


def test_a_project_head_after_a_quotation_still_belongs_to_its_name() -> None:
    assert "绿满家园建设工程" in _names("该县实施“绿满家园”建设工程。")


@pytest.mark.parametrize(
    "text",
    [
        "“毛卜喇”品牌羊肉深受消费者青睐,毛卜喇村的肉羊产业带动农户增收。",
        "按照要求,采取“八抓八提升”措施高效推进坝区建设。",
        "他提出因地制宜开展社会主义建设的方案。",
        "该村被列为全省最大的蔬菜基地。",
        "为全省乡村振兴提供了经验。",
    ],
)
def test_no_programme(text: str) -> None:
    names = _names(text)
    assert not any(name in names for name in ("毛卜喇品牌", "毛卜喇", "八抓八提升", "社会主义建设", "蔬菜基地"))
    assert not any("全省" in name or name.endswith("乡村振兴提供") for name in names)


def test_a_governance_brand_not_named_after_a_place_stays() -> None:
    assert "一家人" in "".join(_names("该区打造“一家人”党建引领社会治理品牌。"))
