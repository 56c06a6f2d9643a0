"""Short forms a reader places by the names printed beside them, and place names inside names of firms and
platforms (real6 classes), each on made-up text of the same shape around real gazetteer entries."""

from __future__ import annotations

from localities.resolver import resolve_page, resolve_page_with_homes
from tests.localities.page_reading import governing


def _places(*texts: str) -> dict[str, str]:
    """Printed form → full name of every mention on the page."""
    return {m.text: m.place.full_name for mentions in resolve_page(list(texts)) for m in mentions}


def test_a_county_level_city_in_a_list_of_markets_is_a_place() -> None:
    places = _places("日照市东港区后村镇的蔬菜产品销往寿光、青岛、济南等地。")
    assert places["寿光"] == "山东省潍坊市寿光市"
    assert places["青岛"] == "山东省青岛市"


def test_a_county_short_form_alone_is_still_not_a_place() -> None:
    # 寿光 without a list of the same province around it has nothing to place it by
    assert "寿光" not in _places("日照市东港区后村镇发展蔬菜。寿光的经验值得学习。")


def test_a_county_before_its_town_is_read_as_one_chain() -> None:
    places = _places("本报讯 昨日,市领导深入紫金临江镇光凹村检查扶贫工作。")
    assert places["紫金"] == "广东省河源市紫金县"
    assert places["临江镇"] == "广东省河源市紫金县临江镇"


def test_a_county_printed_by_its_leading_characters_before_its_town() -> None:
    places = _places("乐山市各区县发展特色产业。\n峨眉高桥镇回龙村\n积极引导当地村民规模种植猕猴桃")
    assert places["峨眉"] == "四川省乐山市峨眉山市"
    assert places["高桥镇"] == "四川省乐山市峨眉山市高桥镇"


def test_a_town_short_form_before_its_village_and_after_its_county() -> None:
    places = _places("大埔县发展特色产业,帮扶枫朗四联村建设的光伏扶贫电站在大埔枫朗建成并网发电。")
    assert places["四联村"] == "广东省梅州市大埔县枫朗镇四联村"
    assert places["枫朗"] == "广东省梅州市大埔县枫朗镇"
    assert places["大埔"] == "广东省梅州市大埔县"


def test_a_scenic_area_named_after_a_town_is_not_the_town() -> None:
    assert "仙都" not in _places("缙云县发展旅游。缙云仙都景区三年磨一剑,成功新晋国家5A级景区。")


def test_villages_listed_before_their_count_without_deng() -> None:
    places = _places("龙川县鹤市镇共有富石、罗乐、河布3 个省核定贫困村。")
    assert places["富石"] == "广东省河源市龙川县鹤市镇富石村"
    assert places["河布"] == "广东省河源市龙川县鹤市镇河布村"


def test_a_list_of_rivers_or_village_groups_is_not_a_list_of_villages() -> None:
    places = _places("东乡区岗上积镇东源村有北港、南港两条河流绕村而过,港背、溶湖、杨泗等10个村小组。")
    assert not {"南港", "溶湖", "杨泗"} & set(places)


def test_a_place_inside_a_company_or_platform_name_is_not_a_mention() -> None:
    mentions, homes = resolve_page_with_homes(
        ["由广东省旅游控股集团帮扶大埔县枫朗镇四联村建设光伏电站。", "云上黄冈报道 近年来,蕲春县发展特色产业。"]
    )
    printed = {m.text for article in mentions for m in article}
    assert "广东省" not in printed and "黄冈" not in printed
    assert "四联村" in printed and "蕲春县" in printed
    assert "黄冈市" in {home.name for home in homes}  # the platform's city is still the page's home


def test_a_branch_in_a_city_is_still_a_mention_of_the_city() -> None:
    assert _places("凹头村由中国邮政集团公司深圳市分公司负责对口帮扶。")["深圳市"] == "广东省深圳市"


def test_a_town_short_form_in_a_firms_name_is_not_a_mention() -> None:
    places = _places("东源县船塘镇凹头村是省定贫困村。\n东源船塘原汁原味腐竹厂负责人说,年产可以达到3万斤。")
    assert list(places) == ["东源县", "船塘镇", "凹头村"]


def test_a_village_renamed_a_community_is_read_under_the_town_in_context() -> None:
    places = _places(
        "▲莒县城阳街道大湖绿色蔬菜基地的大棚内。大湖绿色蔬菜基地由大湖村集体统一建设。", "五莲县松柏镇发展樱桃。"
    )
    assert places["大湖村"] == "山东省日照市莒县城阳街道大湖社区"


def test_a_new_village_of_houses_is_not_a_village_named_xincun() -> None:
    places = _places(
        "市领导深入紫金临江镇光凹村,要求尽快完成贫困新村建设。新村首期工程已建成。", "大埔县茶阳镇发展茶叶。"
    )
    assert "新村" not in places


def test_a_one_character_village_repeated_after_it_was_printed_with_its_town() -> None:
    places = _places("2014年,内黄县亳城乡河村实现了由贫困村到小康村的转变。“路通了。”河村党支部书记说。")
    assert places["河村"] == "河南省安阳市内黄县亳城乡河村"


# -- attribution ---------------------------------------------------------------------------------------------
def _governing(text: str, figure: str) -> str:
    return governing(text, figure, with_homes=True).full_name


def test_a_helper_named_in_a_frame_does_not_take_the_villages_figures() -> None:
    text = (
        "近日,兴国县方太乡宝石村曾昭礼的商品蔬菜基地里一片繁忙。在该县扶贫资金的帮助下,曾昭礼的蔬菜基地已发展到"
        "100多亩,每年为市场提供蔬菜近800吨。"
    )
    assert _governing(text, "100多亩") == "江西省赣州市兴国县方太乡宝石村"
    assert _governing(text, "800吨") == "江西省赣州市兴国县方太乡宝石村"


def test_a_scope_word_without_the_frame_still_governs() -> None:
    text = "近日,兴国县方太乡宝石村的蔬菜基地里一片繁忙。该县蔬菜基地已发展到100多亩。"
    assert _governing(text, "100多亩") == "江西省赣州市兴国县"


def test_the_place_a_firm_helps_owns_the_project_it_builds_there() -> None:
    text = "大埔县积极发展特色产业。由省旅游控股集团帮扶枫朗四联村建设的650千瓦光伏扶贫电站一期在大埔枫朗建成。"
    assert _governing(text, "650千瓦") == "广东省梅州市大埔县枫朗镇四联村"


def test_a_person_introduced_by_their_town_after_the_figure_owns_it() -> None:
    text = "丽水市推进富民增收。\n近日,接过镇强村公司送来的5000元代销款,丽水庆元黄田镇低收入农户吴书金连说感谢。"
    assert _governing(text, "5000元") == "浙江省丽水市庆元县黄田镇"


def test_a_place_later_in_the_sentence_without_a_resident_does_not_take_the_figure() -> None:
    text = "丽水市推进富民增收。\n近日,公司送来了5000元代销款,丽水庆元黄田镇的干部也来了。"
    assert _governing(text, "5000元") == "浙江省丽水市"


def test_an_ethnic_township_printed_without_its_first_word_after_its_county() -> None:
    places = _places("本报讯 秋收后,在洮南市车力蒙古族乡各村屯,随处可见忙碌的身影。")
    assert places["车力蒙古族乡"].startswith("吉林省白城市洮南市")
    assert places["车力蒙古族乡"].endswith("车力蒙古族乡")
