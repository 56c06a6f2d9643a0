"""A person introduced by their village in an earlier sentence of the same paragraph (李果清是某村村民,…。四年多来,
他种了20多亩茶叶): the place-less sentences after it are that village's (helper attr13b). Made-up text of the
same shape around real gazetteer entries."""

from __future__ import annotations

from tests.localities.page_reading import governing


def _governing(text: str, figure: str) -> str:
    return governing(text, figure).name


def test_a_villager_introduced_earlier_in_the_paragraph_owns_its_later_figures() -> None:
    text = (
        "山亭区发展特色林果\n今年山亭区水泉镇樱桃丰收。\n"
        "王某是山亭区水泉镇荒沟村村民,在2016年被确定为贫困户。几年来,他种了20多亩樱桃,现在家庭年收入超10万元。"
    )
    assert _governing(text, "20多亩") == "荒沟村"
    assert _governing(text, "10万元") == "荒沟村"


def test_a_scope_word_in_the_figures_sentence_still_governs() -> None:
    text = (
        "山亭区发展特色林果\n今年山亭区樱桃丰收。\n"
        "王某是山亭区水泉镇荒沟村村民,在2016年被确定为贫困户。全区种植樱桃2万亩。"
    )
    assert _governing(text, "2万亩") == "山亭区"


def test_a_base_referred_to_by_its_bare_word_is_its_villages() -> None:
    text = (
        "山亭区发展特色林果\n日前,走进山亭区水泉镇荒沟村樱桃种植基地,果农正忙着采摘。\n"
        "今年以来,水泉镇积极发展樱桃产业。“按照基地和公司签订的收购合同,每斤樱桃按8元计算,总收入480万元。"
        "扣除成本,可得纯利润180万元。”"
    )
    assert _governing(text, "8元") == "荒沟村"
    assert _governing(text, "180万元") == "荒沟村"


def test_a_base_of_its_own_leaves_the_townships_figures_alone() -> None:
    text = (
        "山亭区发展特色林果\n日前,走进山亭区水泉镇荒沟村樱桃种植基地,果农正忙着采摘。\n"
        "今年以来,水泉镇积极发展樱桃产业,建成蔬菜基地,种植樱桃3000亩。"
    )
    assert _governing(text, "3000亩") == "水泉镇"
