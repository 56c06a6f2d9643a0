"""Segmentation classes seen on the real7/real8 pages (issue 11), each checked in every layout of
`evaluation.layouts`: a dateline-and-credit line under a headline, kickers ending in a dash, jump lines,
headlines ending in an exclamation mark. The texts are made up in the shape of each class."""

import pytest

from articles.bylines import (
    find_dateline,
    parse_credit_line,
    split_trailing_credit,
)
from articles.dateline_lines import is_dateline_line, leading_paren_credit
from articles.headline_shapes import jump_line, without_wire_dateline
from articles.paragraph_cues import restates_heading
from tests.articles.page_builder import ALL_LAYOUTS, segments_of


def test_a_paper_named_x_bao_opens_a_dateline_with_its_reporters_after_a_space() -> None:
    assert find_dateline("山乡新报讯 记者林川 周北 通讯员马可 许文静") == (
        "山乡新报讯",
        ("林川", "周北", "马可", "许文静"),
    )
    assert find_dateline("本报讯 记者周北报道 5月8日,青石镇举办茶叶节。") == ("本报讯", ("周北",))
    # A reporter learning something names no one.
    assert find_dateline("本报讯 记者从县农业农村局获悉,今年全县种植茶叶3万亩。") == ("本报讯", ())
    assert find_dateline("喜报传来,全村沸腾。")[0] is None


DATED_CREDIT_UNDER_HEADLINE = [
    "青山深处拔穷根",
    "山乡新报讯 记者林川 周北 通讯员马可 许文静",
    "青石县地处山区,所辖十个乡镇都曾是贫困乡镇,脱贫任务十分繁重。",
    "2019年起,县里实施产业扶贫战略,每个村都有一个主导产业,带动1200户贫困户增收。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_dateline_and_credit_line_under_a_headline_is_not_the_title(layout: str) -> None:
    segments = segments_of(DATED_CREDIT_UNDER_HEADLINE, layout)
    assert [s.title for s in segments] == ["青山深处拔穷根"]
    assert segments[0].byline == "林川 周北 马可 许文静"


KICKER_WITH_DASH = [
    "青石县东山村党总支——",
    "支部领办合作社 种出三千亩良田",
    "□ 记者 林川 实习生 周北",
    "八月中旬,稻浪翻滚。东山村的优质粮食生产基地3000多亩水稻迎来抽穗期。",
    "不远处,东山村土地股份合作社的院子里,收割机、拖拉机整装待发,村民们忙着检修农机。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_kicker_ending_in_a_dash_is_not_the_title_over_a_two_phrase_headline(layout: str) -> None:
    segments = segments_of(KICKER_WITH_DASH, layout)
    assert [(s.title, s.subtitle) for s in segments] == [("支部领办合作社 种出三千亩良田", "青石县东山村党总支")]


def test_jump_lines_say_where_a_report_goes_on_or_came_from() -> None:
    assert jump_line("(上接第1版)") == "from"
    assert jump_line("上接第一版") == "from"
    assert jump_line("下转A03版") == "to"
    assert jump_line("(转第4版)") == "to"
    assert jump_line("上接第1版 村里的事") is None
    assert jump_line("接下来的工作") is None


TITLED_CONTINUATION = [
    "东山村党支部领办合作社",
    "□ 记者 林川",
    "八月中旬,稻浪翻滚。东山村的优质粮食生产基地3000多亩水稻迎来抽穗期。",
    "2022年初,青石县全面推进土地、劳务、资本三个合作社建设,由村党支部领办。",
    "五年擂台,打出一个小目标",
    "(上接第1版)",
    "“看到别的村都在报项目,我们也着急。”村党支部书记说,村里的年轻人大多外出务工。",
    "合作社现有农机20台,今年的作业面积还在向邻村扩大,全年增收50万元。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_over_a_continued_from_line_opens_its_report(layout: str) -> None:
    segments = segments_of(TITLED_CONTINUATION, layout)
    assert [s.title for s in segments] == ["东山村党支部领办合作社", "五年擂台,打出一个小目标"]
    assert segments[1].body.startswith("“看到别的村")


UNTITLED_CONTINUATION = [
    "东山村描绘美丽宜居新图景",
    "记者 林川 通讯员 周北",
    "雕梁画栋的凉亭,设施齐全的健身场所,清新自然的墙体画廊,东山村处处是风景。",
    "就在一个多月前,东山村通过了省级美丽宜居示范村创建验收,全村游客增加三成。",
    "",
    "上接第1版",
    "2021年至2022年,西坡村列入全域国土空间综合整治试点村,整理土地300亩。",
    "除了发展蔬菜产业外,西坡村党总支还积极引入光伏发电项目,每年为村集体增收10万元。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_continued_from_line_is_no_title_and_opens_the_continuation(layout: str) -> None:
    segments = segments_of(UNTITLED_CONTINUATION, layout)
    assert [(s.title, s.body[:4]) for s in segments] == [("东山村描绘美丽宜居新图景", "雕梁画栋"), (None, "2021")]


HEADLINE_AFTER_AN_UNTITLED_SIGNED_TEXT = [
    "□ 王小川 周北",
    "走进东山县青石镇莫园村,一排排茶树整齐排列,村民们正忙着采摘春茶。",
    "村支部书记介绍说:“精准扶贫工作开展以来,村里发展茶叶800亩,贫困户都有了稳定收入。”",
    "东山县贫困村贫困户帮扶率先全覆盖",
    "2月24日,记者从东山县农村工作会议上获悉,全县贫困村贫困户帮扶已实现全覆盖。",
    "2015年,该县粮食等大宗农产品稳步增长,粮食总产量达到60万吨。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_over_a_dated_lede_after_an_untitled_signed_text_opens_a_report(layout: str) -> None:
    segments = segments_of(HEADLINE_AFTER_AN_UNTITLED_SIGNED_TEXT, layout)
    assert [(s.title, s.body[:2]) for s in segments] == [(None, "走进"), ("东山县贫困村贫困户帮扶率先全覆盖", "2月")]


def test_a_lede_restating_a_two_phrase_headline() -> None:
    assert restates_heading("进入采摘季 青石猕猴桃购销两旺", "进入采摘季之后,青石红心猕猴桃购销两旺。9月1日上午……")
    assert not restates_heading("茶旅融合", "茶旅融合是村里的新路子。")
    assert not restates_heading("产业兴旺 日子红火", "近年来,村里发展香菇种植,村民收入稳步增长。")


HEADLINE_AFTER_AN_UNTITLED_DATED_REPORT = [
    "本报讯(记者林川)以青石雪梨为主的青石梨闻名全国。8月20日,走进该县云峰镇,公路边停着4辆大卡车正等着收梨。",
    "高级农艺师说:“目前,全县的青石梨已达16万亩,每亩可达到3吨,今年收入可达1.6亿元左右。”",
    "进入采摘季 青石猕猴桃购销两旺",
    "进入采摘季之后,青石红心猕猴桃购销两旺。9月1日上午,县城水果门市部里,市民在选购猕猴桃鲜果。",
    "近年来,青石将红心猕猴桃作为全县优势特色产业进行培育,全县种植面积达35万亩。(记者 周北)",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_restated_by_its_lede_after_an_untitled_dated_report_opens_a_report(layout: str) -> None:
    segments = segments_of(HEADLINE_AFTER_AN_UNTITLED_DATED_REPORT, layout)
    assert [s.title for s in segments] == [None, "进入采摘季 青石猕猴桃购销两旺"]


def test_a_dateline_and_its_credit_on_a_line_of_their_own() -> None:
    assert is_dateline_line("本报讯(记者林川周北文/图)")
    assert is_dateline_line("山乡新报讯 记者林川 周北 通讯员马可")
    assert not is_dateline_line("本报讯(记者林川)青石梨闻名全国。")
    assert not is_dateline_line("本报讯 记者从县农业农村局获悉")


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_the_text_of_an_untitled_report_starts_under_its_dateline_line(layout: str) -> None:
    page = ["本报讯(记者林川周北文/图)", *HEADLINE_AFTER_AN_UNTITLED_DATED_REPORT[0].split(")", 1)[1:]]
    page += HEADLINE_AFTER_AN_UNTITLED_DATED_REPORT[1:]
    segments = segments_of(page, layout)
    assert (segments[0].title, segments[0].body[:4]) == (None, "以青石雪")
    assert segments[0].dateline == "本报讯"


def test_a_bracketed_credit_opening_a_paragraph() -> None:
    assert leading_paren_credit("(王小川)11月8日,省农业农村厅组织媒体记者走进青石县。") == ("王小川",)
    assert leading_paren_credit("(周北 记者 林川)“自2019年营业以来,带动贫困户20余户。”") == ("周北", "林川")
    assert leading_paren_credit("(一)产业发展") == ()
    assert leading_paren_credit("(2019年)全县") == ()


REPORT_OPENING_ON_ITS_REPORTER = [
    "青石县新增两个全国一村一品示范村",
    "山城商报记者 林川 通讯员 周北",
    "近日,农业农村部发文公布了新认定的第九批全国一村一品示范村镇名单,青石县两个村入选。",
    "东山村村域总面积7平方公里,下辖8个村民小组,全村种植茶叶3000亩。",
    "省市媒体走进青石县开展产业兴旺采风活动",
    "(王小川)11月8日,省农业农村厅组织新华社、人民网等媒体记者走进青石县采风。",
    "近年来,我县把发展特色产业放在农业农村工作的突出位置,建成产业基地20个。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_over_a_paragraph_opening_on_its_reporter_in_brackets_opens_a_report(layout: str) -> None:
    segments = segments_of(REPORT_OPENING_ON_ITS_REPORTER, layout)
    assert [s.title for s in segments] == ["青石县新增两个全国一村一品示范村", "省市媒体走进青石县开展产业兴旺采风活动"]
    assert segments[1].byline == "王小川"


EXCLAIMED_HEADLINE = [
    "青石日报社倾力扶持东山村群众发展香菇",
    "本报讯(记者 林川)11月1日,青石县东山村村民正在村产业园内采摘香菇,今年全村香菇增收30万元。",
    "今年7月,青石日报社帮扶东山村后,为该村集体经济发展出谋划策,建起标准化大棚20个。",
    "据了解,东山村香菇产业园占地30亩,建标准化菌棚15个,带动周边群众就近务工,人均月增收2000元。",
    "木耳丰收啦!",
    "11月26日,青石县西坡村食用菌大棚里,工人正在采摘木耳。(本报通讯员 周北 摄)",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_short_exclaimed_headline_over_a_dated_lede_titles_its_item(layout: str) -> None:
    segments = segments_of(EXCLAIMED_HEADLINE, layout)
    assert [s.title for s in segments] == ["青石日报社倾力扶持东山村群众发展香菇", "木耳丰收啦!"]


def test_a_picture_pages_marked_production_credits_sign_nothing() -> None:
    for line in ("■整理编辑:周 北", "■本期摄影:林川 马可", "本版制图:许文静"):
        credit = parse_credit_line(line)
        assert credit is not None and credit.picture_source and credit.production, line


PICTURE_PAGE_CREDITS = [
    "9月21日,青石县南大里乡东山村,村民在田间忙着收割成熟的谷子。",
    "金色九月,东山村200多亩金灿灿、沉甸甸的谷子迎来丰收,村民们脸上洋溢着丰收的喜悦。",
    "■整理编辑:周 北",
    "■本期摄影:林川 马可",
    "近年来,青石县石门乡党委、政府通过党支部+合作社+基地+农户的经营模式发展中药材种植。",
    "本报记者许文静 通讯员王小川 摄",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_production_credits_of_a_picture_page_end_the_item_above_and_title_nothing(layout: str) -> None:
    segments = segments_of(PICTURE_PAGE_CREDITS, layout)
    assert [(s.title, s.body[:4]) for s in segments] == [(None, "9月21"), (None, "近年来,")]


def test_a_picture_label_with_its_photographer_set_off_by_spaces() -> None:
    assert split_trailing_credit("东山镇成片桑田 王小川 摄")[0] == ("王小川",)
    assert split_trailing_credit("全村 大家 摄")[0] == ()


HEADLINE_STACK_OVER_PICTURES = [
    "富民路上干出新实景",
    "青石:特色小镇争奇斗艳",
    "东山镇十里菊香景区",
    "林川 摄",
    "西坡镇成片桑田 周北 摄",
    "南湖镇水产品深加工 马可 摄",
    "从空中俯视,一排排整齐的菊花田埂犹如一条条彩带,构成一幅美丽的田园画卷。",
    "近年来,青石县坚持一镇一品,挖掘利用自然资源禀赋,打造了一批特色小镇,带动农民增收。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_the_picture_label_under_a_headline_stack_is_not_the_title(layout: str) -> None:
    segments = segments_of(HEADLINE_STACK_OVER_PICTURES, layout)
    assert [(s.title, s.subtitle) for s in segments][:1] == [("青石:特色小镇争奇斗艳", "富民路上干出新实景")]


def test_a_wire_dateline_line_gives_its_headline_after_ti() -> None:
    assert (
        without_wire_dateline("青城7月20日电 题:从脱贫攻坚到乡村振兴 山区村庄展新颜")
        == "从脱贫攻坚到乡村振兴 山区村庄展新颜"
    )
    assert without_wire_dateline("主题:乡村振兴在行动") == "主题:乡村振兴在行动"


def test_a_photo_credit_in_square_brackets() -> None:
    credit = parse_credit_line("[通讯员 王小川 摄]")
    assert credit is not None and credit.photo and credit.names == ("王小川",)


WIRE_DATELINE_HEADLINE = [
    "青城7月20日电 题:从脱贫攻坚到乡村振兴 山区村庄展新颜",
    "记者 林川 周北",
    "中越边境的青石县东山村后卡屯,坐落在群山之中,过去村民出行全靠步行,如今通了水泥路。",
    "55岁村民世代居住于此,以前的房子建在山坡上,如今全家搬进了三层小楼,年收入超过5万元。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_the_headline_a_wire_dateline_names_after_ti_is_the_title(layout: str) -> None:
    segments = segments_of(WIRE_DATELINE_HEADLINE, layout)
    assert [s.title for s in segments] == ["从脱贫攻坚到乡村振兴 山区村庄展新颜"]
