"""A paragraph opening on a quotation is about its speaker's village (issue 11, real17 class), on made-up text
around real gazetteer entries: the paragraphs after it go on about that village, not about one the speaker
mentions inside the quote."""

from __future__ import annotations

from tests.localities.page_reading import governing


def test_the_place_less_paragraph_after_a_quote_goes_on_about_its_speakers_village() -> None:
    text = (
        "复兴区发展乡村旅游。\n"
        "“东高河村的观光小火车赚了不少,咱们的菊花也不差。”前牛叫村党支部书记韩某带着村两委成员搞起了花经济。\n"
        "2020年初,他们引进了40万株金丝黄菊,栽种80亩。"
    )
    assert governing(text, "40万株").full_name == "河北省邯郸市复兴区康庄乡前牛叫村"


def test_a_quote_without_a_speakers_village_after_it_opens_no_village() -> None:
    text = (
        "复兴区发展乡村旅游。\n"
        "“东高河村的观光小火车赚了不少,前牛叫村的菊花也不差。”区农业农村局局长说。\n"
        "2020年初,全区引进了40万株金丝黄菊。"
    )
    assert governing(text, "40万株").full_name == "河北省邯郸市复兴区"
