"""Figures inside an opening frame (按照…的计划,) are the main clause's actor's (issue 11, real18 class), on made-up
text around real gazetteer entries."""

from __future__ import annotations

from tests.localities.page_reading import governing

OPENING = "康乐县胭脂镇胭脂村建设养牛场。胭脂村养牛场正在建设,康乐县有关部门配发了种牛。"


def test_a_plans_figures_are_the_collective_that_carries_it_out() -> None:
    text = OPENING + "按照每年发展养殖户50户、每户投放母牛5头的计划,村集体合作社已对接了一批养殖户。"
    assert governing(text, "50户").full_name == "甘肃省临夏回族自治州康乐县胭脂镇胭脂村"


def test_a_frame_naming_its_own_place_is_read_by_the_clause_rules() -> None:
    text = OPENING + "按照康乐县每年发展养殖户50户的计划,村集体合作社已对接了一批养殖户。"
    assert governing(text, "50户").full_name == "甘肃省临夏回族自治州康乐县"
