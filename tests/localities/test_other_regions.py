"""Place-name grammar of regions the development pages (Shandong, Shanxi) never show: banners and 嘎查 in Inner
Mongolia, prefectures without counties, county-level cities directly under a province, and NBS rows that glue the
parent's name onto a township.  Hand-written sentences against the committed gazetteer."""

from __future__ import annotations

import pytest

from localities.gazetteer.loader import banner_abbreviation, get_gazetteer, strip_ancestor_prefix
from localities.resolver import LocalityMention, Place, governing_place, page_place, resolve_page


def full_names(*texts: str) -> dict[str, str]:
    """Printed text → full name, over all articles of one page."""
    return {m.text: m.place.full_name for mentions in resolve_page(list(texts)) for m in mentions}


@pytest.mark.parametrize(
    ("name", "ancestors", "expected"),
    [
        ("济源市沁园街道", ["济源市", "河南省"], "沁园街道"),
        ("四平市铁东区石岭镇", ["铁东区", "四平市", "吉林省"], "石岭镇"),
        ("金渡镇沙头社区", ["金渡镇", "高要区", "肇庆市"], "沙头社区"),
        ("濮阳县城", ["濮阳县"], "濮阳县城"),  # one character would be left: the whole is a name of its own
        ("柳屯镇", ["濮阳县", "濮阳市"], "柳屯镇"),
    ],
)
def test_strip_ancestor_prefix(name: str, ancestors: list[str], expected: str) -> None:
    assert strip_ancestor_prefix(name, ancestors) == expected


def test_townships_printed_with_their_county_glued_on_get_their_own_name() -> None:
    gazetteer = get_gazetteer()
    (town,) = [i for i in gazetteer.lookup("柳屯镇") if gazetteer.full_name(i).startswith("河南省")]
    assert gazetteer.full_name(town) == "河南省濮阳市濮阳县柳屯镇"
    assert "濮阳县柳屯镇" in gazetteer.alias_list(town)
    # the MCA duplicate of a renamed NBS township is one place, not two readings of the same name
    assert len([i for i in gazetteer.lookup("石岭镇") if gazetteer.full_name(i).startswith("吉林省")]) == 1


def test_township_of_a_city_directly_under_its_province() -> None:
    names = full_names("济源市召开全市乡村振兴推进会。", "五龙口镇猕猴桃种植面积达到8000亩。")
    assert names["五龙口镇"] == "河南省济源市五龙口镇"


@pytest.mark.parametrize(
    ("official", "printed"),
    [
        ("科尔沁右翼前旗", "科右前旗"),
        ("科尔沁左翼后旗", "科左后旗"),
        ("察哈尔右翼中旗", "察右中旗"),
        ("土默特左旗", "土左旗"),
        ("鄂托克前旗", "鄂前旗"),
    ],
)
def test_banner_abbreviation(official: str, printed: str) -> None:
    assert banner_abbreviation(official) == printed


@pytest.mark.parametrize("name", ["巴林左旗", "四子王旗", "正蓝旗", "科尔沁区", "杭锦后旗"])
def test_banners_without_an_abbreviated_form(name: str) -> None:
    assert banner_abbreviation(name) is None


def test_abbreviated_banner_in_a_dateline_and_in_running_text() -> None:
    names = full_names("本报科左后旗讯 科左后旗甘旗卡镇今年新建牛舍120栋。")
    assert names["科左后旗"] == "内蒙古自治区通辽市科尔沁左翼后旗"
    assert names["甘旗卡镇"] == "内蒙古自治区通辽市科尔沁左翼后旗甘旗卡镇"


@pytest.mark.parametrize(
    "text",
    [
        "各地推行“街道吹哨、部门报到”机制。",  # NBS has a township called 街道
        "今年新建现代农业产业园3个。",  # and one called 现代农业产业园, far away in Xinjiang
    ],
)
def test_generic_words_that_are_township_names_somewhere_else(text: str) -> None:
    assert full_names(text) == {}


def test_gacha_villages_is_a_generic_word_not_a_village() -> None:
    names = full_names("阿鲁科尔沁旗天山镇所有嘎查村实现集体经济收入全覆盖。")
    assert set(names) == {"阿鲁科尔沁旗", "天山镇"}


def test_page_place_is_the_city_most_mentions_lie_in() -> None:
    mentions = resolve_page(["东莞市麻涌镇新建碧道5公里。", "石排镇发展古村旅游。", "全市各镇要因地制宜。"])
    assert mentions[2] == []
    place = page_place(mentions)
    assert place is not None and place.full_name == "广东省东莞市"
    assert page_place([[], []]) is None


def test_a_dash_opens_an_appositive_subject() -> None:
    town = Place("小雪街道", "township", None, None, False)
    village = Place("韩庄村", "village", None, town, False)
    text = "他所在的“全省蔬菜第一村”——韩庄村,种植蔬菜已有20年,大部分大棚已更新2次。"
    at = text.index("韩庄村")
    mentions = [LocalityMention(at, at + 3, "韩庄村", village, 0.9)]
    assert governing_place(text, mentions, text.index("2次"), town) == village
