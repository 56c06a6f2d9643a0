"""extract_indicators: metric, evidence clause and period of every figure in hand-written sentences."""

from datetime import date
from decimal import Decimal

import pytest

from indicators.extraction import IndicatorCandidate, extract_indicators
from indicators.periods import find_periods


def rows(text: str, page_year: int | None = 2020) -> list[tuple[str, str, str]]:
    candidates = extract_indicators(text, page_year=page_year)
    return [(str(c.quantity.value), c.quantity.unit, c.quantity.qualifier) for c in candidates]


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2020)]


def test_evidence_is_the_clause_with_offsets() -> None:
    text = "今年以来,全县新建厕所1200户,改造道路15公里。"
    candidates = extract_indicators(text, page_year=2020)
    assert [c.evidence for c in candidates] == ["全县新建厕所1200户", "改造道路15公里"]
    for candidate in candidates:
        assert text[candidate.clause_start : candidate.clause_end] == candidate.evidence
        assert candidate.clause_start <= candidate.quantity.start < candidate.quantity.end <= candidate.clause_end


def test_candidate_is_frozen() -> None:
    candidate = extract_indicators("建成公园3个")[0]
    assert isinstance(candidate, IndicatorCandidate)
    with pytest.raises(AttributeError):
        candidate.metric = "x"  # type: ignore[misc]


def test_no_figures_no_candidates() -> None:
    assert extract_indicators("统一部署,一站式服务,打通最后一公里。") == []
    assert extract_indicators("") == []


def test_several_figures_in_one_clause_give_several_candidates() -> None:
    assert rows("全镇有贫困户3642户8379人,占全县的4.5%。") == [
        ("3642", "户", "exact"),
        ("8379", "人", "exact"),
        ("4.5", "%", "exact"),
    ]


def test_range_gives_low_and_high() -> None:
    assert rows("每处食堂每年补贴3万—5万元不等") == [("30000", "元", "at_least"), ("50000", "元", "at_most")]
    assert rows("土地调茬3—5次") == [("3", "次", "at_least"), ("5", "次", "at_most")]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("务工人员月收入2500—4000元", "2500", "4000元"), ("每户补助800元至1200元", "800元", "1200元")],
)
def test_range_ends_are_two_figures_with_their_own_offsets(text: str, low: str, high: str) -> None:
    # Rows are keyed by where a figure starts: two ends sharing one offset would collapse into one row.
    first, second = extract_indicators(text, page_year=2020)
    assert text[first.quantity.start : first.quantity.end] == first.quantity.text == low
    assert text[second.quantity.start : second.quantity.end] == second.quantity.text == high
    assert first.metric and second.metric == first.metric


def test_year_compared_with_itself_is_not_a_count() -> None:
    assert rows("来村里的游客一年比一年多,日子一天更比一天好,今年已接待游客3万人次。") == [("30000", "人次", "exact")]


def test_counted_repeat_of_a_figure() -> None:
    candidates = extract_indicators("实现办结率、回复率、满意率三个100%。")
    assert [(str(c.quantity.value), c.quantity.unit) for c in candidates] == [
        ("3", "个"),
        ("100", "%"),
        ("100", "%"),
        ("100", "%"),
    ]
    assert [c.metric for c in candidates[1:]] == ["办结率", "回复率", "满意率"]


def test_qualifiers_pass_through() -> None:
    assert rows("累计投资2000余万元,受益6000多名老人,距市区约3公里,不到2个月") == [
        ("20000000", "元", "more_than"),
        ("6000", "名", "more_than"),
        ("3", "公里", "approx"),
        ("2", "个月", "at_most"),
    ]


METRIC_CASES = [
    ("建设58个农村党建示范区党群服务中心。", "农村党建示范区党群服务中心"),
    ("34人获得“优秀党员”称号。", "获得优秀党员称号"),
    ("农村生活垃圾无害化处理率达到100%。", "农村生活垃圾无害化处理率"),
    ("全市建成美丽乡村98个。", "建成美丽乡村"),
    ("全镇采集上报事项540余件。", "采集上报事项"),
    ("栽植绿化苗木5万棵。", "栽植绿化苗木"),
    ("全街道联网监控摄像头数量达4920个。", "联网监控摄像头数量"),
    ("发放扶贫小额信贷7042.8万元。", "发放扶贫小额信贷"),
    ("建成1.1万平方米电商聚集区。", "电商聚集区"),
    ("粮食产量达到270万斤。", "粮食产量"),
    ("单件平均办理时间17.3个小时。", "单件平均办理时间"),
    ("获得200元邻里互助资金。", "邻里互助资金"),
]


@pytest.mark.parametrize(("text", "phrase"), METRIC_CASES)
def test_metric_contains_the_counted_thing(text: str, phrase: str) -> None:
    found = metrics(text)
    assert len(found) == 1
    assert phrase in found[0]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("建成中心7个、分中心65个、实践站2481个", ["建成中心数", "分中心数", "实践站数"]),
        ("出动洒水车3辆、机扫车3辆", ["出动洒水车数", "机扫车数"]),
    ],
)
def test_list_items_name_their_own_figures(text: str, metric: list[str]) -> None:
    assert metrics(text) == metric


def test_metric_drops_scope_and_linking_words() -> None:
    (metric,) = metrics("目前,全市共有村级扶贫干部724名。")
    assert not metric.startswith(("全市", "共有", "目前"))
    assert "扶贫干部" in metric


def test_count_metric_names_a_number() -> None:
    assert metrics("观摩了7个项目")[0].endswith("数")
    assert metrics("带动1137名贫困人口增收")[0].endswith(("人数", "人口"))


def test_metric_is_never_empty_for_a_described_figure() -> None:
    for metric in metrics("投资65万元完成平交路口硬化,新增绿化面积7.13万平方米,满意率95.9%"):
        assert metric


PERIOD_CASES = [
    ("今年以来,全县新建厕所1200户。", 2020, date(2020, 1, 1), None, "今年以来"),
    ("去年以来,累计开展活动5.2万场次。", 2020, date(2019, 1, 1), None, "去年以来"),
    ("去年网上交易额突破2亿元。", 2020, date(2019, 1, 1), date(2019, 12, 31), "去年"),
    ("今年,全区整合资金6500万元。", 2017, date(2017, 1, 1), date(2017, 12, 31), "今年"),
    ("截至2020年初,全镇有贫困户3642户。", None, None, date(2020, 1, 1), "截至2020年初"),
    ("2017年年底前对346户危房完成改造。", None, None, date(2017, 12, 31), "2017年年底前"),
    ("今年第三季度,全镇采集上报事项540余件。", 2020, date(2020, 7, 1), date(2020, 9, 30), "今年第三季度"),
    ("1至10月,全区接待游客12万人次。", 2020, date(2020, 1, 1), date(2020, 10, 31), "1至10月"),
    ("2018年实施项目22个。", None, date(2018, 1, 1), date(2018, 12, 31), "2018年"),
    ("2014年以来,建设冷库200平方米。", None, date(2014, 1, 1), None, "2014年以来"),
    ("今年上半年,新增就业320人。", 2021, date(2021, 1, 1), date(2021, 6, 30), "今年上半年"),
    ("截至去年年底,粮食产量270万斤。", 2023, None, date(2022, 12, 31), "截至去年年底"),
    ("11月9日,全市观摩了7个项目。", 2020, date(2020, 11, 9), date(2020, 11, 9), "11月9日"),
]


@pytest.mark.parametrize(("text", "page_year", "start", "end", "printed"), PERIOD_CASES)
def test_periods(text: str, page_year: int | None, start: date | None, end: date | None, printed: str) -> None:
    candidate = extract_indicators(text, page_year=page_year)[0]
    assert (candidate.period_start, candidate.period_end, candidate.period_text) == (start, end, printed)


def test_relative_period_without_page_year_keeps_text_only() -> None:
    candidate = extract_indicators("今年以来,新建厕所1200户。", page_year=None)[0]
    assert (candidate.period_start, candidate.period_end, candidate.period_text) == (None, None, "今年以来")


def test_up_to_now_is_text_only() -> None:
    candidate = extract_indicators("目前,全街道收到交办事项500余件。", page_year=2020)[0]
    assert candidate.period_text == "目前"
    assert candidate.period_start is None and candidate.period_end is None


def test_no_period_when_the_text_gives_none() -> None:
    candidate = extract_indicators("该村发展合作社12家。", page_year=2020)[0]
    assert (candidate.period_start, candidate.period_end, candidate.period_text) == (None, None, None)


def test_paragraph_opening_period_dates_later_sentences() -> None:
    text = "今年以来,全镇新建道路5公里。新增绿化面积3万平方米。\n新段落建成公园2个。"
    candidates = extract_indicators(text, page_year=2020)
    assert [c.period_text for c in candidates] == ["今年以来", "今年以来", None]


def test_nearest_period_in_the_sentence_wins() -> None:
    text = "2016年建成5个,2017年建成8个。"
    assert [c.period_start for c in extract_indicators(text)] == [date(2016, 1, 1), date(2017, 1, 1)]


def test_find_periods_ignores_bare_numbers() -> None:
    assert find_periods("建成公园3个,投资5万元", 2020) == []


def test_value_is_decimal() -> None:
    (candidate,) = extract_indicators("发放补助资金1370.19万元")
    assert candidate.quantity.value == Decimal("13701900")
    assert candidate.quantity.unit == "元"


def test_the_end_of_a_change_is_named_by_the_subject_before_cong() -> None:
    # 收入从二三十万跃升至三百来万: 跃升至 names nothing; the figure it reaches is the same 收入.
    assert metrics("他的酒店收入从此前的五十万跃升至三百来万。")[-1] == "酒店收入"
