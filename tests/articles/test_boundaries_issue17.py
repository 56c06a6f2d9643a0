"""Boundary classes of real17/real18 (seg17): a picture label showing people at work between a report's paragraphs,
a quoted topic line inside an untitled report, a `图为` caption closing the report it shows, a head over a paragraph
that opens on a person the text named. Texts are made up in the shape of each
class and checked in every layout of `evaluation.layouts`."""

import pytest

from articles.paragraph_cues import shows_someone_at_work
from tests.articles.page_builder import ALL_LAYOUTS, keys

# -- a label of people at work ------------------------------------------------------------------------------------

LABEL_BETWEEN_PARAGRAPHS = [
    "青石县白河镇以农民专业合作社作为实施主体,积极探索“合作社+农户”的组织方式,推进坝区建设,形成了种植、加工、"
    "销售一体的全产业链。",
    "兰田坝区群众在采摘蔬菜",
    "兰田坝区是青石县500亩以上坝区之一,坝区耕地面积1100亩,涉及9个村民组373户,坝区土地每亩产值在9000元以上。(张三)",
]


def test_people_at_work_is_a_label_and_a_headline_frames_a_place() -> None:
    assert shows_someone_at_work("兰田坝区群众在采摘蔬菜")
    assert shows_someone_at_work("农户在晾晒玉米")
    assert not shows_someone_at_work("村民在家门口就业")
    assert not shows_someone_at_work("青春在奋斗中闪光")
    assert not shows_someone_at_work("兰田坝区群众在采摘蔬菜。")


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_label_of_people_at_work_between_paragraphs_titles_nothing(layout: str) -> None:
    assert keys(LABEL_BETWEEN_PARAGRAPHS, layout) == [(None, "青石县白河镇")]


# -- a quoted topic inside an untitled report ----------------------------------------------------------------------

QUOTED_TOPIC_IN_UNTITLED_REPORT = [
    "",
    "",
    "城区一路向西,有着城市“后花园”之称的青石区绿意无限,生机蓬勃。",
    "",
    "该区统筹生态环保和经济发展,发挥乡村多元价值,拓展农业多种功能,推进宜居宜业和美乡村建设。",
    "",
    "特色农业“花为媒”",
    "",
    "“春秋两季的花节,东河村的小火车赚了不少,咱们的金丝菊今年也不差。”前河村支书笑着说。",
    "",
    "他们从外省引进了40万株金丝菊,栽种80亩,每亩收入达到几千元。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_quoted_topic_inside_an_untitled_report_is_its_section(layout: str) -> None:
    assert keys(QUOTED_TOPIC_IN_UNTITLED_REPORT, layout) == [(None, "城区一路向西")]


# -- a 图为 caption closing its report ------------------------------------------------------------------------------

CAPTION_CLOSING_ITS_REPORT = [
    "8月7日,立秋。一大早,青石县某板栗专业合作社负责人就来到白河镇张庄村的千亩栗园查看板栗长势。",
    "“再过20多天,板栗就要收获了,合作社的栗子已经订出去一半。”他笑着说。",
    "",
    "本报讯 (张三、李四)日前,青石市板栗种植专业村红河镇隔水河村板栗喜获丰收,产销两旺,种植户喜上眉梢。",
    "今年,隔水河村板栗产量预计将突破40万公斤,实现销售收入300余万元,村民的日子将越来越殷实。",
    "图为隔水河村板栗北山板栗采收现场。 王五 摄",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_caption_showing_the_reports_village_under_its_end_is_part_of_it(layout: str) -> None:
    assert [body for _, body in keys(CAPTION_CLOSING_ITS_REPORT, layout)] == ["8月7日,立", "本报讯 (张"]


# -- a head over a paragraph that opens on a person the text named -------------------------------------------------

HEAD_OVER_A_PERSON_NAMED = [
    "和边共荣:蚕桑产业与青石的沿边开放",
    "在某地举办的脱贫成就展上,一张来自白河县的照片受到关注。外交部发言人李明华在推特上转发了这张照片,并说养蚕让村民过上了好日子。",
    "总结近年来青石民族团结进步事业,显然离不开脱贫攻坚的伟大实践,各族群众的钱袋子一天天鼓了起来。",
    "红岭:脱贫攻坚的“蚕桑巨变”",
    "李明华在推特上提及的养蚕是青石新探索的产业,白河县2014年通过引进龙头企业获得较快发展,全县蚕桑种植面积达5万亩。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_head_over_a_paragraph_opening_on_a_person_the_text_named_is_a_section(layout: str) -> None:
    assert [title for title, _ in keys(HEAD_OVER_A_PERSON_NAMED, layout)] == ["和边共荣:蚕桑产业与青石的沿边开放"]
