"""Places printed under another name than the gazetteer's keep the page's spelling, and the chain the page prints.

Made-up sentences around real gazetteer entries: the shapes, not any page's places, are what is tested."""

from __future__ import annotations

from localities.resolver import resolve_page
from tests.localities.page_reading import governing


def _places(text: str) -> dict[str, object]:
    (mentions,) = resolve_page([text])
    return {m.text: m.place for m in mentions}


def test_the_other_township_ending_is_the_gazetteers_township_under_the_printed_name() -> None:
    # 田黄镇 is listed; the page prints 田黄乡 right after its county
    place = _places("邹城市田黄乡发展林果产业\n邹城市田黄乡今年新栽果树500亩。")["田黄乡"]
    assert place.name == "田黄乡"
    assert place.code == "370883113000"
    assert "田黄镇" in place.aliases
    assert place.full_name == "山东省济宁市邹城市田黄乡"


def test_the_gazetteers_own_name_is_kept_when_the_page_prints_it_too() -> None:
    places = _places("邹城市田黄乡发展林果产业\n邹城市田黄乡今年新栽果树500亩，田黄镇政府组织培训。")
    assert {place.name for place in places.values() if place.code == "370883113000"} == {"田黄镇"}


def test_a_former_name_kept_as_an_alias_is_the_printed_name() -> None:
    place = _places("海淀区温泉镇建设美丽乡村\n北京市海淀区温泉镇今年改造道路3公里。")["温泉镇"]
    assert place.name == "温泉镇"
    assert place.code == "110108026000"
    assert "温泉地区" in place.aliases


def test_a_county_renamed_a_city_is_found_by_the_township_printed_after_it() -> None:
    places = _places("枣庄市滕县西岗镇种植马铃薯\n山东省枣庄市滕县西岗镇今年种植马铃薯2万亩。")
    county = places["滕县"]
    assert county.code == "370481000000"
    assert county.name == "滕县"
    assert places["西岗镇"].full_name == "山东省枣庄市滕县西岗镇"


def test_a_village_printed_after_a_village_is_its_natural_village() -> None:
    text = "邹城市田黄镇上九山村南坡村发展民宿\n邹城市田黄镇上九山村南坡村村民说，全村有民宿12家。"
    places = _places(text)
    assert places["南坡村"].parent is not None and places["南坡村"].parent.name == "上九山村"
    assert places["南坡村"].level == "village"


def test_a_doubled_village_suffix_ends_the_name_at_the_first() -> None:
    places = _places("邹城市田黄镇枣园村发展林果\n邹城市田黄镇枣园村村民今年种植果树30亩。")
    assert "枣园村" in places


def test_a_township_printed_under_a_neighbouring_county_of_its_city_is_filed_there() -> None:
    # 田黄镇 is listed under 邹城市; the article names it only under 曲阜市 of the same city
    place = _places("曲阜市田黄镇举办农民丰收节\n济宁市曲阜市田黄镇今年粮食增产5%。")["田黄镇"]
    assert place.code == "370883113000"
    assert place.parent is not None and place.parent.name == "曲阜市"


def _governing(text: str, figure: str) -> str:
    return governing(text, figure).name


def test_a_paragraph_opening_on_dangdi_goes_on_about_the_place_just_described() -> None:
    text = (
        "山区产业的新路\n转机出现在前年，山东在全省推广林果产业。邹城市田黄镇上九山村请来专家考察。\n"
        "当地引进一家公司，流转土地300亩。修建道路4公里。"
    )
    assert _governing(text, "300亩") == "上九山村"
    assert _governing(text, "4公里") == "上九山村"


def test_an_organisation_named_after_its_city_is_where_it_is_located() -> None:
    text = "合作社带富一方\n济宁市丰收种植专业合作社位于邹城市田黄镇上九山村，今年种植小麦800亩。"
    assert _governing(text, "800亩") == "上九山村"


def test_ranking_within_the_province_does_not_make_the_province_the_owner() -> None:
    text = "济宁农业再创新高\n去年，全市农业总产值1000亿元，稳居全省首位，农业增加值600亿元，增长5%。"
    assert _governing(text, "600亿元") == "济宁市"
