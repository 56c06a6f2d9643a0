"""A village named by its farmland basin (坝区) without 村 (issue 11, real17 class), on made-up text around real
gazetteer entries: the stem is looked up among the townships the page names, and the basin's figures are the
village's."""

from __future__ import annotations

from tests.localities.page_reading import governing, mentions_of


def test_a_basin_named_after_a_village_of_the_printed_township_is_the_village() -> None:
    text = "关岭自治县顶云街道推进麻龙坝区建设。麻龙坝区耕地面积800亩,涉及5个村民组210户。"
    villages = [m for m in mentions_of(text) if m.text == "麻龙"]
    assert [m.place.full_name for m in villages] == ["贵州省安顺市关岭布依族苗族自治县顶云街道麻龙村"] * 2
    assert governing(text, "800亩").full_name == "贵州省安顺市关岭布依族苗族自治县顶云街道麻龙村"


def test_a_basin_whose_stem_is_no_village_of_the_named_townships_stays_unplaced() -> None:
    text = "关岭自治县顶云街道推进大坪坝区建设。坝区耕地面积800亩。"
    assert not any(m.text == "大坪" for m in mentions_of(text))
