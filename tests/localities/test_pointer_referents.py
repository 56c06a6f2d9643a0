"""What 该 + a level word points back to (issue 11, real18 class), on made-up text around real gazetteer entries:
the place the text spoke about, not a region named as the field a predicate ranks it in."""

from __future__ import annotations

from tests.localities.page_reading import governing

CITY_REPORT = "钦州市大力发展海水养殖。钦州市今年新建养殖基地。\n"


def test_a_region_named_after_the_copula_is_no_referent_of_the_pointer() -> None:
    text = CITY_REPORT + "该市钦南区半数人口为渔民,是广西重要的海产品产区之一。从2011年起,该区每年拿出200万元专项资金。"
    assert governing(text, "200万元").full_name == "广西壮族自治区钦州市钦南区"
