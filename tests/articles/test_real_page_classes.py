"""Segmentation classes met on real published pages, each checked in every layout of `evaluation.layouts`:
bracketed picture credits and outlet credit forms, kickers set before 丨 and series names in brackets,
numbered section lines, phrase-shaped section heads over text that goes on, headlines that list with 、,
and wrapped lines that must be rejoined. The texts are made up in the shape of each class."""

import pytest

from articles.bylines import parse_credit_line, split_bracketed_photo_credit, split_trailing_paren_credit
from articles.headline_shapes import is_section_marker, split_kicker_bar, split_trailing_series
from articles.layout import unwrap_columns
from articles.paragraph_cues import continues_earlier_text
from tests.articles.page_builder import ALL_LAYOUTS, segments_of


def titles(lines: list[str], layout: str) -> list[str | None]:
    return [segment.title for segment in segments_of(lines, layout, seed=3) if segment.kind != "photo"]


# -- credits ----------------------------------------------------------------------------------------------
def test_bracketed_picture_credits_with_an_agency_or_a_media_desk() -> None:
    assert split_trailing_paren_credit("村民正在采收脐橙。(新华社发 周明摄)")[0] == ("周明",)
    assert split_trailing_paren_credit("果园喜获丰收。(江城日报全媒记者 许静 通讯员 黄杉 摄)")[0] == ("许静", "黄杉")
    # a role word right after a name, as a rejoined wrapped line prints it
    assert split_trailing_paren_credit("果园喜获丰收。(江城日报全媒记者许静通讯员 黄杉 摄)")[0] == ("许静", "黄杉")
    credit = parse_credit_line("(江城日报全媒记者 许静 摄)")
    assert credit is not None and credit.closing and credit.photo and credit.names == ("许静",)


def test_outlet_credit_forms_and_a_reporting_place_glued_to_the_verb() -> None:
    credit = parse_credit_line("红星网时刻采访人员 张立文 黔东报道")
    assert credit is not None and credit.names == ("张立文",)
    author = parse_credit_line("作者 李明 王芳")
    assert author is not None and author.names == ("李明", "王芳")


PICTURE_PAGE = [
    "柳河镇稻田综合种养调查",
    "记者 孙浩 周宁",
    "从县城出发向东行驶约30公里,就到了柳河镇。镇里的稻田一眼望不到边,稻花鱼在水田里游来游去。",
    "全镇稻田面积1.2万亩,去年综合种养面积达到6000亩,亩均增收1500元。",
    "江北:稻渔共生富农家",
    "9月3日,江北县驻青石镇工作队队员和村民一起收获稻花鱼。",
    "从今年开始,江北县推广稻渔综合种养,带动全县2000多户农户增收,确保农民持续增收有保障。(新华社发 陈亮摄)",
    "江城日报讯 8月8日,桐溪乡白岩村的新果园迎来首批游客,村集体收入突破20万元。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_bracketed_picture_credit_ahead_ends_a_feature_signed_at_its_head(layout: str) -> None:
    assert titles(PICTURE_PAGE, layout)[:2] == ["柳河镇稻田综合种养调查", "江北:稻渔共生富农家"]
    bodies = [s.body for s in segments_of(PICTURE_PAGE, layout, seed=3)]
    assert any(body.startswith("江城日报讯") for body in bodies)  # the untitled report after the credit


# -- headline stacks --------------------------------------------------------------------------------------
def test_a_kicker_before_a_bar_and_a_bracketed_series_name_are_split_off() -> None:
    assert split_kicker_bar("山城快讯丨河谷里的柑橘熟了") == ("河谷里的柑橘熟了", "山城快讯")
    assert split_kicker_bar("稳字当头 进中求新 | 江南乡村迎来新气象") == ("江南乡村迎来新气象", "稳字当头 进中求新")
    assert split_kicker_bar("水|电") == ("水|电", None)
    series = split_trailing_series("东岭村 山绿了 人富了(走进新时代的乡村)")
    assert series == ("东岭村 山绿了 人富了", "走进新时代的乡村")
    assert split_trailing_series("破解三大难题(1):钱从哪里来")[1] is None


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_kicker_and_series_name_become_the_subtitle(layout: str) -> None:
    lines = [
        "山城快讯丨河谷里的柑橘熟了",
        "本报讯 近日,河谷镇的柑橘进入采摘期,果农忙着采收装箱,预计产量5000吨。",
        "东岭村 山绿了 人富了(走进新时代的乡村)",
        "本报讯 东岭村今年新造林2000亩,村民人均收入增长12%,村集体收入超过30万元。",
    ]
    segments = segments_of(lines, layout, seed=3)
    assert [(s.title, s.subtitle) for s in segments] == [
        ("河谷里的柑橘熟了", "山城快讯"),
        ("东岭村 山绿了 人富了", "走进新时代的乡村"),
    ]


# -- sections inside an article ---------------------------------------------------------------------------
def test_section_markers() -> None:
    assert all(is_section_marker(text) for text in ("A", "02", "三、", "③"))
    assert not any(is_section_marker(text) for text in ("AB", "2023", "开栏的话"))


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_numbered_part_is_a_section_of_the_open_article(layout: str) -> None:
    lines = [
        "青山县三个村的振兴路",
        "在青山县,石门、柳塘、桃源三个村曾是全县最困难的村,如今都有了自己的产业。",
        "B",
        "柳塘村:小香菇撑起大产业",
        "年前,柳塘村的香菇大棚里一派忙碌,村民们忙着采收、分拣、装箱。",
        "02",
        "稳增收——",
        "桃源村走上旅游路",
        "每到周末,桃源村的民宿都住满了游客,村民在家门口就能挣到钱。",
    ]
    segments = segments_of(lines, layout, seed=3)
    assert [s.title for s in segments] == ["青山县三个村的振兴路"]
    assert "柳塘村:小香菇撑起大产业" in segments[0].body and "桃源村走上旅游路" in segments[0].body


def test_text_that_goes_on() -> None:
    assert continues_earlier_text("无独有偶,石桥村也找到了自己的路子。")
    assert continues_earlier_text("石桥村地处山区,全村三百余户。")
    assert not continues_earlier_text("5月3日,青山县石桥村举行丰收节。")
    assert not continues_earlier_text("青山县石桥村地处山区,全村三百余户。")


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_phrase_shaped_heads_over_text_that_goes_on_are_sections(layout: str) -> None:
    lines = [
        "绿水青山变成金山银山",
        "发展壮大村集体经济,是乡村振兴的关键。近年来,河西区各镇村围绕生态农业,走出了一条增收之路。",
        "光伏发电 村民受益",
        "东岗镇石桥村地处山区,全村百余户。去年,一个光伏发电项目在村里建成,村集体年增收10万元。",
        "特色种植 多点开花",
        "无独有偶,西岭村也找到了自己的发展路子,种植的高山蔬菜远销外地,带动村民增收。",
        "湖滨市设施农业面积居全省首位",
        "2月5日,湖滨市农业农村局发布消息,全市设施农业面积达到120万亩,产量居全省首位。",
    ]
    assert titles(lines, layout) == ["绿水青山变成金山银山", "湖滨市设施农业面积居全省首位"]


# -- headlines --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_listing_with_enumeration_commas_over_a_news_lede(layout: str) -> None:
    lines = [
        "河东镇推进人居环境整治",
        "本报讯 河东镇今年完成改厕1200户,新建污水管网15公里,村容村貌明显改善。",
        "全省6个镇、12个村入选省级农业产业强镇名单",
        "12日,省农业农村厅公布了省级农业产业强镇名单,全省共有6个镇、12个村入选。",
    ]
    assert titles(lines, layout) == ["河东镇推进人居环境整治", "全省6个镇、12个村入选省级农业产业强镇名单"]


# -- wrapped columns --------------------------------------------------------------------------------------
def test_a_caption_credit_cut_after_its_outlet_is_rejoined() -> None:
    column = [
        "村民们在合作社的大棚里采摘新鲜草莓,今年草莓",
        "亩产比去年提高了两成,收入增长明显。新华社",
        "记者 王强 摄",
    ] + ["合作社负责人介绍,今年共发展草莓种植面积五百亩"] * 6
    text = unwrap_columns("\n".join(column) + "\n").text
    assert "收入增长明显。新华社记者 王强 摄" in text


# -- captions and datelines -------------------------------------------------------------------------------
def test_a_bracketed_photo_credit_right_after_the_words_closes_a_caption() -> None:
    assert split_bracketed_photo_credit("河湾村的新村道两旁种满了格桑花(江南网记者 周立 摄)")[0] == ("周立",)
    # after a full stop the bracket closes a whole item: not a caption's mark
    assert split_bracketed_photo_credit("河湾村的新村道建成通车。(江南网记者 周立 摄)")[0] == ()
    credit = parse_credit_line("江南网记者")
    assert credit is not None and credit.names == ()


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_caption_with_a_bracketed_credit_and_a_dateline_line_repeating_the_headline(layout: str) -> None:
    lines = [
        "江南:茶园里的新生活",
        "江南网南湖5月6日消息(记者周立)春茶开采,南湖县的茶园里一片忙碌,茶农们忙着采摘新茶。",
        "南湖县白石村的茶园连片成林(江南网记者 周立 摄)",
        "近日,记者走进南湖县多个乡镇,看到茶产业已成为当地群众增收的主要来源。",
        "北岭:生态产业添活力",
        "新华社北岭9月2日电 题:北岭:生态产业添活力",
        "新华社记者",
        "北岭市的特色产业集群效应持续扩大,农文旅融合激活了乡村发展的新动能。",
    ]
    segments = segments_of(lines, layout, seed=3)
    assert [(s.kind, s.title) for s in segments] == [
        ("news", "江南:茶园里的新生活"),
        ("photo", None),
        ("news", "北岭:生态产业添活力"),
    ]
    assert segments[2].dateline is not None and segments[2].dateline.startswith("新华社北岭9月2日电")


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_short_unpunctuated_line_inside_a_datelined_report_is_a_section(layout: str) -> None:
    lines = [
        "东坡镇:村里的路宽了",
        "本报5月8日讯(记者 林立)走进东坡镇,新修的水泥路通到了家家户户门口,村民出行方便多了。",
        "产业发展迈上新台阶",
        "9日,记者来到东坡镇石门村,村里的蔬菜大棚一座连着一座,村民正忙着采摘黄瓜。",
        "开栏的话",
        "从今天起,本报推出“走基层”专栏,带您走进乡村一线,看看这些年的新变化。",
    ]
    assert titles(lines, layout) == ["东坡镇:村里的路宽了", "开栏的话"]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_caption_under_the_headline_belongs_to_its_article(layout: str) -> None:
    lines = [
        "草原上的新牧场",
        "图为牧民正赶着羊群回家。王涛 摄",
        "本报讯 6月,草原上水草丰美,牧民们忙着转场放牧,合作社统一收购牛羊,户均增收2万元。",
    ]
    (article,) = segments_of(lines, layout, seed=3)
    assert article.title == "草原上的新牧场" and article.dateline == "本报讯"


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_credit_under_an_agency_dateline_that_repeats_the_headline_signs_the_report(layout: str) -> None:
    lines = [
        "山乡茶园绿意浓",
        "中新网江南3月10日电 题:山乡茶园绿意浓",
        "作者 周立 王芳",
        "初春正是种茶的好时节,茶农们每天都到茶园里忙碌,今年茶园面积预计扩大到800亩。",
    ]
    (article,) = segments_of(lines, layout, seed=3)
    assert article.title == "山乡茶园绿意浓" and article.byline == "周立 王芳"


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_figures_under_a_slogan_are_its_subtitle(layout: str) -> None:
    lines = [
        "产业兴旺 百姓富足",
        "近5年全县农民人均收入从8600元增长到1.5万元",
        "本报讯 近年来,全县大力发展特色产业,农民收入连年增长,产业带动能力明显增强。",
    ]
    (article,) = segments_of(lines, layout, seed=3)
    assert (article.title, article.subtitle) == ("产业兴旺 百姓富足", "近5年全县农民人均收入从8600元增长到1.5万元")


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_topic_colon_question_line_is_a_headline(layout: str) -> None:
    lines = [
        "乡村振兴三问(2):钱从哪里来?",
        "办法总比困难多。",
        "发展产业需要资金,不少村子为此犯难。记者在青山县采访发现,合作社正在成为新的资金来源。",
    ]
    (article,) = segments_of(lines, layout, seed=3)
    assert article.title == "乡村振兴三问(2):钱从哪里来?"
    asked = ["他问:钱从哪里来?", "发展产业需要资金,不少村子为此犯难,合作社正在成为新的资金来源。"]
    assert segments_of(asked, layout, seed=3)[0].title is None


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_two_line_section_head_of_an_unsigned_feature(layout: str) -> None:
    lines = [
        "人才回流在乡村",
        "乡村振兴,首先要有人。记者在青山县的一些村子采访发现,回乡创业的年轻人越来越多。",
        "种植大户:年轻人占了一半",
        "王芳的第三次回乡",
        "王芳今年32岁,原先在城里一家工厂上班,去年回到村里承包了200亩土地种植蔬菜。",
        "以奖代补促提升",
        "河东区农村环境整治入选省级典型案例",
        "日前,河东区农村环境整治案例入选省级典型案例,全区已建成美丽乡村示范村30个。",
    ]
    assert titles(lines, layout) == ["人才回流在乡村", "河东区农村环境整治入选省级典型案例"]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_picture_report_after_a_feature_signed_at_its_head(layout: str) -> None:
    lines = [
        "走进石门村:荒山变成了果园",
        "江南日报记者 周立",
        "今天,记者来到石门村蹲点。石门村是典型的石山区,全村耕地不足千亩,过去村民靠天吃饭。",
        "这几年,村里引导村民种植百香果,每亩年收入达到3000元左右。",
        "山乡橘子红",
        "11月5日,村民在青山县的柑橘示范园里采收橘子。",
        "这片示范园面积达2000亩,带动周边农户增收。",
        "新华社记者 王强 摄",
    ]
    assert titles(lines, layout) == ["走进石门村:荒山变成了果园", "山乡橘子红"]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_labelled_part_of_a_feature_signed_at_its_head(layout: str) -> None:
    lines = [
        "千村共富 万户增收",
        "周立 王芳",
        "面对乡村振兴这道题,各地解法各异。江南市的答案,写在一个个村子的变化里。",
        "全市农林牧渔业总产值连续三年居全省首位,农村居民收入持续增长。",
        "破题之道",
        "小村也能走出大路",
        "小村振兴难,难在缺资源、缺人才。石门村的变化令人惊喜,村民的日子越过越红火。",
        "全省9个镇入选农业产业强镇名单",
        "10日,省农业农村厅公布了农业产业强镇名单,全省共有9个镇入选。",
    ]
    assert titles(lines, layout) == ["千村共富 万户增收", "全省9个镇入选农业产业强镇名单"]
