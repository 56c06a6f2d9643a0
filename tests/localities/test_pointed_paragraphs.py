"""A paragraph whose first sentence opens on 该乡/本县 is about the place pointed back to (issue 11, real17 class);
a bare 农场 is any farm, not a register unit filed under that word (real18 class). Made-up text around real
gazetteer entries."""

from __future__ import annotations

from tests.localities.page_reading import governing, mentions_of


def test_the_paragraph_after_one_opening_on_a_pointer_goes_on_about_the_pointed_place() -> None:
    text = (
        "南召县太山庙乡坚持发展生态产业。\n"
        "目前,该乡发展优质桃5000亩。南召县太山庙乡罗汉村群众种植的晚秋黄梨,个头硕大。\n"
        "扶持发展农民专业合作社84家,成立家庭农场29家。"
    )
    assert governing(text, "84家").full_name == "河南省南阳市南召县太山庙乡"


def test_a_bare_farm_word_is_no_place() -> None:
    text = "建安区殿后李村和一家家庭农场合作,村集体占51%股份,农场占49%股份。"
    assert not any(m.text == "农场" for m in mentions_of(text))
