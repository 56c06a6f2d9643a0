"""Natural villages and groups (某村某某组, 某村某某自然村), and villages named after a clause (hand-written)."""

from __future__ import annotations

import pytest

from localities.groups import group_name_at
from localities.resolver import governing_place, main_place, resolve_page


def _places(*texts: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.place.full_name, m.place.level) for ms in resolve_page(list(texts)) for m in ms]


VILLAGE = "山东省枣庄市山亭区水泉镇唐岭村"


@pytest.mark.parametrize("hamlet", ["东坡组", "华岭小组", "后沟自然村", "杨家屯"])
def test_a_hamlet_printed_after_its_village_is_a_village_inside_it(hamlet: str) -> None:
    text = f"山亭区水泉镇唐岭村{hamlet}依山而建，{hamlet}共有农户60户。"
    places = _places(text)
    hamlets = [p for p in places if p[0] == hamlet]
    assert len(hamlets) == 2  # the later bare mention is the same place
    assert {p[1:] for p in hamlets} == {(VILLAGE + hamlet, "village")}
    (mentions,) = resolve_page([text])
    place = next(m.place for m in mentions if m.text == hamlet)
    assert place.code is None and not place.verified
    assert place.parent.full_name == VILLAGE and place.parent.code is not None


def test_a_hamlet_after_a_back_reference_to_the_village_just_named() -> None:
    places = _places("山亭区水泉镇唐岭村入选省级旅游重点村。该村西岭组保存老房子30余栋。")
    assert ("西岭组", VILLAGE + "西岭组", "village") in places


def test_a_hamlet_named_on_one_article_is_recognised_in_the_next() -> None:
    places = _places("山亭区水泉镇唐岭村东坡组发展民宿。", "东坡组今年接待游客2万人次。")
    assert [p for p in places if p[0] == "东坡组"] == [("东坡组", VILLAGE + "东坡组", "village")] * 2


def test_a_bare_group_name_without_a_village_before_it_is_not_a_place() -> None:
    places = _places("山亭区水泉镇召开会议，东坡组共有农户60户。")
    assert not [p for p in places if "东坡" in p[0]]


@pytest.mark.parametrize(
    "text",
    ["党小组组织学习", "合作社流转土地", "组织村民学习", "三组共有农户", "村民小组长说", "社区干部入户"],
)
def test_words_after_a_village_that_are_not_hamlets(text: str) -> None:
    assert group_name_at(text, 0) is None
    places = _places("山亭区水泉镇唐岭村" + text)
    assert all(level != "village" or name == "唐岭村" for name, _, level in places)


def test_a_village_after_a_clause_is_looked_up_in_the_pages_townships() -> None:
    # 滕州市企业家在唐岭村: the county printed before the clause is not the village's parent; the township the
    # page is about holds it.
    places = _places("山亭区水泉镇推进乡村振兴。", "▲滕州市企业家在唐岭村考察项目。")
    assert ("唐岭村", VILLAGE, "village") in places


def test_a_zhai_printed_after_its_village_is_a_hamlet_inside_it() -> None:
    places = _places("山亭区水泉镇唐岭村西坡寨，游客在寨里体验打糍粑。")
    assert ("西坡寨", VILLAGE + "西坡寨", "village") in places


def test_hamlets_listed_after_a_village_governs_them_are_hamlets_of_that_village() -> None:
    text = "山亭区水泉镇唐岭村依山而建。全村共有300户，辖东坡寨、西岭寨、后沟3个自然寨。在西岭寨，现有民宿10家。"
    places = _places(text)
    for hamlet in ("东坡寨", "西岭寨", "后沟"):
        assert (hamlet, VILLAGE + hamlet, "village") in places
    assert [p for p in places if p[0] == "西岭寨"] == [("西岭寨", VILLAGE + "西岭寨", "village")] * 2
    (mentions,) = resolve_page([text])
    place = governing_place(text, mentions, text.index("10家"), main_place(mentions))
    assert place is not None and place.name == "西岭寨"


def test_a_list_without_a_village_before_it_names_no_hamlets() -> None:
    places = _places("山亭区水泉镇召开会议，辖东坡寨、西岭寨2个自然寨。")
    assert not [p for p in places if "坡寨" in p[0] or "岭寨" in p[0]]
