"""Where items start and end on real pages of issue 11, each class checked in every layout of `evaluation.layouts`:
a picture label printed twice inside a feature, a topic-and-couplet headline, a headline naming another place
before its colon, and a stack of part heads that takes a feature to a village it has named. The texts are made up
in the shape of each class."""

import pytest

from articles.page_blocks import is_topic_and_balanced_clauses
from articles.paragraph_cues import colon_topic_place, heads_report_on_another_place
from articles.phrase_lines import is_caption_label
from tests.articles.page_builder import ALL_LAYOUTS, segments_of

PICTURE_SPREAD = [
    "青河:两条河串起甜蜜致富路",
    "青河县地处江南丘陵,全县种植柑橘二十万亩,柑橘产业已成为当地农民增收的主要来源。",
    "青河“柑橘的海”",
    "眼下正是青河柑橘丰收的时节,果农们一早就走进果园,把一筐筐柑橘搬上货车运往各地。",
    "青河“柑橘的海”",
    "村民王秀英就是靠柑橘致富的人,她和丈夫种了三十亩柑橘,去年家里的收入超过了二十万元。",
    "从田间地头到加工厂,青河的柑橘产业链条不断延伸,带动了上千户农民在家门口就业。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_picture_label_printed_twice_inside_a_feature_opens_no_item(layout: str) -> None:
    segments = segments_of(PICTURE_SPREAD, layout)
    assert [s.title for s in segments] == ["青河:两条河串起甜蜜致富路"]
    assert "王秀英" in segments[0].body


def test_a_topic_and_a_couplet_of_one_length_is_a_headline_shape() -> None:
    assert is_topic_and_balanced_clauses("远山新区:沃野千里,答卷常新")
    assert is_topic_and_balanced_clauses("图读石桥小康生活:业兴物丰足,畅通富裕路")
    assert not is_topic_and_balanced_clauses("他说:我们很好,大家都很高兴")
    assert not is_topic_and_balanced_clauses("沃野千里,答卷常新")


COUPLET_AFTER_A_CAPTION = [
    "青河:两条河串起甜蜜致富路",
    "青河县地处江南丘陵,全县种植柑橘二十万亩,柑橘产业已成为当地农民增收的主要来源。",
    "从田间地头到加工厂,青河的柑橘产业链条不断延伸,带动了上千户农民在家门口就业。",
    "柑橘产品生产线",
    "图读石桥小康生活:业兴物丰足,畅通富裕路",
    "在石桥的沿海渔村养蚝是当地一大致富产业。",
    "经历了连续一周的低温,石桥六万余亩红橙迎来最佳采摘期,果农们忙着采摘、分拣、装箱。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_topic_and_couplet_headline_over_a_caption_opens_an_item(layout: str) -> None:
    titles = [s.title for s in segments_of(COUPLET_AFTER_A_CAPTION, layout)]
    assert titles[-1] == "图读石桥小康生活:业兴物丰足,畅通富裕路"


def test_a_colon_topic_is_a_place_when_the_text_under_it_names_it() -> None:
    assert colon_topic_place("江南远山:乡村振兴交出亮丽答卷", "春分时节,位于江南省的远山县花木园艺场内") == ("远山", 2)
    assert colon_topic_place("石桥镇:小江南 产业旺", "地处江畔的石桥镇风景秀丽") == ("石桥", 3)
    assert colon_topic_place("破局之道:从出山到回流", "十年前,村里的年轻人大多外出务工") is None


def test_a_headline_on_another_place_as_large_as_the_article_s_opens_a_report() -> None:
    paragraph = "春分时节,位于江南省白水镇的远山县花木园艺场内,十多名工人正忙着修剪盆景。"
    assert heads_report_on_another_place("江南远山:乡村振兴交出亮丽答卷", paragraph, "看青河县石桥乡", "青河县石桥乡……")
    # The article has named the place already: its part goes on there.
    assert not heads_report_on_another_place("江南远山:乡村振兴交出亮丽答卷", paragraph, "看青河县", "远山县的花木……")
    # A village of a county feature heads one of its parts.
    village = "三合村位于青河县西部,全村种植柑橘三千亩。"
    assert not heads_report_on_another_place("三合村:柑橘结出致富果", village, "青河县:产业兴旺", "青河县……")


SIGNED_FEATURE_THEN_NEIGHBOUR = [
    "沃野逐梦谱新篇",
    "■ 本报记者 周北 孙南山",
    "阳光穿透薄雾,洒在青河县石桥乡的田野间。清晨,果园里已是一片繁忙,十多位村民正在修剪果树。",
    "近年来,青河县石桥乡立足生态资源禀赋,紧扣乡村振兴目标,走出了一条特色产业发展之路。",
    "江南远山:乡村振兴交出亮丽答卷",
    "春分时节,位于江南省白水镇的远山县花木园艺场内,十多名工人正忙着修剪盆景、装车外运。",
    "坚持农业农村优先发展,远山县以实施乡村振兴战略为总抓手,推动花木产业做大做强。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_naming_another_county_before_its_colon_opens_a_report(layout: str) -> None:
    titles = [s.title for s in segments_of(SIGNED_FEATURE_THEN_NEIGHBOUR, layout)]
    assert titles == ["沃野逐梦谱新篇", "江南远山:乡村振兴交出亮丽答卷"]


FEATURE_GOING_TO_ITS_VILLAGE = [
    "远山石桥乡盘活沉睡资产带着村民增收",
    "在江南省远山县石桥乡白果坪村文化礼堂里,一年中几乎三分之一的日子,总有二十多个村民聚在一起分拣箬叶。",
    "除了白果坪村,石桥乡几乎村村都有小项目,而且大多结合当地的生态资源,为村集体带来实实在在的效益。",
    "白果坪村",
    "壮大集体经济带动村民增收",
    "靠山吃山打造箬叶产业",
    "“看来要下雨了,上山的估计都要提前下来了。”村主任站在文化礼堂门口,往远处的山顶张望着。",
    "在文化礼堂里,坐着十几个村民,大家身旁都摆放着一堆箬叶,他们的主要工作是分拣和捆扎。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_part_heads_over_a_village_the_feature_named_go_on_with_it(layout: str) -> None:
    segments = segments_of(FEATURE_GOING_TO_ITS_VILLAGE, layout)
    assert [s.title for s in segments] == ["远山石桥乡盘活沉睡资产带着村民增收"]


QUESTION_OVER_ITS_CREDIT = [
    "村民人均年收入达3万元 江南青河这个村是怎么做到的?",
    "青河新闻记者 周北 摄影报道",
    "白果坪村坐落于江南省青河县石桥乡北部,村里保存着成片的古民居,近年来游客越来越多。",
    "游客在白果坪村游玩。",
    "当天,春风伴着暖阳,白果坪村山坡上的李花陆续开放,游客们穿梭在花林中拍照游玩。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_question_over_the_credit_line_of_its_report_is_its_headline(layout: str) -> None:
    segments = segments_of(QUESTION_OVER_ITS_CREDIT, layout)
    assert [s.title for s in segments] == ["村民人均年收入达3万元 江南青河这个村是怎么做到的?"]
    assert segments[0].body.startswith("白果坪村坐落于")


def test_a_group_of_people_at_work_is_a_picture_label() -> None:
    assert is_caption_label("工人们在加工苏子叶")
    assert is_caption_label("村民们正在采摘茶叶")
    assert not is_caption_label("我们在乡村振兴路上")
    assert not is_caption_label("转型之路上的曙光")


FEATURE_VISITING_ITS_VILLAGE = [
    "石桥镇:借地利 兴产业",
    "位于青河县东南部的石桥镇,面积400平方公里,16个行政村,近年来发展特色种植、养老及旅游等新兴产业。",
    "该镇借邻近县城的地利,打造特色产业,富一方百姓,全镇农民人均收入连续五年保持两位数增长。",
    "白沙村“大筐队”下岗了",
    "9月16日,采访组来到石桥镇,谈及产业发展,让人不由得想起该镇白沙村的韭菜产业。",
    "白沙村有30多年的韭菜种植历史,远近闻名。那个时候,村民们挑着大筐坐上绿皮火车,到沿线的集镇上售卖。",
    "如今,村前河上的桥早就修好了,过去村民挑担卖韭菜,后来改用客车,现在都用货车运货,再也不用挑着大筐零卖了。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_village_head_over_text_visiting_it_from_the_feature_s_town_is_a_part(layout: str) -> None:
    segments = segments_of(FEATURE_VISITING_ITS_VILLAGE, layout)
    assert [s.title for s in segments] == ["石桥镇:借地利 兴产业"]
