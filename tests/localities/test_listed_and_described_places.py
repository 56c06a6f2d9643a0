"""Issue 11 classes of attribution and place recognition, on made-up sentences: a count closing a list of places
counts a larger set, a described place alone in its clause is the topic of the sentence, a quoted epithet or a
donor is not the subject, where people come from is not the actor, and ordinary words that match a township of
another province (or the start of 乡村) are not places."""

from __future__ import annotations

from localities.clause_cues import counts_listed_places, is_described_topic, names_a_funder, strip_note
from localities.place_grammar import reads_countryside
from localities.resolver import resolve_page
from tests.localities.page_reading import governing


def _governing(text: str, figure: str) -> str:
    return governing(text, figure).full_name


def _places(text: str) -> set[str]:
    (mentions,) = resolve_page([text])
    return {m.place.full_name for m in mentions}


# --- a count closing a list of places ---------------------------------------------------------------------------
def test_one_example_before_deng_counts_the_articles_set() -> None:
    text = "山东省评出示范县\n山东省日前公布名单,沂水县等12个县入选省级示范县。"
    assert _governing(text, "12个") == "山东省"


def test_a_list_of_counties_closed_by_their_count_is_their_common_parent() -> None:
    text = "临沂市脱贫\n临沂市的沂水县、沂南县、平邑县、费县4个县全部退出。"
    assert _governing(text, "4个") == "山东省临沂市"


def test_a_places_own_subdivisions_are_still_its_own() -> None:
    text = "山亭区\n去年,山亭区2个乡镇完成任务。"
    assert _governing(text, "2个") == "山东省枣庄市山亭区"


def test_counts_listed_places_needs_a_count_of_the_same_kind() -> None:
    (mentions,) = resolve_page(["沂水县等12个县。沂水县3个镇。"])
    text = "沂水县等12个县。沂水县3个镇。"
    assert counts_listed_places(text, mentions, text.index("12个")) is not None
    assert counts_listed_places(text, mentions, text.index("3个")) is None


# --- the topic of a sentence ------------------------------------------------------------------------------------
def test_a_described_place_alone_in_its_clause_governs_the_sentence() -> None:
    text = "山亭区见闻\n(上接第二版)沂蒙山深处的山亭区水泉镇,一半土地在海拔500米以上,常年干旱。"
    assert _governing(text, "500米").endswith("水泉镇")


def test_described_topic_needs_the_clause_to_close_after_the_place() -> None:
    text = "大山深处的水泉镇,土地贫瘠"
    start = text.index("水泉镇")
    assert is_described_topic(text, 0, start, start + 3)
    assert not is_described_topic("大山深处的水泉镇村民说", 0, start, start + 3)
    assert not is_described_topic("为大山深处的水泉镇,修路", 0, start + 1, start + 4)


def test_a_bracketed_note_is_no_part_of_the_lead() -> None:
    assert strip_note("(上接第一版)大山深处的") == "大山深处的"
    assert strip_note("大山深处的") == "大山深处的"


def test_a_place_in_a_quoted_epithet_does_not_open_the_clause() -> None:
    text = "峄城见闻\n“山东江南”枣庄市的峄城区古邵镇,平均海拔80米左右,水网密布。"
    assert _governing(text, "80米").endswith("古邵镇")


def test_a_donor_is_not_the_subject_of_what_it_funds() -> None:
    assert names_a_funder("上海市援滇资金投入", 3)
    assert names_a_funder("某市对口帮扶", 2)
    assert not names_a_funder("上海市投入资金", 3)


def test_where_people_come_from_is_not_the_actor() -> None:
    text = "荒沟村安置点\n荒沟村是山亭区最大的安置点。去年,来自水泉镇的300户群众搬迁至此。"
    assert not _governing(text, "300户").endswith("水泉镇")


# --- ordinary words that match a name ---------------------------------------------------------------------------
def test_the_start_of_xiangcun_is_no_township_suffix() -> None:
    assert reads_countryside("建成美丽宜居乡村100个", 7)
    assert not reads_countryside("华溪乡村民说", 3)
    assert not reads_countryside("华溪镇村民说", 3)


def test_a_far_township_with_nothing_of_its_region_on_the_page_is_a_word() -> None:
    text = "西藏当雄\n当雄县羊八井镇。西藏自治区坚持扶贫搬迁向城镇聚集。"
    assert not any(name.startswith("山东省") for name in _places(text))


def test_a_far_township_printed_with_its_county_still_counts() -> None:
    text = "西藏当雄\n当雄县羊八井镇。当雄县干部赴山东省兰陵县向城镇考察学习。"
    assert "山东省临沂市兰陵县向城镇" in _places(text)


def test_a_year_does_not_open_a_village_name() -> None:
    text = "台前县\n台前县夹河乡评出“2014年整村推进示范村”。"
    assert not any(name.endswith("年整村") for name in _places(text))


def test_ben_cun_later_in_the_clause_still_points_back_to_the_village() -> None:
    text = (
        "荒沟村的新生活\n　　山亭区水泉镇荒沟村发展民宿。去年,荒沟村民宿收入100万元,"
        "民宿产业又带动本村及周边群众80人就业,人均务工年增收达两万元。"
    )
    assert _governing(text, "80人").endswith("荒沟村")
    assert _governing(text, "两万元").endswith("荒沟村")


def test_a_name_run_on_into_latin_letters_is_a_brand_not_a_village() -> None:
    text = "山亭区招商\n山亭区水泉镇引进的西湖村e家项目落地。"
    assert not any(name.endswith("西湖村") for name in _places(text))
