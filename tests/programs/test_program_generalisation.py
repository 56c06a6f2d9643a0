"""Program extraction on pages unlike the development set: the wider national vocabulary, provincial programs,
titles conferred on places, and quoted local models printed in forms the first pages did not use."""

from __future__ import annotations

import pytest

from programs.canonical import national_aliases, national_canonical_names, national_program_province
from programs.extraction import find_programs


def found(text: str) -> list[tuple[str, bool]]:
    return [(mention.name, mention.national) for mention in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年,该市争取兴边富民行动中央补助资金3800万元。", "兴边富民行动"),
        ("全镇完成农村宅基地“一户一宅”摸底登记。", "一户一宅"),
        ("该县发放稻谷目标价格补贴资金2180万元。", "稻谷目标价格补贴"),
        ("新建高标准农田5万亩。", "高标准农田建设"),
        ("推广大豆玉米带状复合种植3万亩。", "大豆玉米带状复合种植"),
        ("深化农村集体经营性资产股份合作制改革。", "农村集体产权制度改革"),
        ("脱贫人口小额信贷余额达1.2亿元。", "扶贫小额信贷"),
        ("扎实开展消费帮扶,带动农产品销售。", "消费扶贫"),
        ("县域义务教育基本均衡发展通过国家评估。", "义务教育均衡发展"),
        ("该地是南水北调中线工程水源区。", "南水北调"),
    ],
)
def test_national_vocabulary_beyond_the_development_pages(text: str, expected: str) -> None:
    assert found(text) == [(expected, True)]


def test_vocabulary_is_broad_and_every_province_tag_is_a_province_name() -> None:
    assert len(national_canonical_names()) >= 250
    provinces = {record.province for record in national_aliases().values() if record.province}
    assert provinces and all(2 <= len(name) <= 3 for name in provinces)


@pytest.mark.parametrize(
    ("text", "name", "province"),
    [
        ("诸暨市委表示,将以“千万工程”为总抓手。", "千万工程", "浙江"),
        ("该市深入实施千村示范、万村整治工程。", "千万工程", "浙江"),
        ("高质量发展建设共同富裕示范区。", "共同富裕示范区", "浙江"),
        ("同山镇边村是首批未来乡村试点。", "未来乡村", "浙江"),
        ("全市“百千万工程”开局良好。", "百千万工程", "广东"),
    ],
)
def test_provincial_programs_record_their_province(text: str, name: str, province: str) -> None:
    [mention] = find_programs(text)
    assert (mention.name, mention.national, mention.province) == (name, True, province)
    assert national_program_province(name) == province


def test_national_programs_have_no_province() -> None:
    [mention] = find_programs("全面推进乡村振兴。")
    assert mention.province is None


def test_slogan_like_provincial_name_counts_only_when_quoted() -> None:
    assert found("侠父村的变化是诸暨“强村富民”的缩影。") == [("强村富民", True)]
    assert found("坚持强村富民,发展集体经济。") == []


def test_a_team_is_not_the_program_that_sends_it() -> None:
    assert found("驻村工作队帮助村民建起加工作坊。") == []
    assert found("落实驻村帮扶,选好驻村干部。") == [("驻村帮扶", True)]


@pytest.mark.parametrize(
    "text",
    [
        "村里建起数字乡村驾驶舱、共享食堂。",  # a dashboard named after the program
        "镇里开通乡村振兴助农直播间。",  # a live-stream room
        "新建全民健身中心一处。",  # a building
    ],
)
def test_national_name_run_on_into_a_product_is_not_a_mention(text: str) -> None:
    assert find_programs(text) == []


def test_national_name_before_a_verb_or_conjunction_is_still_a_mention() -> None:
    assert found("推进数字乡村搭建平台,建设数字乡村和智慧农业。") == [("数字乡村", True), ("数字乡村", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "小黄村先后获评全国乡村旅游重点村、贵州省甲级乡村旅游村寨,游客逐年增加。",
            [
                ("全国乡村旅游重点村", None, "全国乡村旅游重点村"),
                ("甲级乡村旅游村寨", "贵州", "贵州省甲级乡村旅游村寨"),
            ],
        ),
        (
            "该村已入选全国乡村旅游重点村和吉林省乡村振兴示范村。",
            [("全国乡村旅游重点村", None, "全国乡村旅游重点村"), ("乡村振兴示范村", "吉林", "吉林省乡村振兴示范村")],
        ),
        ("白龙村百年部落入选省级非遗工坊名单。", [("非遗工坊", "", "省级非遗工坊")]),
        ("3个村纳入省级乡土名品村,产业不断壮大。", [("乡土名品村", "", "省级乡土名品村")]),
        ("该村被评为国家森林乡村。", [("国家森林乡村", None, "国家森林乡村")]),
        # a municipality under the State Council confers provincial titles (上海市 ranks as a province)
        ("该镇入选上海市乡村振兴示范镇。", [("乡村振兴示范镇", "上海", "上海市乡村振兴示范镇")]),
    ],
)
def test_titles_conferred_on_places(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    mentions = find_programs(text)
    assert [(m.name, m.province, m.text) for m in mentions] == expected
    assert all(m.national for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "从江香猪入选全国名特优新农产品名录。",  # a catalogue of products, not a title for places
        "该村被评为特色精品村。",  # no conferring level: a description
        "该村获评市级文明村。",  # conferred by a city the text does not name
        "争取省级财政资金500万元。",  # a level without an award verb
    ],
)
def test_not_titles(text: str) -> None:
    assert find_programs(text) == []


@pytest.mark.parametrize(
    ("text", "name", "printed"),
    [
        ("全市培育“红枫义警”等平安类社会组织1260余家。", "红枫义警", "“红枫义警”"),
        ("光东村以“稻米+民俗+旅游”为发展路径,亩均效益提高。", "稻米+民俗+旅游", "“稻米+民俗+旅游”"),
        ("全村通过“村集体+合作社+农户”的方式流转梯田。", "村集体+合作社+农户", "“村集体+合作社+农户”"),
        # a quotation the layout broke over a blank line
        ("全村还通过“村集体+\n\n合作社+农户”的方式,流转梯田。", "村集体+合作社+农户", "“村集体+\n\n合作社+农户”"),
    ],
)
def test_quoted_local_models_in_new_forms(text: str, name: str, printed: str) -> None:
    [mention] = find_programs(text)
    assert (mention.name, mention.text, mention.national) == (name, printed, False)
    assert text[mention.start : mention.end] == printed


@pytest.mark.parametrize(
    "text",
    [
        "坚持“政府引导+市场运作+社会参与”的原则。",  # long parts describe a principle
        "他说:“我们一起干。\n\n明年再扩大。”",  # a broken quotation holding a sentence end is speech
        "涌现出“爱心妈妈”等先进典型。",  # 等 without a launching verb
    ],
)
def test_quoted_phrases_that_stay_out(text: str) -> None:
    assert find_programs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该县边民互市登记户达到900户。", "边民互市贸易"),
        ("全乡深入开展民族团结进步创建。", "民族团结进步创建"),
        ("全村共有生态移民420户。", "生态移民"),
        ("全县落实生态管护岗位1200个。", "生态管护岗位"),
        ("该县大米获评国家地理标志保护产品。", "地理标志保护产品"),
        ("全县有农业产业化国家重点龙头企业2家。", "农业产业化国家重点龙头企业"),
        ("沪滇协作资金支持建设了5个产业基地。", "沪滇协作"),  # an East-West pairing, by the provinces' abbreviations
    ],
)
def test_more_national_programs(text: str, expected: str) -> None:
    assert (expected, True) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全市深入实施“百园示范、千园提升”工程,建成美丽庭院。", "百园示范、千园提升工程"),  # a parallel pair
        ("社区建立“暖心议事厅”,解决居民难题30余件。", "暖心议事厅"),  # a founding verb before the quote
        ("街道组建“楼道帮帮队”志愿服务队5支。", "楼道帮帮队"),  # a volunteer team the clause founds
        ("村里推行“五户联保”机制,划分联保小组。", "五户联保"),  # a numbered mechanism the clause founds
        ("城关社区推行“物业+志愿者”管理", "物业+志愿者"),  # a two-part model the clause puts in place
    ],
)
def test_local_programs_founded_by_the_clause(text: str, name: str) -> None:
    assert found(text) == [(name, False)]


def test_provincial_park_designation() -> None:
    [mention] = find_programs("该县茶叶产业园已被认定为省级农业科技园区。")
    assert (mention.name, mention.national, mention.province) == ("农业科技园区", True, "")


@pytest.mark.parametrize(
    "text",
    [
        "全面实施“路平、灯亮、水美、村净”工程。",  # an enumeration of goals, not a parallel name
        "“沂蒙蜜桃”品牌价值达到20亿元。",  # a product brand's market value
        "以“物业+志愿者”为抓手提升服务。",  # a two-part formula no clause puts in place
        "加强创新协作,形成合力。",  # 协作 after ordinary words
    ],
)
def test_new_forms_that_stay_out(text: str) -> None:
    assert find_programs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该市把茶叶列为全省“3+X”产业的重点。", [("3+X", False)]),
        ("省级“1+N”帮扶办法推行以来成效明显。", [("1+N", False)]),
    ],
)
def test_count_plus_open_slot_formula_names_a_framework(text: str, expected: list[tuple[str, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", ["比分定格在“3+2”。", "村里的“三个确保”落到实处。", "组成若干“1+N”互助组。", "搭建“5+N”管理架构。"]
)
def test_number_formulas_without_an_open_slot_or_a_province_are_not_frameworks(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("该县把苹果列为陕西省“3+X”产业的重点。", "陕西"),
        ("全省“三变”改革试点扩大到20个县。", ""),
        ("全县推行“五美”工程。", None),
    ],
)
def test_a_quoted_program_printed_after_a_province_is_that_provinces(text: str, province: str | None) -> None:
    [mention] = find_programs(text)
    assert mention.province == province
