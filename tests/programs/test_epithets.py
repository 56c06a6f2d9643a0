"""Titles and local names their own words give away: a levelled demonstration title anywhere in a sentence,
traditional villages, a province's famous trademark, a quoted national epithet (not praise), a quoted place's
experience and a coined economy (not a sector's vocabulary)."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("依托省级生态农业示范村青山村发展民宿。", "生态农业示范村"),
        ("要把河口镇建设成全省茶叶示范乡镇。", "茶叶示范乡镇"),
        ("立足省级现代渔业示范区建设,做强水产。", "现代渔业示范区"),
        ("该县先后拿下全国休闲农业示范县等牌子。", "全国休闲农业示范县"),
    ],
)
def test_a_levelled_demonstration_title_needs_no_award_verb(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_a_demonstration_title_is_provincial_without_its_level_in_the_name() -> None:
    mentions = find_programs("依托省级生态农业示范村青山村发展民宿。")
    assert [(m.name, m.national, m.province) for m in mentions] == [("生态农业示范村", True, "")]


def test_a_description_with_a_superlative_is_no_title() -> None:
    assert _names("这里已成为全省最大的蔬菜示范基地。") == []


def test_traditional_villages_are_a_national_list() -> None:
    assert "国家级传统村落" in _names("村里有国家级传统村落的牌子,也有古树。")


def test_a_provinces_famous_trademark_is_a_title() -> None:
    mentions = find_programs("这款大米去年被认定为山东著名商标,销路更广。")
    assert [(m.name, m.province) for m in mentions] == [("山东著名商标", "山东")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这座小城是“中国陶都”,窑火千年不熄。", ["中国陶都"]),
        ("走进“中国蜜橘之乡”的果园。", ["中国蜜橘之乡"]),
        ("这里被誉为“中国蜜橘之乡”,果园连片。", []),
        ("这里有“中国蜜橘之乡” 的美誉。", []),
    ],
)
def test_a_quoted_national_epithet_is_a_title_unless_it_praises(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各地纷纷学习“青川经验”。", ["青川经验"]),
        ("记者走进山区,探寻“青川经验\n”", ["青川经验"]),
        ("总结推广“成功经验”。", []),
    ],
)
def test_a_quoted_places_experience_is_a_local_model(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_a_coined_quotation_before_economy_names_it() -> None:
    assert _names("村里发展“三近”经济,带富一方。") == ["三近经济"]


def test_a_quoted_sector_word_before_economy_is_no_name() -> None:
    assert _names("城区大力发展“夜间”经济。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市有5家国家农业重点龙头企业。", ["国家农业重点龙头企业"]),
        ("新增省级林业重点龙头企业2家。", ["林业重点龙头企业"]),
    ],
)
def test_key_leading_enterprises_are_a_designation(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_a_bare_leading_enterprise_is_any_big_firm() -> None:
    assert _names("引进3家农业龙头企业。") == []


def test_a_national_demonstration_city_district_is_a_title() -> None:
    assert _names("“中国书香示范城区”花落此地。") == ["中国书香示范城区"]
