"""Weak readings far from the page's own province, and villages named after their township (hand-written text)."""

from __future__ import annotations

from localities.resolver import resolve_page


def _places(*texts: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.place.full_name, m.place.level) for ms in resolve_page(list(texts)) for m in ms]


def test_weak_readings_in_another_province_do_not_vouch_for_each_other() -> None:
    # 和康 (a county short form) and 现代农业产业园 (a township's name elsewhere) both lie in one far prefecture.
    places = _places("黑河市五大连池市发展林下经济和康养旅游，龙镇农场被认定为省级现代农业产业园。")
    assert [p[0] for p in places] == ["黑河市", "五大连池市", "龙镇农场"]


def test_a_short_form_in_the_pages_own_province_is_still_read() -> None:
    places = _places("枣庄市山亭区水泉镇发展民宿。山亭今年接待游客2万人次。")
    assert ("山亭", "山东省枣庄市山亭区", "county") in places


def test_a_township_name_with_a_village_suffix_is_the_village_named_after_it() -> None:
    places = _places("山亭区水泉镇发展民宿。在相邻的水泉村东坡组，全组共有农户60户。")
    assert ("水泉村", "山东省枣庄市山亭区水泉镇水泉村", "village") in places
    assert ("东坡组", "山东省枣庄市山亭区水泉镇水泉村东坡组", "village") in places


def test_a_township_short_form_before_an_ordinary_word_stays_the_township() -> None:
    places = _places("山亭区水泉镇发展民宿。水泉村民说，今年收入翻了一番。")
    assert ("水泉", "山东省枣庄市山亭区水泉镇", "township") in places
