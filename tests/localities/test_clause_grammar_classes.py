"""Attribution and locality classes of issue 11 read from a clause's grammar (real7/real8 pages), each on made-up
text around real gazetteer entries: variant characters of an official name, a news site named after its city,
an origin adjective, a clause opening on the copula, a township's 村集体, a speaker introduced after a quote."""

from __future__ import annotations

from localities.place_grammar import canonical
from localities.resolver import governing_place, main_place, resolve_page, resolve_page_with_homes
from tests.localities.page_reading import governing, mentions_of


def _governing(text: str, figure: str) -> str:
    return governing(text, figure).name


def test_a_variant_character_of_an_official_name_reads_as_the_official_village() -> None:
    assert canonical("闫同村") == canonical("阎同村")
    text = "标题\n鹿泉区李村镇闫同村发展食用菌,闫同村建设菌棚15个。"
    villages = [m for m in mentions_of(text) if m.place.level == "village"]
    assert [m.place.name for m in villages] == ["阎同村", "阎同村"]
    assert all(m.place.code for m in villages)
    assert _governing(text, "15个") == "阎同村"


def test_a_news_site_named_after_its_city_is_an_outlet_not_the_subject() -> None:
    text = "葡萄丰收\n中国枣庄网消息 10月16日,山亭区水泉镇李庄村的葡萄喜获丰收。“俺这6亩葡萄,收入9万余元。”"
    mentions, homes = resolve_page_with_homes([text])
    assert "枣庄市" not in {m.place.name for m in mentions[0]}
    assert "枣庄市" in {home.name for home in homes}
    assert _governing(text, "6亩") == "李庄村"


def test_a_province_naming_where_merchants_come_from_is_not_the_subject() -> None:
    text = "标题\n山亭区水泉镇李庄村开发荒山。通过流转荒山1000多亩,吸引浙江商人进村开发白茶产业,年销售白茶2吨。"
    assert _governing(text, "2吨") == "李庄村"


def test_a_clause_opening_on_the_copula_does_not_change_the_subject() -> None:
    text = "标题\n山亭区水泉镇李庄村的贫困户王某,是枣庄市长李某的帮扶户。去年,老王养了600多只鸡。"
    assert _governing(text, "600") == "李庄村"


def test_village_collectives_after_a_townships_scope_word_are_the_townships() -> None:
    text = (
        "标题\n山亭区水泉镇李庄村种植樱桃。李庄村是水泉镇发展产业的缩影。\n"
        "据统计,今年该镇实施的村集体产业项目32个,预计村集体经营性收入翻一番,纯收入增长40%以上。"
    )
    assert _governing(text, "32个") == "水泉镇"
    assert _governing(text, "40%") == "水泉镇"


def test_a_village_collective_after_a_village_is_still_the_villages() -> None:
    text = "标题\n山亭区水泉镇李庄村种植樱桃。\n去年村集体经营性收入增长40%以上。"
    assert _governing(text, "40%") == "李庄村"


def test_a_quotes_figures_go_to_the_speakers_village_named_after_it() -> None:
    text = (
        "标题\n山亭区水泉镇魏沟村的红薯迎来丰收。\n2021年,魏沟村成立合作社。\n"
        "趁着天还没黑,王某又去了大棚。“一亩地能产四五百斤,一亩地的产值在四五万元左右!”王某是李庄村羊肚菌种植户。"
    )
    assert _governing(text, "四五百") == "李庄村"
    assert _governing(text, "四五万") == "李庄村"


def test_a_quote_followed_by_no_speakers_village_keeps_the_earlier_reading() -> None:
    text = "标题\n山亭区水泉镇魏沟村的红薯迎来丰收。\n“一亩地能产四五百斤!”王某笑着说。"
    assert _governing(text, "四五百") == "魏沟村"


def test_a_scope_word_the_subject_is_ranked_within_does_not_own_the_figures() -> None:
    text = (
        "标题\n山亭区水泉镇李庄村种植樱桃。\n"
        "去年以来,薛城区凝心聚力,还在全市率先实现贫困户帮扶全覆盖,全年完成脱贫1万人,减贫率达25.6%。"
    )
    assert _governing(text, "1万人") == "薛城区"
    assert _governing(text, "25.6%") == "薛城区"


def test_a_scope_word_after_a_year_still_opens_its_clause() -> None:
    text = "标题\n薛城区发展产业。\n山亭区水泉镇李庄村种植樱桃,2015年全区农村居民人均可支配收入达到16234元。"
    assert _governing(text, "16234") == "山亭区"


def test_a_paragraph_opening_on_an_anaphoric_scope_word_goes_on_about_its_place() -> None:
    text = (
        "标题\n山亭区水泉镇李庄村种植樱桃,带动薛城区农户增收。\n"
        "同时,该区坚持把新农村建设作为重要举措来抓,农村面貌呈现新气象。完成工程造林6万公顷。"
    )
    assert _governing(text, "6万") == "薛城区"


def test_a_shortened_name_of_the_articles_village_is_that_village_not_a_namesake_elsewhere() -> None:
    text = "标题\n薛城区周营镇北马庄村是市级贫困村。\n“马庄村多山。”他说,目前已经种植400多亩。"
    names = [m.place.name for m in mentions_of(text) if m.place.level == "village"]
    assert names == ["北马庄村", "北马庄村"]
    assert _governing(text, "400") == "北马庄村"


def test_a_village_of_a_named_township_is_read_even_when_an_earlier_village_ends_with_its_name() -> None:
    text = "标题\n薛城区周营镇北马庄村是市级贫困村。\n邹坞镇马庄村种植400多亩。"
    names = [m.place.name for m in mentions_of(text) if m.place.level == "village"]
    assert names == ["北马庄村", "马庄村"]


def test_the_former_villages_of_a_merger_are_nomentions_of() -> None:
    text = "标题\n山亭区水泉镇李庄村由原李庄村和下辛庄村合并而来,有600多亩农田。"
    names = [m.place.name for m in mentions_of(text)]
    assert "下辛庄村" not in names
    assert _governing(text, "600") == "李庄村"


def test_direction_words_naming_parts_of_a_village_are_no_districts_far_from_home() -> None:
    text = (
        "标题\n本报讯 6月19日,在山亭区水泉镇李庄村西区的农田里,村民正在中耕。这一景象是李庄村发展的缩影。"
        "李庄村构建四大产业功能布局。其中东区建设牲畜养殖基地,实现集中饲养;西区打造高产高效农业基地。"
    )
    assert not {"东区", "西区"} & {m.place.name for m in mentions_of(text)}


def test_an_epithet_listing_produce_is_no_list_of_townships() -> None:
    text = "标题\n山东省枣庄市山亭区是全国著名的黑木耳、香菇之乡。"
    assert {m.place.level for m in mentions_of(text)} == {"province", "prefecture", "county"}


def test_a_slogan_or_a_verbs_object_before_cun_is_no_village() -> None:
    text = "标题\n市委驻山亭区富民强村帮促工作队进驻后,建强村“两委”,山亭区农业办驻村干部到岗。"
    assert {m.place.level for m in mentions_of(text)} == {"county"}


def test_a_media_brands_local_edition_names_an_outlet() -> None:
    text = "标题\n山亭区水泉镇李庄村发展产业。通讯员 李某 ZAKER南京记者 王某"
    mentions, homes = resolve_page_with_homes([text])
    assert "南京市" not in {m.place.name for m in mentions[0]}
    assert "南京市" in {home.name for home in homes}


def test_an_institution_named_after_its_city_still_opens_the_clause() -> None:
    text = "标题\n本报讯 山东省卫生健康委下发通知,邹城市人民医院成为附属医院。该院为教学医院。30年来,该院承担教学任务。"
    assert _governing(text, "30年") == "邹城市"


def test_a_speaker_naming_their_own_village_after_a_sites_dateline_makes_it_the_subject() -> None:
    text = (
        "标题\n山亭区水泉镇是樱桃之乡。\n"
        "中国枣庄网9月25日讯 “今年我们李庄村将7块机动地重新发包;对合同到期的69.82亩土地也进行了重新发包。”"
    )
    assert _governing(text, "7块") == "李庄村"
    assert _governing(text, "69.82") == "李庄村"


def test_a_one_character_village_confirmed_by_its_organs_is_found_in_the_pages_city() -> None:
    texts = [
        "山亭区樱桃丰收\n枣庄市山亭区水泉镇李庄村樱桃丰收。",
        "上接第1版\n2022年,肖村列入我区整治试点村。在肖村党总支的努力下,该村完成1100亩土地流转。"
        "3年来,肖村村集体经济收入增至30多万元。",
    ]
    mentions = resolve_page(texts)[1]
    villages = [m for m in mentions if m.place.level == "village"]
    assert len(villages) == 3 and {m.place.code for m in villages} == {"370403103217"}
    main = main_place(mentions)
    place = governing_place(texts[1], mentions, texts[1].index("1100"), main)
    assert place is not None and place.name == "肖村"


def test_a_one_character_village_without_its_organs_is_a_word() -> None:
    text = "标题\n枣庄市山亭区水泉镇李庄村建起扶贫新村,肖村一带种植樱桃。"
    assert "肖村" not in {m.place.name for m in mentions_of(text)}


def test_a_village_printed_as_an_administrative_village_takes_its_registered_name() -> None:
    text = "标题\n1月14日,在山亭区北庄镇毛宅庄行政村的大棚里,村民王某承包了23个蔬菜大棚。"
    villages = [m.place for m in mentions_of(text) if m.place.level == "village"]
    assert [(p.name, p.code) for p in villages] == [("毛宅村", "370406104201")]
    assert _governing(text, "23个") == "毛宅村"


def test_a_clause_saying_what_lies_nearby_opens_on_that_place() -> None:
    text = "标题\n山亭区水泉镇李庄村发展奶业。\n离村不远处,就是水泉镇生态养殖园,可容纳奶牛2000头。"
    assert _governing(text, "2000头") == "水泉镇"


def test_a_village_introduced_without_cun_after_its_township_is_that_village_throughout() -> None:
    text = (
        "标题\n7月14日拍摄的枣庄市山亭区水泉镇的东朱庄(无人机照片)。\n三伏时节,东朱庄醒得格外早。\n"
        "随着乡村振兴战略的推进,东朱庄越来越兴旺。“再加上合作社工资,我一年就有六七万元。”"
    )
    villages = [m for m in mentions_of(text) if m.place.level == "village"]
    assert len(villages) == 3 and {m.place.code for m in villages} == {"370406107221"}
    assert _governing(text, "六七万元") == "东朱庄村"


def test_an_ethnic_township_printed_without_its_peoples_keeps_its_official_name() -> None:
    text = "标题\n日前,走进七星关区千溪乡蔬菜种植基地,该基地总面积1000亩。"
    names = {m.place.name for m in mentions_of(text)}
    assert "千溪彝族苗族白族乡" in names and "千溪乡" not in names
    assert _governing(text, "1000亩") == "千溪彝族苗族白族乡"
