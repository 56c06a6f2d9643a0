"""Attribution and place classes of real pages in any layout (helper attr9): a quote's speaker introduced by a
full printed chain or before the colon that opens the quote, a given name that reads like a district, a village
named like a city, a mountain's foot, a villagers' group, a base named after its village and described by a
figure, a paragraph of village examples and a count of a village's people. Made-up text of the same shapes
around real gazetteer entries."""

from __future__ import annotations

from localities.clause_cues import is_described_topic
from localities.groups import group_name_at
from localities.place_grammar import given_name_of_person, landscape_follows
from tests.localities.page_reading import governing, mentions_of


def _governing(text: str, figure: str) -> str:
    return governing(text, figure).name


def test_a_speaker_after_the_quote_printed_from_the_county_down_is_the_villages() -> None:
    text = "山亭区发展特色林果\n“我种植有12亩樱桃,一年下来,收入有5万多元。”山亭区水泉镇荒沟村村民王某说。"
    assert _governing(text, "12亩") == "荒沟村"
    assert _governing(text, "5万多元") == "荒沟村"


def test_a_large_grower_after_the_quote_is_a_resident_of_the_village() -> None:
    text = (
        "山亭区发展特色林果\n今年山亭区樱桃丰收。\n“我家种植40多亩樱桃,亩产300斤左右。”水泉镇荒沟村樱桃种植大户王某说。"
    )
    assert _governing(text, "40多亩") == "荒沟村"


def test_a_speaker_introduced_before_the_colon_owns_the_quotes_figures() -> None:
    text = (
        "山亭区脱贫攻坚\n今年山亭区脱贫摘帽。\n"
        "仍在合作社忙碌的山亭区水泉镇荒沟村脱贫户王某对记者说:“已经在合作社干了3年了,每年都赚2万多元。”"
    )
    assert _governing(text, "3年") == "荒沟村"
    assert _governing(text, "2万多元") == "荒沟村"


def test_a_quote_opened_without_a_speakers_village_keeps_the_paragraphs_place() -> None:
    text = "山亭区脱贫攻坚\n山亭区水泉镇发展樱桃。\n合作社理事长王某说:“今年收入2万多元。”"
    assert _governing(text, "2万多元") != "荒沟村"


def test_a_given_name_after_a_title_or_before_speech_is_no_district() -> None:
    text = "齐齐哈尔市龙江县发展养牛\n养殖户刘建华告诉记者,今年出栏肉牛30头。"
    assert "建华区" not in {m.place.name for m in mentions_of(text)}
    assert given_name_of_person("脱贫户叶建华", 4, 6)
    assert given_name_of_person("叶建华对记者说", 1, 3)
    assert not given_name_of_person("在建华区发展", 1, 3)


def test_a_village_named_like_a_city_is_the_village() -> None:
    text = "沈阳市浑南区桃仙街道黄山村发展草莓\n黄山村今年种植草莓300亩,黄山村村民人均增收5000元。"
    names = {m.place.name for m in mentions_of(text)}
    assert "黄山市" not in names
    assert "黄山村" in names


def test_the_foot_of_a_mountain_is_no_district() -> None:
    assert landscape_follows("地处黄山脚下", 4)
    assert not landscape_follows("黄山市发展", 2)


def test_a_villagers_group_is_not_a_place_of_its_own() -> None:
    text = "荒沟村大河村民小组"
    assert group_name_at(text, 3) is None
    assert group_name_at("荒沟村大河组", 3) == (6, "大河组")


def test_a_base_named_after_its_village_and_described_by_a_figure_is_the_villages() -> None:
    text = "山亭区发展樱桃\n据统计,投资1000万元的水泉镇荒沟村樱桃基地,连片2048亩,带动农户发展。"
    assert _governing(text, "1000万元") == "荒沟村"
    assert _governing(text, "2048亩") == "荒沟村"
    clause = "投资1000万元的荒沟村樱桃基地,连片"
    assert is_described_topic(clause, 0, 9, 12)
    assert not is_described_topic("销往荒沟村樱桃基地,连片", 0, 2, 5)


def test_a_paragraph_of_village_examples_leaves_later_figures_to_the_district() -> None:
    text = (
        "山亭区绘就乡村新图景\n产业振兴是核心抓手。山亭区推动全链条升级。水泉镇魏沟村产业园探索育苗;"
        "水泉镇板上村共建黄瓜暖棚;某农业公司建成31万平方米智能温棚。\n"
        "人才振兴是坚实支撑。通过选拔328名高校学子作为后备力量,全区村党组织书记学历提升。"
    )
    assert _governing(text, "31万平方米") == "山亭区"
    assert _governing(text, "328名") == "山亭区"


def test_one_village_in_an_earlier_sentence_still_carries_over() -> None:
    text = "山亭区发展特色产业\n山亭区推动全链条升级。水泉镇魏沟村共建黄瓜暖棚;合作社建成温棚50座。"
    assert _governing(text, "50座") == "魏沟村"


def test_a_count_of_people_printed_before_their_village_is_the_villages() -> None:
    text = (
        "山亭区发展山野菜\n山亭区水泉镇林业站提出间种山野菜的想法,"
        "经过反复研判,林业站指导农民种植,6名魏沟村的农民成立了山野菜合作社。"
    )
    assert _governing(text, "6名") == "魏沟村"


def test_a_paragraph_pointing_back_with_gai_xian_goes_on_about_that_county() -> None:
    text = (
        "山亭区发展特色产业\n走进山亭区水泉镇扶贫产业基地,果树青翠欲滴。\n"
        "为鼓励贫困户发展产业,该区今年投入300万元用于奖补。目前,该区种植面积达10000余亩。有400余户贫困户享受收益。"
    )
    assert _governing(text, "400余户") == "山亭区"
