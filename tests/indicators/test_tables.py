"""Text tables: caption, optional column header and space-separated rows name and date their figures."""

from __future__ import annotations

from datetime import date

import pytest

from indicators.extraction import extract_indicators
from indicators.tables import clean_caption, table_figures


def _rows(text: str, page_year: int | None = 2024) -> list[tuple[str, str, str | None]]:
    return [(c.quantity.text, c.metric, c.period_text) for c in extract_indicators(text, page_year=page_year)]


def test_year_keyed_rows_take_the_caption_as_metric_and_the_key_as_period() -> None:
    text = "收入逐年提高。\n城关镇农民人均纯收入变化\n2000年 800元\n2010年 4300元\n2020年 15200元\n"
    assert _rows(text) == [
        ("800元", "农民人均纯收入", "2000年"),
        ("4300元", "农民人均纯收入", "2010年"),
        ("15200元", "农民人均纯收入", "2020年"),
    ]
    first = extract_indicators(text, page_year=2024)[0]
    assert (first.period_start, first.period_end) == (date(2000, 1, 1), date(2000, 12, 31))
    assert first.evidence == "2000年 800元"


def test_place_keyed_rows_name_each_figure_by_the_cell_before_it() -> None:
    text = "各乡镇蔬菜生产情况\n东坡乡 播种面积 3.5万亩 产量 8万吨\n西岭镇 播种面积 2.1万亩 产量 5万吨\n"
    assert [(q, m) for q, m, _ in _rows(text)] == [
        ("3.5万亩", "播种面积"),
        ("8万吨", "产量"),
        ("2.1万亩", "播种面积"),
        ("5万吨", "产量"),
    ]


def test_place_keyed_rows_without_labels_use_the_column_header() -> None:
    text = "各乡镇蔬菜生产情况\n乡镇 种植面积(亩) 产量(吨)\n东坡乡 3500亩 8000吨\n西岭镇 2100亩 5000吨\n"
    assert [(q, m) for q, m, _ in _rows(text)] == [
        ("3500亩", "种植面积"),
        ("8000吨", "产量"),
        ("2100亩", "种植面积"),
        ("5000吨", "产量"),
    ]


def test_caption_period_dates_labelled_rows_and_their_changes() -> None:
    text = "2024年上半年全县主要经济指标\n\n地区生产总值 56.2亿元 增长6.1%\n\n粮食产量 12万吨 持平\n"
    rows = _rows(text)
    assert rows[0] == ("56.2亿元", "地区生产总值", "2024年上半年")
    assert rows[1][0] == "6.1%" and rows[1][1].startswith("地区生产总值") and rows[1][2] == "2024年上半年"
    assert rows[2] == ("12万吨", "粮食产量", "2024年上半年")


def test_one_row_shaped_line_is_not_a_table() -> None:
    assert table_figures("农民人均可支配收入\n2022年 17260元\n去年增长8.9%。") == {}


def test_running_text_is_not_a_table() -> None:
    assert table_figures("全镇新建厕所40户,改造道路3公里。\n新增就业120人,培训农民300人次。") == {}


@pytest.mark.parametrize(
    ("caption", "metric"),
    [
        ("农民人均可支配收入(元)", "农民人均可支配收入"),
        ("2024年上半年全市农业经济主要指标", "农业经济主要指标"),
        ("城关镇农民人均纯收入变化", "农民人均纯收入"),
        ("全县粮食生产情况", "粮食生产"),
    ],
)
def test_clean_caption(caption: str, metric: str) -> None:
    assert clean_caption(caption) == metric


def test_rows_announced_by_a_sentence_take_the_metric_of_the_figure_it_gave() -> None:
    text = "全县今年共新建温室大棚1200个，带动农户增收。部分乡镇建设情况如下:\n\n东坡乡 320个\n\n西岭镇 280个\n"
    assert [(q, m) for q, m, _ in _rows(text)] == [
        ("1200个", "新建温室大棚数"),
        ("320个", "新建温室大棚数"),
        ("280个", "新建温室大棚数"),
    ]
