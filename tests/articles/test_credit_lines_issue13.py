"""Which lines of an item are its credits and which its title (issue 13): a reporter of a paper's all-media newsroom,
a county media centre signing without its county and with a colon, a middle dot set before a role word as a bullet
(and the dot of an outlet's name that a column cut), a picture's label before its photographer, reporters in brackets
with their verb at a report's head, the credit line over such a report.
The texts are made up in the shape of each class."""

from articles.bylines import parse_credit_line, split_trailing_credit
from articles.dateline_lines import find_dateline, leading_paren_credit
from articles.layout import unwrap_columns
from tests.articles.page_builder import ALL_LAYOUTS, keys, segments_of


# -- credit lines ------------------------------------------------------------------------------------------------
def test_a_reporter_of_a_papers_all_media_newsroom_is_a_credit() -> None:
    credit = parse_credit_line("江城全媒体记者 周北")
    assert credit is not None and credit.names == ("周北",)


def test_a_media_centre_signing_without_its_county_and_with_a_colon_is_a_credit() -> None:
    credit = parse_credit_line("融媒体中心记者:周北 林川 许文静 马可")
    assert credit is not None and credit.names == ("周北", "林川", "许文静", "马可")
    assert parse_credit_line("记者:合作社现在发展得怎么样?") is None  # an interviewer's question


def test_a_middle_dot_before_a_role_word_is_a_bullet() -> None:
    credit = parse_credit_line("·江城新闻记者 周北 林 川")
    assert credit is not None and credit.names == ("周北", "林川")


def _column(text: str, width: int = 24) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def test_an_outlets_dot_the_column_cut_continues_the_line_above() -> None:
    caption = "青石村茶园里一片繁忙景象,村民们正在采摘。新江城·江城日报通讯员 周北"  # cut right before the dot
    body = (
        "茶园如画,山村如歌。走进青石县山门镇何家村,青瓦白墙、小桥流水,群山环抱、曲径通幽。通过乡村建设,何家村变得"
        "越来越洁净、越来越富裕、越来越美丽。",
        "门外青山,心安乡里。远观山门镇阳关村邓家塬组,绿树红瓦、布局整齐的民居,宛如仙境般美丽,如梦似幻的景色吸引了"
        "众多游客驻足欣赏和拍照留念。",
    )
    lines = ["茶园如画 山村如歌", "——我县乡村建设掠影", *_column(caption), *_column(body[0]), *_column(body[1])]
    assert lines[3].startswith("·江城日报")
    assert caption in unwrap_columns("\n".join(lines) + "\n").text


def test_a_headline_over_a_bulleted_credit_line_keeps_its_item() -> None:
    lines = [
        "青山镇:春茶采摘忙,增收致富“同频共振”",
        "·江城新闻记者 周北 林 川",
        "茶香四溢,溢得其所。",
        "5月25日,青山镇迎来了一年一度采摘春茶的大好季节,村民们背着箩筐赶往茶叶种植基地。",
    ]
    for layout in ALL_LAYOUTS:
        assert keys(lines, layout)[0] == ("青山镇:春茶采摘忙,增收致富“同频共振”", "茶香四溢,溢"), layout


def test_a_pictures_label_before_its_photographer_is_a_caption_not_a_credit_line() -> None:
    assert parse_credit_line("万亩茶园 张明 摄") is None
    assert split_trailing_credit("万亩茶园 张明 摄")[0] == ("张明",)
    credit = parse_credit_line("林川 张明 摄")
    assert credit is not None and credit.names == ("林川", "张明")


def test_reporters_in_brackets_with_their_verb_open_a_report() -> None:
    assert leading_paren_credit("(张明 林川 报道)眼下,正是青山镇夏茶采摘期。") == ("张明", "林川")
    assert leading_paren_credit("(一)眼下,正是青山镇夏茶采摘期。") == ()


_SIGNED_REPORTS = [
    "近年来,青山县因地制宜种植精品水果。目前,全县种植刺梨面积11.89万亩,预计鲜果产量达2000余吨。",
    "金秋八月,青山县各刺梨基地,金灿灿的刺梨随风摆动,散发着诱人的果香。",
    "融媒体中心记者:周北 林川 许文静",
    "(马可 王小川 报道)眼下,正是青山镇夏茶采摘期。在青山镇沁心茶场内,采茶工人们正低头采摘。",
    "茶产业既是传统产业,又是生态产业,更是带动群众增收的富民产业。",
    "山清水秀茶飘香",
    "——我市加快茶产业发展综述",
    "万亩茶园 李青山 摄",
    "□本报记者 周南",
    "峰连天际处,茶香绕山间。三月春光里,走进我市各盛产茶叶的乡镇,满目千山翠绿。",
    "近年来,我市大力发展山地特色农业产业,全市茶园种植50万亩。",
]


def test_a_credit_line_over_a_report_signed_at_its_head_closes_the_text_above() -> None:
    for layout in ALL_LAYOUTS:
        bylines = [(s.title, s.byline) for s in segments_of(_SIGNED_REPORTS, layout)]
        assert bylines == [
            (None, "周北 林川 许文静"),
            (None, "马可 王小川"),
            ("山清水秀茶飘香", "周南"),
        ], layout


def test_a_headline_over_its_pictures_label_and_a_byline_titles_the_text_under_them() -> None:
    segment = segments_of(_SIGNED_REPORTS, "original")[-1]
    assert (segment.title, segment.subtitle) == ("山清水秀茶飘香", "我市加快茶产业发展综述")
    assert segment.body.startswith("万亩茶园")


def test_the_work_before_a_role_word_makes_a_photographers_credit() -> None:
    credit = parse_credit_line("■ 摄影 记者 张明")
    assert credit is not None and credit.names == ("张明",) and credit.photo
    credit = parse_credit_line("摄影通讯员 刘芳")
    assert credit is not None and credit.names == ("刘芳",)


_PICTURE_ITEMS = [
    "夏收开镰",
    "5月25日,青山镇榴园社区的居民正在麦收,镇、村组织党员志愿者帮助农户收割,确保做到收割一块清理一块。",
    "■ 摄影 记者 张明",
    "",
    "石榴红 果农乐",
    "10月27日,果农在青山镇榴园村的石榴园里忙着采摘成熟的石榴供应市场,脸上洋溢着丰收的喜悦。",
    "■ 摄影 记者 张明",
    "通讯员 刘芳",
    "实习生 王小川 许文静",
    "",
    "深秋花田采菊忙 致富路上花飘香",
    "近日,青山镇吴井村家庭农场的菊花迎来采收期,70余名农民群众正提着篮筐熟练地采摘。",
    "摄影通讯员 林川",
]


def test_credit_lines_under_a_picture_items_photographer_close_that_item() -> None:
    for layout in ALL_LAYOUTS:
        found = [(s.title, s.byline) for s in segments_of(_PICTURE_ITEMS, layout)]
        assert found == [
            ("夏收开镰", "张明"),
            ("石榴红 果农乐", "张明 刘芳 王小川 许文静"),
            ("深秋花田采菊忙 致富路上花飘香", "林川"),
        ], layout


def test_a_paper_reporting_with_its_reporter_in_brackets_is_a_dateline() -> None:
    assert find_dateline("江城消费者报报道(记者张明)青石村,位于江城北部280多公里处。") == (
        "江城消费者报报道",
        ("张明",),
    )
    assert find_dateline("据日报报道,青石村今年收入翻番。")[0] is None


_DATED_FEATURE = [
    "青山的田园牧歌",
    "江城消费者报报道(记者张明)青石村,位于江城北部280多公里处,是一个拥有112万亩林地的“美丽高岭”。",
    "从2004年开始,毗邻林场的青山县政府和百姓开始从“砍树”变为“种树”。",
    "“喜绿”",
    "农家乐留住过路客",
    "远望是蓝天白云下或深或浅的绿色山脉陡缓交错,两旁是成片的白桦林。",
    "汽车过了棋盘山镇,沿整修一新的公路拐过一个弯,眼前就是青石村。",
]


def test_a_quoted_label_over_a_section_head_in_a_datelined_report_heads_its_next_part() -> None:
    for layout in ALL_LAYOUTS:
        assert [s.title for s in segments_of(_DATED_FEATURE, layout)] == ["青山的田园牧歌"], layout
