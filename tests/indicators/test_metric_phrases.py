"""metric_phrase: the head a statistical table would give each kind of figure, on hand-written sentences."""

import pytest

from indicators.extraction import extract_indicators


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2020)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # Areas and lengths name their extent.
        ("流转草场2万亩", "流转草场面积"),
        ("新建绿道3.5公里", "新建绿道长度"),
        # A length after 距/到 is a distance between two places; 为半径 names a radius.
        ("距县城约8公里", "距县城距离"),
        ("以2公里为半径建设服务站", "半径"),
        # Time a task takes, and years something has gone on.
        ("至少要三天时间", "耗时"),
        ("干了8年村主任", "干村主任年数"),
        # Money put into a thing is that thing's 投资/投入; an enumeration is named by the noun after 等.
        ("投资30万元建设“智慧停车”系统", "建设智慧停车系统投资"),
        ("投入500万元实施道路硬化、路灯安装等基础设施项目", "基础设施项目投入"),
        ("投资2亿元建起了3万平方米的商业街", "商业街投资"),
        ("发放米、面、油等生活物资300份", "发放生活物资数"),
        # A one-character noun after a measure word is the counted thing.
        ("周边的8个村都在种植茶叶", "种植茶叶的村数"),
        ("覆盖12个村", "覆盖村数"),
        # A 的-phrase before 户/人 says which households or people are counted.
        ("纳入帮扶范围的40户全部脱贫", "纳入帮扶范围户数"),
        # Nouns that already name people take 数; 人口 is itself a count.
        ("选聘网格员30名", "选聘网格员数"),
        ("带动贫困人口200人", "带动贫困人口"),
        ("带动贫困人口500户", "带动贫困户数"),
        ("走访农户800户次", "走访农户次"),
        # A place name opening the clause is not what is measured.
        ("大王庄村共有农户420户", "农户数"),
        ("白云乡先后建成图书室12个", "建成图书室数"),
    ],
)
def test_metric_phrase(text: str, metric: str) -> None:
    assert metrics(text)[0] == metric


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # A clause with only a verb of change measures its sentence's subject.
        ("村集体经济收入达到50万元,同比增长8%", "村集体经济收入同比增长"),
        ("居民满意度从80%提升到96%", "居民满意度"),
        # 占全镇的5%: the share of the previous figure's thing.
        ("全镇有贫困户300户,占全镇的5%", "贫困户数占全镇比重"),
    ],
)
def test_clause_without_its_own_subject_borrows_the_sentence_subject(text: str, second: str) -> None:
    assert metrics(text)[1] == second


def test_previous_clause_names_a_bare_figure() -> None:
    assert metrics("东区种植面积最大,达到3万亩") == ["种植面积"]


def test_metric_is_never_empty_or_a_bare_function_word() -> None:
    for text in ("60多里", "至少要两天", "以3公里为半径", "现在到3里外的服务站就能办理"):
        (metric,) = metrics(text)
        assert metric and metric not in {"要", "时间", "到", "以"}


def test_quoted_name_inside_a_noun_stays_but_quoted_names_side_by_side_are_a_list() -> None:
    assert metrics("建成6个“红色驿站”服务站") == ["红色驿站服务站数"]
    assert metrics("三条生产线“面条”“粉丝”同时开工") == ["生产线数"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Items sharing one verb: each item's own noun names its figure, even one jieba takes for a name.
        ("街道配备调解员15名、楼栋长80名", ["街道配备调解员数", "楼栋长数"]),
        ("聘请护林员20名、巡河长9名", ["聘请护林员数", "巡河长数"]),
    ],
)
def test_each_list_item_names_its_own_figure(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


def test_a_modal_of_cost_before_a_bare_sum_is_a_price() -> None:
    assert metrics("每碗只需8元至10元") == ["每碗价格", "每碗价格"]
    assert metrics("门票仅需20元") == ["门票价格"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # 占N成: the share a group makes up, worded with 占比 / 比重.
        ("其中女性党员占四成", "女性党员占比"),
        ("养殖收入占家庭收入的五成以上", "养殖收入占家庭收入比重"),
        # A time word inside the phrase dates the figure and names nothing.
        ("大棚今年出菇率达八成", "大棚出菇率"),
    ],
)
def test_tenths_shares(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


def test_baseline_of_a_from_to_change_is_not_part_of_the_metric() -> None:
    assert metrics("甘蔗亩产由过去的4吨提高到6吨") == ["甘蔗亩产", "甘蔗亩产"]


def test_people_after_households_are_counted_as_people() -> None:
    assert metrics("河东村共有56户210人") == ["户数", "人口"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [("全场现有护林员64名", "护林员数"), ("全屯共有农户52户", "农户数"), ("该组现有耕地300亩", "耕地面积")],
)
def test_scope_words_of_farms_and_hamlets_are_not_part_of_the_metric(text: str, metric: str) -> None:
    assert metrics(text) == [metric]


def test_a_figure_after_nothing_but_a_scope_word_counts_that_scope_and_borrows_nothing() -> None:
    # The clause before names no figure: 全组36户 is the group's households, not "最早种茶的村民组".
    assert metrics("东坡组是全村最早种茶的村民组，全组36户。") == ["户数"]
    assert metrics("今年全村小麦产量8000吨，全县增长12.5%。") == ["小麦产量", "小麦产量增长"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A chain of counts printed before their nouns shares the verb that opened it.
        ("辐射带动4个乡镇68个村", ["带动乡镇数", "带动村数"]),
        ("带动10处镇(街)的5301户群众", ["带动镇数", "带动群众户数"]),
        # A place, a bearing and N公里处: the distance from the place.
        ("塞罕坝位于北京北部280多公里处", ["距北京距离"]),
        ("该村位于县城东南2公里处", ["距县城距离"]),
        # 历经/经过 + a span + the activity it took.
        ("历经10多年发展", ["发展年数"]),
        ("经过3年学习、摸索和实践", ["学习年数"]),
        # People counted before a predicate are named by what they do.
        ("为16户贫困户提供了就业岗位", ["提供就业岗位贫困户数"]),
        ("推动40多名村民长期参与茶园除草施肥等日常管护", ["参与茶园除草施肥村民人数"]),
        ("让50户农户增收致富", ["农户数"]),
        # A lone noun jieba takes for a person's name (养羊, 毛利) still names its figure.
        ("养羊2000只", ["养羊数"]),
        ("毛利达20%", ["毛利"]),
        # A verb with the span and its object after 的; N年来 and the activity after it.
        ("种了二十几年的芒果", ["种植芒果年数"]),
        ("五年来培育3756名新型职业农民", ["培育新型职业农民年数", "新型职业农民人数"]),
        ("3年来,该村外出人口回流1200多人", ["外出人口回流年数", "外出人口回流人数"]),
        ("十多年来,家里三个孩子上了大学", ["年数", "孩子数"]),
        # Examples a count is led by (以…为代表的) describe it; land named by its crop or its acquiring verb.
        ("启动了以于营村为代表的10个乡村振兴示范片区建设", ["乡村振兴示范片区建设数"]),
        ("伍忠林家里的6亩土地都种了刺梨", ["刺梨种植面积"]),
        ("在村里刺梨种植合作社入股6亩土地", ["入股土地面积"]),
        # What is that long follows 的; a region's one-character count noun is counted within the region.
        ("村南湖北岸的600米的休闲长廊", ["休闲长廊长度"]),
        ("平均海拔超过4750米的纯牧业县", ["平均海拔"]),
        ("其中大别山片区28个县236万人", ["大别山片区县数", "大别山片区人数"]),
        # 户人家 counts households; their deed names them.
        ("全村64户人家", ["户数"]),
        ("派卡村110户人家都种起了反季节蔬菜", ["种起反季节蔬菜户数"]),
        # People and deed that are the topic of a modal predicate keep the plain people noun.
        ("河南省460万贫困人口脱贫要投入920亿元", ["贫困人口", "贫困人口脱贫要投入"]),
    ],
)
def test_chains_locations_spans_and_deeds(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected
