"""Statistics tables printed as text: a caption line, maybe a column header line, then rows of space-separated cells.

    闽宁镇农民人均可支配收入变化          <- caption: names the metric of every bare figure
    1997年 500元                          <- row keyed by a period
    安远县 种植面积 18.2万亩 预计产量 24万吨  <- row keyed by a place, each figure named by the cell before it

A row's first cell is its key (a year, a place, or the item itself). A figure whose cell has no label of its own
(nothing but the key before it) is named by its column header when the table has one, else by the caption. The
period of a row is the period its key or, failing that, the caption prints (2024年上半年主要农业指标).

Pure functions on strings; `extract_indicators` applies the result to the figures it found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.text.numbers import find_quantities
from indicators.periods import Period, find_periods

_SENTENCE_PUNCTUATION = re.compile(r"[,，。;；:：!！?？、“”\"]")
_CELL = re.compile(r"\S+")
_MAX_CELL = 16
_MAX_CAPTION = 30
# A caption says what the table is about; these words only say it is a table (…变化, …情况, …一览表).
_CAPTION_TAIL = re.compile(r"(?:变化情况|变化|情况|统计表|统计|一览表|一览|对比|汇总|明细|表)$")
_CAPTION_LEAD = re.compile(r"^(?:全[省市区县镇乡村旗州]|本[省市区县镇乡村]|我[省市区县镇乡村])")
# A unit in brackets after a header or caption (收入(元), 面积(万亩)) is the unit of the cells, not part of the name.
_BRACKETED = re.compile(r"[(（][^()（）]{0,8}[)）]")
# A sentence ending the paragraph above a table that announces it (…情况如下:) instead of a caption line.
_INTRODUCES = re.compile(r"(?:如下|下表|见表)[:：]?\s*$")
# A key cell that is a place: a short name ending in an administrative suffix (信丰县, 华屋小组, 城关镇).
_PLACE_CELL = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:[省市县区镇乡村旗盟州]|街道|社区|小组|嘎查|苏木)$")
# The place opening a caption (闽宁镇农民人均可支配收入): two to four characters and a suffix, then the subject.
_PLACE_LEAD = re.compile(r"^(?![全本我各该])[\u4e00-\u9fff]{2,4}?(?:[省市县区镇乡旗盟州]|街道)(?=[\u4e00-\u9fff]{2})")


@dataclass(frozen=True)
class TableCell:
    start: int
    end: int
    text: str
    has_figure: bool
    figure_only: bool  # the cell is one figure and nothing else (500元), not a label with a figure (增长9.3%)


@dataclass(frozen=True)
class TableFigure:
    """What the table layout says about the figure starting at `start` (an offset into the text)."""

    start: int
    metric: str | None  # None: the row reads as running text (粮食产量 12万吨, 增长6.1%)
    period: Period | None
    # 全县共落实生态岗位3860个。部分乡镇落实情况如下: / 某镇 620个: the rows break down the figure the sentence
    # introducing them just gave, which names them (the caller knows that figure's metric).
    from_lead: bool = False


def _cells(text: str, begin: int, end: int, figure_starts: list[int]) -> list[TableCell]:
    cells = []
    for match in _CELL.finditer(text, begin, end):
        starts = [s for s in figure_starts if match.start() <= s < match.end()]
        cells.append(
            TableCell(
                match.start(), match.end(), match.group(), bool(starts), bool(starts) and starts[0] == match.start()
            )
        )
    return cells


def _lines(text: str) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, len(text)))
    return spans


def _is_row(cells: list[TableCell], line: str) -> bool:
    return (
        len(cells) >= 2
        and any(cell.has_figure for cell in cells)
        and all(len(cell.text) <= _MAX_CELL for cell in cells)
        and not _SENTENCE_PUNCTUATION.search(line)
    )


def clean_caption(caption: str) -> str:
    """The metric a caption names: no period, scope, place, bracketed unit or 'table' word.

    2024年上半年全市农业经济主要指标 -> 农业经济主要指标; 闽宁镇农民人均可支配收入变化 -> 农民人均可支配收入.
    """
    text = _BRACKETED.sub("", caption.strip())
    for period in find_periods(text, None):
        if period.offset == 0:
            text = text[len(period.text) :]
            break
    text = _CAPTION_LEAD.sub("", text)
    text = _PLACE_LEAD.sub("", text)
    text = _CAPTION_TAIL.sub("", text)
    return text.strip()


def _caption_and_header(
    text: str, lines: list[tuple[int, int]], first_row: int, row_width: int, page_year: int | None
) -> tuple[str, list[str] | None, Period | None]:
    """The caption above the first row, and the header line between them when its cells match the rows."""
    above = [i for i in range(first_row) if text[lines[i][0] : lines[i][1]].strip()]
    header: list[str] | None = None
    if above:
        line = text[lines[above[-1]][0] : lines[above[-1]][1]]
        cells = line.split()
        if len(cells) == row_width and len(cells) >= 2 and not _SENTENCE_PUNCTUATION.search(line):
            header = [_BRACKETED.sub("", cell) for cell in cells]
            above = above[:-1]
    if not above:
        return "", header, None
    begin, end = lines[above[-1]]
    line = text[begin:end]
    if _INTRODUCES.search(line) and _SENTENCE_PUNCTUATION.search(line.rstrip(" :：")):
        return _LEAD, header, None
    if len(line.strip()) > _MAX_CAPTION or len(line.split()) > 1 or _SENTENCE_PUNCTUATION.search(line):
        return "", header, None
    lead = len(line) - len(line.lstrip())
    periods = [p for p in find_periods(line, page_year) if p.offset == lead]
    period = Period(periods[0].start, periods[0].end, periods[0].text, begin + lead) if periods else None
    return clean_caption(line), header, period


_LEAD = "\0lead"  # caption placeholder: the table is named by the figure its introducing sentence gives


def _key_period(text: str, cell: TableCell, page_year: int | None) -> Period | None:
    found = [p for p in find_periods(cell.text, page_year) if p.offset == 0 and len(p.text) == len(cell.text)]
    if not found:
        return None
    period = found[0]
    return Period(period.start, period.end, period.text, cell.start)


def table_figures(text: str, *, page_year: int | None = None) -> dict[int, TableFigure]:
    """Every figure of every text table in `text`, keyed by the figure's start offset.

    A table is two or more row lines in a row (blank lines between them allowed): space-separated short
    cells, at least one with a figure, no sentence punctuation.
    """
    figure_starts = [q.start for q in find_quantities(text) if q.unit]
    lines = _lines(text)
    rows: list[tuple[int, list[TableCell]]] = []
    for index, (begin, end) in enumerate(lines):
        cells = _cells(text, begin, end, figure_starts)
        if _is_row(cells, text[begin:end]):
            rows.append((index, cells))
    tables: list[list[tuple[int, list[TableCell]]]] = []
    for index, cells in rows:
        previous = tables[-1][-1][0] if tables else -2
        gap = [text[lines[i][0] : lines[i][1]].strip() for i in range(previous + 1, index)]
        if tables and not any(gap):
            tables[-1].append((index, cells))
        else:
            tables.append([(index, cells)])
    found: dict[int, TableFigure] = {}
    for table in tables:
        if len(table) < 2:
            continue  # one row-shaped line alone is a headline or a slogan with a figure
        width = max(len(cells) for _, cells in table)
        caption, header, caption_period = _caption_and_header(text, lines, table[0][0], width, page_year)
        for _, cells in table:
            found.update(_row_figures(text, cells, caption, header, caption_period, figure_starts, page_year))
    return found


def _row_figures(
    text: str,
    cells: list[TableCell],
    caption: str,
    header: list[str] | None,
    caption_period: Period | None,
    figure_starts: list[int],
    page_year: int | None,
) -> dict[int, TableFigure]:
    key = cells[0]
    key_period = None if key.has_figure else _key_period(text, key, page_year)
    keyed = key_period is not None or bool(_PLACE_CELL.match(key.text))
    period = key_period or caption_period
    found = {}
    for column, cell in enumerate(cells):
        if not cell.has_figure:
            continue
        labels = [c for c in cells[:column] if not c.has_figure and (c is not key or not keyed)]
        metric = None
        if cell.figure_only and keyed and labels and labels[-1] is cells[column - 1]:
            # 东坡乡 播种面积 3.5万亩: the label cell names the figure; the key is the row's place or period.
            metric = _BRACKETED.sub("", labels[-1].text)
        elif cell.figure_only and not (labels and labels[-1] is cells[column - 1]):
            # Nothing in the row names this figure: its column header, else the caption, does.
            if header is not None and column < len(header) and not _PLACE_CELL.match(header[column]):
                metric = header[column]
            elif caption:
                metric = caption
        lead = metric == _LEAD
        for start in (s for s in figure_starts if cell.start <= s < cell.end):
            found[start] = TableFigure(start, None if lead else metric, period, lead)
    return found
