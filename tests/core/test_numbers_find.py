"""find_quantities: figures with units and qualifiers in running text, and everything that is not one."""

from decimal import Decimal

import pytest

from core.text.numbers import Quantity, find_quantities


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(str(q.value), q.unit, q.qualifier) for q in find_quantities(text)]


# (text, [(value, unit, qualifier), ...])
COUNTS = [
    ("引进34位人才", [("34", "位", "exact")]),
    ("34人获得称号", [("34", "人", "exact")]),
    ("全市建成美丽乡村498个", [("498", "个", "exact")]),
    ("志愿服务队1127支", [("1127", "支", "exact")]),
    ("到位干部724名", [("724", "名", "exact")]),
    ("党员中心户69户", [("69", "户", "exact")]),
    ("发展网上商铺57家", [("57", "家", "exact")]),
    ("开展活动345场次", [("345", "场次", "exact")]),
    ("规范集贸市场6处", [("6", "处", "exact")]),
    ("上报事项19303条", [("19303", "条", "exact")]),
    ("受理投诉195件", [("195", "件", "exact")]),
    ("纳入16项重点工作", [("16", "项", "exact")]),
    ("栽植苗木35.54万棵", [("355400", "棵", "exact")]),
    ("更换路灯280盏", [("280", "盏", "exact")]),
    ("配备42台指氧夹", [("42", "台", "exact")]),
    ("明白扇5000把", [("5000", "把", "exact")]),
    ("宣传海报3000张", [("3000", "张", "exact")]),
    ("设置展板17块", [("17", "块", "exact")]),
    ("淘宝小木屋10间", [("10", "间", "exact")]),
    ("公墓规划建设280套", [("280", "套", "exact")]),
    ("建设学校3所", [("3", "所", "exact")]),
    ("新建桥梁2座", [("2", "座", "exact")]),
    ("建起4栋老年公寓", [("4", "栋", "exact")]),
    ("出动洒水车3辆", [("3", "辆", "exact")]),
    ("繁育良种1500头", [("1500", "头", "exact")]),
    ("核实合同4335份", [("4335", "份", "exact")]),
    ("共有1265口人", [("1265", "口", "exact")]),
    ("8类慢性病", [("8", "类", "exact")]),
    ("10种功能", [("10", "种", "exact")]),
    ("11大类", [("11", "大类", "exact")]),
    ("14方面的问题", [("14", "方面", "exact")]),
    ("惠及学生21301人次", [("21301", "人次", "exact")]),
    ("服务5.2万人次", [("52000", "人次", "exact")]),
    ("覆盖3.6万户居民", [("36000", "户", "exact")]),
    ("两个党小组", [("2", "个", "exact")]),
    ("两支队伍", [("2", "支", "exact")]),
    ("三条生产线", [("3", "条", "exact")]),
    ("六个办所力量", [("6", "个", "exact")]),
    ("建设污水处理厂一处。", [("1", "处", "exact")]),
    ("每月走访一次。", [("1", "次", "exact")]),
    ("由每日一餐增加至每日三餐", [("1", "餐", "exact"), ("3", "餐", "exact")]),
    ("三千五百四十五亩耕地", [("3545", "亩", "exact")]),
    ("十八个村", [("18", "个", "exact")]),
    ("贰佰元", [("200", "元", "exact")]),
    ("确诊病例3例", [("3", "例", "exact")]),
    ("增长3倍", [("3", "倍", "exact")]),
    ("提升七成", [("70", "%", "exact")]),
    # Containers and produce counted in their own measure words (菌袋, 玉米穗, 鱼苗, 禽苗).
    ("发展袋料香菇50万袋", [("500000", "袋", "exact")]),
    ("亩产鲜穗约2800穗", [("2800", "穗", "approx")]),
    ("投放鱼苗12万尾", [("120000", "尾", "exact")]),
    ("存栏蛋鸡3万羽", [("30000", "羽", "exact")]),
    ("销售蜂蜜2000瓶", [("2000", "瓶", "exact")]),
]

MONEY_AREA_LENGTH_WEIGHT = [
    ("发放补助1370.19万元", [("13701900", "元", "exact")]),
    ("整合资金2.49亿元", [("249000000", "元", "exact")]),
    ("捐赠助学金8000元", [("8000", "元", "exact")]),
    ("收缴欠款257.92万元", [("2579200", "元", "exact")]),
    ("固定资产20亿元", [("2000000000", "元", "exact")]),
    ("捐款3,682.27万元", [("36822700", "元", "exact")]),
    ("奖励５０００元", [("5000", "元", "exact")]),
    ("投资5千元", [("5000", "元", "exact")]),
    ("援助100万美元", [("1000000", "美元", "exact")]),
    ("只收2块钱", [("2", "元", "exact")]),
    ("占地120亩", [("120", "亩", "exact")]),
    ("修缮路面8.47万平方米", [("84700", "平方米", "exact")]),
    ("建成3万平方的商业街", [("30000", "平方米", "exact")]),
    ("面积200平米", [("200", "平米", "exact")]),
    ("面积300㎡", [("300", "平方米", "exact")]),
    ("流域面积12平方公里", [("12", "平方公里", "exact")]),
    ("造林50公顷", [("50", "公顷", "exact")]),
    ("修建水泥路6公里", [("6", "公里", "exact")]),
    ("硬化1723米", [("1723", "米", "exact")]),
    ("管廊35.63公里", [("35.63", "公里", "exact")]),
    ("步行5里", [("5", "里", "exact")]),
    ("全长8km", [("8", "km", "exact")]),
    ("粮食产量270万斤", [("2700000", "斤", "exact")]),
    ("产能20万吨", [("200000", "吨", "exact")]),
    ("收获300公斤", [("300", "公斤", "exact")]),
    ("蓄水5万立方米", [("50000", "立方米", "exact")]),
    ("装机200千瓦", [("200", "千瓦", "exact")]),
    ("每亩补贴500元/亩", [("500", "元", "exact")]),
    ("每天可带动群众务工30余人/次", [("30", "人次", "more_than")]),
]

PERCENTAGES = [
    ("处理率达到100%", [("100", "%", "exact")]),
    ("满意率95.9%", [("95.9", "%", "exact")]),
    ("占全市的40.1%", [("40.1", "%", "exact")]),
    ("满意率９５％", [("95", "%", "exact")]),
    ("百分之九十的群众", [("90", "%", "exact")]),
    ("百分之百完成", [("100", "%", "exact")]),
    ("下降了两个百分点", [("2", "百分点", "exact")]),
    ("提高3.5个百分点", [("3.5", "百分点", "exact")]),
    ("提高1.2百分点", [("1.2", "百分点", "exact")]),
    ("千分之五的比例", [("5", "‰", "exact")]),
]

DURATIONS = [
    ("平均办理时间17.3个小时", [("17.3", "个小时", "exact")]),
    ("上线4个月", [("4", "个月", "exact")]),
    ("用了3个多月", [("3", "个月", "more_than")]),
    ("历时15天", [("15", "天", "exact")]),
    ("一整天时间", [("1", "天", "exact")]),
    ("至少要两天时间", [("2", "天", "at_least")]),
    ("每两周开展", [("2", "周", "exact")]),
    ("干了10年", [("10", "年", "exact")]),
    ("30年来", [("30", "年", "exact")]),
    ("等候40分钟", [("40", "分钟", "exact")]),
    ("3个工作日内办结", [("3", "个工作日", "exact")]),
    ("一个半小时", [("1.5", "个小时", "exact")]),
    ("两年半", [("2.5", "年", "exact")]),
    ("用时3小时", [("3", "小时", "exact")]),
]

QUALIFIERS = [
    ("约3公里", [("3", "公里", "approx")]),
    ("大约200人", [("200", "人", "approx")]),
    ("近3万人", [("30000", "人", "approx")]),
    ("将近50户", [("50", "户", "approx")]),
    ("30户左右", [("30", "户", "approx")]),
    ("300人上下", [("300", "人", "approx")]),
    ("十来个", [("10", "个", "approx")]),
    ("10余种", [("10", "种", "more_than")]),
    ("1300余万元", [("13000000", "元", "more_than")]),
    ("867万余元", [("8670000", "元", "more_than")]),
    ("400余人", [("400", "人", "more_than")]),
    ("60多里", [("60", "里", "more_than")]),
    ("460多万元", [("4600000", "元", "more_than")]),
    ("19万多件", [("190000", "件", "more_than")]),
    ("3万余条", [("30000", "条", "more_than")]),
    ("300户以上", [("300", "户", "more_than")]),
    ("1500头以上", [("1500", "头", "more_than")]),
    ("超过70%", [("70", "%", "more_than")]),
    ("超过10万元", [("100000", "元", "more_than")]),
    ("突破1亿元", [("100000000", "元", "more_than")]),
    ("逾千人", [("1000", "人", "more_than")]),  # a size word makes a bare 千 an amount (超千亿元 in the real gold)
    ("逾100人", [("100", "人", "more_than")]),
    ("不低于10%", [("10", "%", "at_least")]),
    ("不少于20人", [("20", "人", "at_least")]),
    ("至少2次", [("2", "次", "at_least")]),
    ("每两周至少开展1次", [("2", "周", "exact"), ("1", "次", "at_least")]),
    ("不到2个月", [("2", "个月", "at_most")]),
    ("不足50人", [("50", "人", "at_most")]),
    ("不超过5天", [("5", "天", "at_most")]),
    ("降低到10%以下", [("10", "%", "at_most")]),
    ("控制在3公里以内", [("3", "公里", "at_most")]),
    ("最多3次", [("3", "次", "at_most")]),
    ("达到90%", [("90", "%", "exact")]),
    ("满意度达不到90%以上", [("90", "%", "more_than")]),
    ("最近3年", [("3", "年", "exact")]),
    ("一百多人", [("100", "人", "more_than")]),
    ("两千余名党员", [("2000", "名", "more_than")]),
    ("10万余人", [("100000", "人", "more_than")]),
    ("三成以上", [("30", "%", "more_than")]),
    ("两成左右", [("20", "%", "approx")]),
    ("人均年收入6000多元", [("6000", "元", "more_than")]),
    ("新增岗位1,200个", [("1200", "个", "exact")]),
    ("同比增长8.2个百分点", [("8.2", "百分点", "exact")]),
]

RANGES = [
    ("9万—11万元", [("90000", "元", "exact", "90000", "110000")]),
    ("3—5次", [("3", "次", "exact", "3", "5")]),
    ("3-5次", [("3", "次", "exact", "3", "5")]),
    ("3~5天", [("3", "天", "exact", "3", "5")]),
    ("三到五个", [("3", "个", "exact", "3", "5")]),
    ("三至五年", [("3", "年", "exact", "3", "5")]),
    ("3—5万元", [("30000", "元", "exact", "30000", "50000")]),
    ("10%—20%", [("10", "%", "exact", "10", "20")]),
    ("三四个", [("3", "个", "approx", "3", "4")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS + MONEY_AREA_LENGTH_WEIGHT + PERCENTAGES + DURATIONS + QUALIFIERS)
def test_quantities_found(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    found = [(str(q.value), q.unit, q.qualifier, str(q.low), str(q.high)) for q in find_quantities(text)]
    assert found == expected


NOT_QUANTITIES = [
    # dates and clock times
    "11月9日召开",
    "2017年投资",
    "2017年年底前",
    "二〇二〇年",
    "8月23日上午",
    "6月份",
    "早8点多",
    "8点半放学",
    "接近12点半",
    "下午3时",
    "1至10月",
    "2017—2020年",
    "2020-11-09",
    "90年代",
    "21世纪",
    # ordinals
    "第三季度",
    "三季度",
    "第八届",
    "第一书记",
    "第三轮",
    "十九大精神",
    "一等奖",
    "二楼",
    "3号楼",
    "一级公司",
    "三年级学生",
    "周一上午",
    "星期三",
    # names with numbers
    "9+2改革攻坚行动",
    "“三区同建”",
    "1+2+N模式",
    "“4点半”学校",
    "“一厅一校十三室”",
    "“五个振兴”工作专班",
    "“七个专班”职责",
    "“两不愁三保障”",
    "5G网络",
    "5+N架构",
    "《2023年实施方案》",
    "“3个100”工程",
    "人居环境整治五年行动",
    "三年行动计划",
    # idioms and rhetoric
    "一站式服务",
    "一码畅通",
    "打通最后一公里",
    "一批干部",
    "一线工作",
    "统一部署",
    "进一步加强",
    "一位农民代表",
    "一根小小的山药",
    "是一项重要工程",
    "的一部分",
    "过去的一年",
    "一个个志愿组织",
    "一条龙服务",
    "一张网",
    "千名代表企业行",
    "千家万户",
    "百企帮百村",
    "万众一心",
    "三个确保,",
    "围绕四个强化。",
    "一户一人",
    "一村一品",
    "一项不落",
    "三口之家",
    "零成本服务",
    "十八盘山、十八趟、鹿鸣湖",
    "单身一人,",
    "每一处末梢",
    "一起参加",
    "一度中断",
    "一方面",
    "一期工程",
    "十多年前",
    "数十个村",
    "几十名干部",
    "成千上万",
    "3年后",
    # ages and phones
    "年满60周岁",
    "今年32岁",
    "电话0632-1234567",
    "拨打12345热线",
    # bare numbers
    "编号123456",
    "第1",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text: str) -> None:
    assert triples(text) == []


def test_numeral_converter_never_touches_words() -> None:
    text = "统一为7.17万贫困群众全部购买保险"
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(Decimal(71700), "人")]
    assert text[found[0].start : found[0].end] == "7.17万"


def test_offsets_cover_qualifier_words_and_map_to_text() -> None:
    text = "规范道路标识70余处,超过70%的群众满意,30户左右"
    found = find_quantities(text)
    assert [q.text for q in found] == ["70余处", "超过70%", "30户左右"]
    for q in found:
        assert text[q.start : q.end] == q.text


def test_offsets_survive_full_width_digits() -> None:
    text = "共有１２３个村，５０％的农户"
    found = find_quantities(text)
    expected = [(Decimal(123), "个", "１２３个"), (Decimal(50), "%", "５０％")]
    assert [(q.value, q.unit, q.text) for q in found] == expected


def test_several_figures_in_one_clause() -> None:
    assert triples("有建档立卡贫困户36426户83791人,占全市的40.1%") == [
        ("36426", "户", "exact"),
        ("83791", "人", "exact"),
        ("40.1", "%", "exact"),
    ]


def test_list_of_figures() -> None:
    assert triples("建成中心7个、分中心65个、实践站2481个") == [
        ("7", "个", "exact"),
        ("65", "个", "exact"),
        ("2481", "个", "exact"),
    ]


def test_quoted_speech_keeps_its_figures() -> None:
    assert triples("“目前,周边的6个村都在发展,”他说") == [("6", "个", "exact")]


def test_quantity_is_a_frozen_dataclass() -> None:
    quantity = find_quantities("投资65万元")[0]
    assert isinstance(quantity, Quantity)
    assert quantity.low is None and quantity.high is None
    with pytest.raises(AttributeError):
        quantity.value = Decimal(1)  # type: ignore[misc]


def test_empty_text() -> None:
    assert find_quantities("") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Nearly a hundred" is a round figure, and so is any bare 百/千/万/亿 with a size word before or
        # after it (上千人 is at least a thousand, 千余户 more than); alone it stays rhetoric (千名代表).
        ("解决群众诉求近百件", [("100", "件", "approx")]),
        ("上千人参加", [("1000", "人", "at_least")]),
        ("村里百余户人家", [("100", "户", "more_than")]),
        ("累计投入近亿元", [("100000000", "元", "approx")]),
        ("将近千名志愿者参加", [("1000", "名", "approx")]),
        # 十几 is "ten-odd": at least the round figure, with 万 applied after it.
        ("一年收入十几万元不成问题", [("100000", "元", "more_than")]),
        ("二十几个村参加", [("20", "个", "more_than")]),
        # 一年 before another figure of its clause is "per year", not a count of years.
        ("她家开的民宿一年能收入8万元左右", [("80000", "元", "approx")]),
        ("一天能加工鲜薯3吨", [("3", "吨", "exact")]),
    ],
)
def test_round_and_rate_figures(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize("text", ["近百年来", "几十名干部", "一年四季", "千名代表", "评为亿元村", "成了万元户"])
def test_vague_round_phrases_are_not_quantities(text: str) -> None:
    assert triples(text) == []
