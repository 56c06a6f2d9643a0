"""A place that only says where the subject lies (地处某县最北端的某乡) is not the clause's subject (issue 11,
real17 class), on made-up text around real gazetteer entries."""

from __future__ import annotations

from tests.localities.page_reading import governing


def test_the_place_after_its_site_descriptor_is_the_subject() -> None:
    text = "南召县发展特色农业。\n地处南召最北端的崔庄乡4万多人,光3000万元以上的产业基地就有6个。"
    assert governing(text, "6个").full_name == "河南省南阳市南召县崔庄乡"


def test_a_firm_named_after_the_county_its_site_lies_in_is_no_described_place() -> None:
    text = "庆城县发展草畜产业。\n位于蔡口集乡周家塬村的庆城县某某草业农民专业合作社里,12座棚舍整齐排列。"
    assert governing(text, "12座").full_name == "甘肃省庆阳市庆城县蔡口集乡周家塬村"
