"""Which place governs a figure: the grammar of the clause and of the paragraph around it (hand-written text)."""

from __future__ import annotations

from localities.resolver import resolve_page
from tests.localities.page_reading import governing


def _governing(text: str, figure: str) -> str:
    return governing(text, figure).name


def test_a_share_of_the_whole_belongs_to_the_part() -> None:
    # 占全市的40%: 全市 is the whole the share is taken of, not the place the figure describes.
    text = "山亭区攻坚脱贫\n山亭区是枣庄市任务最重的区，有贫困户3000户，占全市的40%。"
    assert _governing(text, "40%") == "山亭区"


def test_the_origin_of_what_a_place_receives_is_not_its_subject() -> None:
    text = "荒沟村建成安置点\n山亭区水泉镇荒沟村是全区最大的安置点，安置来自全区20个村的群众500户。"
    assert _governing(text, "500户") == "荒沟村"


def test_the_place_a_quota_is_assigned_to_governs_the_figures() -> None:
    text = "枣庄市推进造林绿化\n枣庄市林业局获悉，今年市里下达山亭区造林任务2万亩，总投资800万元，亩均投入400元。"
    assert _governing(text, "2万亩") == "山亭区"
    assert _governing(text, "800万元") == "山亭区"
    assert _governing(text, "400元") == "山亭区"


def test_the_nearest_earlier_scope_word_in_the_paragraph_governs_across_a_semicolon() -> None:
    text = (
        "荒沟村强村富民\n荒沟村的变化是山亭区强村富民的缩影。去年，全区120个村集体收入达到1.2亿元；"
        "农村居民人均可支配收入达到2万元，同比增长8%。"
    )
    assert _governing(text, "1.2亿元") == "山亭区"
    assert _governing(text, "2万元") == "山亭区"
    assert _governing(text, "8%") == "山亭区"


def test_a_scope_word_means_the_articles_own_place_of_that_level_not_its_prefecture() -> None:
    # 滕州市 is a county-level city of 枣庄市: after an incidental mention of the prefecture, 全市 is still 滕州市.
    text = "滕州市西岗镇建设美丽乡村\n滕州市西岗镇是枣庄市首批示范镇。目前，全市已建成示范村27个。"
    assert _governing(text, "27个") == "滕州市"


def test_a_scope_word_of_another_city_still_points_to_that_city() -> None:
    text = "滕州市西岗镇建设美丽乡村\n滕州市西岗镇学习济南市经验。目前，全市已建成示范村27个。"
    assert _governing(text, "27个") == "济南市"


def test_a_clause_without_subject_takes_the_nearest_earlier_subject_of_the_paragraph() -> None:
    text = "示范村名单公布\n山东省公布了示范村名单，山亭区水泉镇荒沟村入选。5年来，累计接待游客5万人次。"
    assert _governing(text, "5万人次") == "荒沟村"


def test_each_village_is_distributive_and_names_no_single_village() -> None:
    text = (
        "山亭区推进社区治理\n水泉镇荒沟村创建示范村。山亭区累计投资3亿元。随着各村条件不断改善，累计服务群众2万人次。"
    )
    assert _governing(text, "2万人次") == "山亭区"


def test_a_hamlet_after_a_scope_word_narrows_the_scope_to_itself() -> None:
    text = "唐岭村发展旅游\n山亭区水泉镇唐岭村入选旅游重点村。该村东坡组保存完好的老房子有30余栋。"
    assert _governing(text, "30余栋") == "东坡组"


def test_the_place_after_the_dateline_opens_the_clause() -> None:
    text = "东坡组发展旅游\n本报山亭讯 走进水泉镇唐岭村东坡组，一排排新居依山而建，20棵古树郁郁葱葱。"
    assert _governing(text, "20棵") == "东坡组"


def test_a_comparison_with_the_whole_belongs_to_the_part() -> None:
    text = "水泉镇增收\n山亭区水泉镇农民人均收入增长8%，高出全区平均水平1.2个百分点。"
    assert _governing(text, "1.2个") == "水泉镇"


def test_the_place_staff_are_sent_to_governs_the_figure() -> None:
    text = "对口协作\n协作以来，山东省累计向水泉镇选派挂职干部30余名。"
    assert _governing(text, "30余名") == "水泉镇"


def test_here_points_back_to_the_place_just_described() -> None:
    text = (
        "唐岭村养殖\n走进山亭区水泉镇唐岭村养殖基地，圈舍整齐。\n这里是山东省较大的养殖基地，年可繁育良种1500头以上。"
    )
    assert _governing(text, "1500头") == "唐岭村"


def test_a_clause_done_for_a_place_belongs_to_that_place() -> None:
    text = "山亭区补短板\n山亭区开展动态监测。同时，为水泉镇卫生院招聘10名医护人员。"
    assert _governing(text, "10名") == "水泉镇"
    text = "山亭区补短板\n同时，为水泉镇卫生院招聘10名医护人员，为14个行政村卫生室配备42台仪器。"
    assert _governing(text, "42台") == "山亭区"


def test_the_place_a_reporter_visits_is_the_subject_of_the_paragraph() -> None:
    text = "水泉镇发展养殖\n本报山亭讯 近日，记者走进水泉镇唐岭村的养殖基地。基地由合作社运营，目前存栏生猪1200头。"
    assert _governing(text, "1200头") == "唐岭村"


def test_the_whole_group_is_the_hamlet_just_named() -> None:
    text = (
        "水泉镇发展民宿\n山亭区水泉镇唐岭村紧邻景区。"
        "在景区东侧的唐岭村东坡组，村民们改造老房子，全组60户中有20户开办民宿。"
    )
    assert _governing(text, "60户") == "东坡组"


def test_the_farm_points_back_to_the_state_farm_of_the_article() -> None:
    text = (
        "五大连池市秋收忙\n五大连池市各地秋收。五大连池市龙镇农场种植大豆42万亩。\n"
        "农场负责人介绍，今年农场全面推广新技术，良种覆盖率达到100%。"
    )
    assert _governing(text, "100%") == "龙镇农场"


def test_a_family_farm_is_not_the_state_farm() -> None:
    text = "五大连池市秋收忙\n五大连池市各地秋收。五大连池市龙镇农场种植大豆42万亩。\n今年家庭农场发展到120家。"
    assert _governing(text, "120家") == "五大连池市"


def test_the_village_collective_belongs_to_the_village_not_to_its_hamlet() -> None:
    text = "唐岭村发展民宿\n在山亭区水泉镇唐岭村东坡组，全组30户办起了民宿。去年村集体经济收入达到50万元。"
    assert _governing(text, "50万元") == "唐岭村"


def test_the_village_of_a_speaker_after_a_quotation_governs_his_figures() -> None:
    text = (
        "水泉镇种菜增收\n山亭区水泉镇种植蔬菜2万亩。“现在一年能卖好几万元。”唐岭村村民王明说，他家今年纯收入6万多元。"
    )
    assert _governing(text, "6万多元") == "唐岭村"


def test_the_rural_collective_economy_of_a_zone_is_not_a_village_collective() -> None:
    text = "山亭区壮大集体经济\n山亭区水泉镇唐岭村发展民宿。去年，山亭区种植蔬菜3000亩，农村集体经济总收入约2000万元。"
    assert _governing(text, "2000万元") == "山亭区"


def test_a_paragraph_without_a_place_goes_on_about_the_village_the_text_moved_to() -> None:
    text = (
        "特色产业开启贵州山区发展新路径\n峰峦如聚,云雾蒸腾。贵州各地发展特色产业。\n"
        "在遵义市汇川区松林镇松林村,毛冬瓜苗已破土而出。\n当地引进专业公司,流转村民水田688亩。"
    )
    assert _governing(text, "688亩") == "松林村"


def test_a_list_of_villages_or_a_return_to_the_articles_place_ends_the_carry_over() -> None:
    listed = "田黄镇擦亮生态品牌\n田黄镇发展特色农业。\n杨峪村、萧沟村等3个村纳入名品村。\n全力扶持创业群体23个。"
    assert _governing(listed, "23个") == "田黄镇"
    back = "田黄镇擦亮生态品牌\n杨峪村发展冬桃。\n田黄镇还建成电商平台。\n累计发放贷款3000余万元。"
    assert _governing(back, "3000余万元") == "田黄镇"


def test_a_newspapers_name_is_not_a_place_the_text_is_about() -> None:

    (mentions,) = resolve_page(["新疆日报讯 阿勒泰市红墩镇多拉特村的奶牛养殖园里一派繁忙。"])
    assert [m.text for m in mentions][:1] != ["新疆"]
    assert "多拉特村" in "".join(m.place.name for m in mentions)
