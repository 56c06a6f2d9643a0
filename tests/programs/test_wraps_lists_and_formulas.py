"""Names cut by a column wrap, members of an enumeration closed by 等 and a programme head, formulas printed with
OCR's 十 for + or named a model after 的, one programme per quotation, national programmes of rural policy — and
the look-alikes that stay out (a list of brands, a quoted facility, a sector's offices)."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs
from programs.formulas import read_ocr_plus
from programs.unwrapping import printed_span, unwrap


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


def test_a_column_wrap_is_read_through_and_spans_stay_printed() -> None:
    text = "近年来,全县各项惠农政策落实到位,林地经营权流转、宅基\n地有偿退出等重大改革稳步推进。"
    joined, offsets = unwrap(text)
    assert "宅基地有偿退出" in joined
    mention = next(m for m in find_programs(text) if m.name == "宅基地有偿退出")
    assert mention.text == "宅基\n地有偿退出"
    assert printed_span(offsets, joined.index("宅基"), joined.index("宅基") + 7) == (mention.start, mention.end)


def test_a_wrap_across_a_blank_line_or_a_windows_line_end_is_read_through() -> None:
    assert (
        unwrap("全县推进林地经营权流转、宅基\n\n地有偿退出等重大改革")[0]
        == "全县推进林地经营权流转、宅基地有偿退出等重大改革"
    )
    joined, offsets = unwrap("全县推进林地经营权流转、宅基\r\n\r\n地有偿退出。\r\n")
    assert joined == "全县推进林地经营权流转、宅基地有偿退出。\r\n"
    assert len(offsets) == len(joined) + 1


def test_a_paragraph_end_and_a_short_line_are_not_wraps() -> None:
    assert unwrap("村里成立了合作社。\n群众入股分红")[0] == "村里成立了合作社。\n群众入股分红"
    assert unwrap("产业兴旺 日子红火\n记者 张三")[0] == "产业兴旺 日子红火\n记者 张三"
    assert unwrap("全村群众户户入股人人分红增收明显\n\u3000\u3000今年以来")[0].count("\n") == 1
    headline = "东山村手工坊入选省级非遗工坊\n本报讯 近日,东山村手工坊入选省级非遗工坊名单。"
    assert unwrap(headline)[0] == headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each member of an enumeration closed by 等 and a programme head
        ("全县深入推进林地经营权流转、宅基地有偿退出等重大改革,", "宅基地有偿退出"),
        ("全县深入推进林地经营权流转、宅基地有偿退出等重大改革,", "林地经营权流转"),
        # OCR's 十 for + in a chain of actors
        ("近年来,该县实施“企业十专业合作社十农户” 的模式,带动增收。", "企业+专业合作社+农户"),
        # straight quotes and corner brackets read as Chinese quotation marks
        ('该村通过"支部+合作社+农户"运作模式,鼓励村民', "支部+合作社+农户"),
        ("该县推行「企业+基地+农户」模式,", "企业+基地+农户"),
        # a coined quotation that helps a development goal, as headlines print it
        ("湖北“院企共建”助脱贫", "院企共建"),
        # an unquoted formula named a model
        ("该村采取企业+合作社+农户模式,带动增收。", "企业+合作社+农户"),
        ("推行支部+基地+农户的发展模式,", "支部+基地+农户"),
        # designations: held (是/为), passed (通过……创建验收), graded scenic areas, quoted after the level
        ("该县黄姜为国家级农业标准化示范项目,远近闻名。", "国家级农业标准化示范项目"),
        ("东山村通过了省级生态宜居示范村创建验收,", "生态宜居示范村"),
        ("我县是全国“茶叶之乡”,", "全国茶叶之乡"),
        ("已创建成AAAA级旅游景区2个,", "A级旅游景区"),
        ("该县是国家级贫困县,", "国家扶贫开发工作重点县"),
        # a national model printed with 模式
        ("通过党支部领办合作社模式,该村探索出新路。", "党支部领办合作社"),
        ("全县建成省级美丽乡村示范镇、省级生态文明示范镇各2个,", "生态文明示范镇"),
        ("该景区成功晋级国家5A级景区。", "A级旅游景区"),
        ("全区已创建成AAA级景区3个、省级森林公园1个,", "森林公园"),
        # a local scheme among the national schemes a formula lists
        ("建立起“基本医保+大病保险+扶贫特困保+医疗救助”的医疗保障机制。", "扶贫特困保"),
        # a formula named a model or a new business form after 的
        ("北片发展茶叶产业,形成了“茶叶+康养”的文旅融合新业态;", "茶叶+康养"),
        ("该县推行“龙头企业+合作社+家庭农场+农户”的模式,", "龙头企业+合作社+家庭农场+农户"),
        # a run-in heading: a launching verb and a measure before a colon open the paragraph that describes it
        ("增收明显。\n推行互助养老:各村均成立理事会,", "互助养老"),
        # national programmes of rural policy
        ("该镇在全市率先推广农业社会化服务项目。", "农业社会化服务"),
        ("2021年,该村列入全区全域土地综合整治试点村。", "全域土地综合整治"),
        ("党支部领办合作社 带富一方百姓", "党支部领办合作社"),
        ("当地推进集体林权制度改革,", "集体林权制度改革"),
        ("农户领取粮食直补资金,", "粮食直补"),
        ("全村实现户户通自来水。", "户户通"),
    ],
)
def test_programmes_found(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # tasks closed by a bare 等行动 are generic measures
        ("开展走访慰问、技能培训等行动,", "技能培训"),
        # a count between the quotation and the head: the quotations are one list of brands
        ("该镇培育了“青山”、“绿水”两个蔬菜品牌,", "绿水"),
        # an idiom helping a goal is a metaphor
        ("产业扶贫“挑大梁” 助农增收", "挑大梁"),
        # a quoted base is a facility the clause built
        ("我们建立‘东山茶叶基地’,发动村民种植", "东山茶叶基地"),
        # an ordinary word before 系统 names a sector's offices
        ("全县“政法”系统凝心聚力", "政法"),
        # the building of a facility the quotation names
        ("该村以“绿源”现代农业示范基地建设为契机,", "绿源"),
        # a formula of three long principles after 的 describes how a model works
        ("探索“政府主导+市场运作+群众参与”的发展模式,", "政府主导+市场运作+群众参与"),
    ],
)
def test_look_alikes_stay_out(text: str, unwanted: str) -> None:
    assert not any(unwanted in name for name in _names(text))


def test_one_quotation_is_one_programme_whatever_its_head() -> None:
    text = "自实施“百花地”工程以来,新增大棚。村民应用“百花地”种植模式,年收入超过10万元。"
    assert _names(text) == ["百花地工程", "百花地工程"]


@pytest.mark.parametrize(
    ("content", "read"),
    [
        ("公司十合作社十基地十农户", "公司+合作社+基地+农户"),
        ("十大工程", "十大工程"),  # a numeral before a measure word
        ("三十家合作社十农户", "三十家合作社十农户"),  # other numerals: a number, not a formula
        ("支部十农户", "支部十农户"),  # two parts are too few to tell
    ],
)
def test_ocr_plus_is_read_only_in_chains_of_nouns(content: str, read: str) -> None:
    assert read_ocr_plus(content) == read
