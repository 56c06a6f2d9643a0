"""Page-level metadata a page reveals about itself: which paper, which day, which page, which year.

What is printed is read, never guessed: a masthead line names the paper (枣庄日报) and often the date and the page
(`枣庄日报 2020年11月10日 星期二 第3版`, or `第03版：要闻` on a line of its own). A dateline `本报枣庄讯` names a
city, not a paper, so it is not taken for the publication. Where no date is printed, sentences that speak of the
present (`截至2020年初`, `今年…2017年实施`) give the year, flagged as inferred.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from articles.segmentation import ArticleSegment
from core.text.cleaning import normalize_for_matching

# A paper's name ends with what kind of paper it is; a masthead line is short and near the top or the bottom.
_PAPER = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,8}?(?:日报|晚报|早报|晨报|时报|商报|周报|导报|都市报|农民报|青年报|法制报))"
    r"(?![\u4e00-\u9fff])"
)
_PAGE_NUMBER = re.compile(r"第\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版")
_LINE_DATE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_MASTHEAD_LINE_MAX = 40
_MASTHEAD_TOP_LINES = 12
_MASTHEAD_BOTTOM_LINES = 3
_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年(?:度)?")
# Words that anchor a sentence in the page's present: the year next to them is the page's year.
_PRESENT = re.compile(r"截至|截止|目前|今年|全年|年初|当前|本年|至今|年以来")
# Words that put a year in the future (a plan) rather than the present.
_FUTURE_BEFORE = re.compile(r"(?:(?<![截止])到|(?<![截])至|力争|预计|计划|争取|确保|将于|将在)$")
_FUTURE_AFTER = re.compile(r"^(?:年)?(?:可|将|要|前|底前|有望|计划)")
_SENTENCE = re.compile(r"[^。!?!?;;\n]+")
# A masthead date printed on its own line: 2020年11月12日 星期四
_MASTHEAD_DATE = re.compile(
    r"^\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:\s*(?:星期|周)[一二三四五六日天])?\s*$", re.M
)


@dataclass(frozen=True)
class Masthead:
    """What the page prints about itself: the paper's name, the date, the page number (each None if not printed)."""

    publication: str | None = None
    date: date | None = None
    page: int | None = None


@dataclass(frozen=True)
class PageMetadata:
    publication: str | None
    publication_inferred: bool
    year: int | None
    year_inferred: bool
    date: date | None
    page: int | None = None


def infer_page_metadata(text: str, segments: Sequence[ArticleSegment]) -> PageMetadata:
    """Publication, date and page as printed on the masthead; else the year of the page's present-tense sentences."""
    masthead = read_masthead(text)
    printed = masthead.date or _masthead_date(text)
    if printed is not None:
        return PageMetadata(masthead.publication, False, printed.year, False, printed, masthead.page)
    year = _present_year(text)
    return PageMetadata(masthead.publication, False, year, year is not None, None, masthead.page)


def read_masthead(text: str) -> Masthead:
    """The paper's name, date and page number printed on the page's masthead or folio lines.

    Only short lines at the top or the bottom of the page count, and a paper's name only on a line that is the
    name alone or the name with a date or a page number: a headline that quotes a paper (`人民日报评论：…`) is not
    a masthead.
    """
    lines = [line.strip() for line in text[:4000].splitlines() if line.strip()][:_MASTHEAD_TOP_LINES]
    lines += [line.strip() for line in text[-1000:].splitlines() if line.strip()][-_MASTHEAD_BOTTOM_LINES:]
    publication = printed = page = None
    for raw in lines:
        line = normalize_for_matching(raw)
        if len(line) > _MASTHEAD_LINE_MAX:
            continue
        day = _line_date(line)
        number = _PAGE_NUMBER.search(line)
        paper = _PAPER.search(line)
        if paper and publication is None:
            rest = _PAPER.sub("", line, count=1)
            rest = _PAGE_NUMBER.sub("", _LINE_DATE.sub("", rest))
            if day or number or not re.sub(r"[\s·•|｜/:：()（）星期周一二三四五六日天]", "", rest):
                publication = paper.group(1)
        if day and printed is None and (paper or number or len(line) <= 20 or "星期" in line):
            printed = day
        if number and page is None:
            page = _page_number(number.group(1))
    return Masthead(publication, printed, page)


def is_paper_name(text: str) -> bool:
    """`枣庄日报`, `齐鲁晚报`: a name that says it is a newspaper (a folder of an archive may be named so)."""
    return _PAPER.fullmatch(text) is not None


def _line_date(line: str) -> date | None:
    for match in _LINE_DATE.finditer(line):
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
    return None


def _page_number(token: str) -> int | None:
    """第3版, 第03版, 第３版, 第十二版 → 3, 3, 3, 12."""
    token = token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if token.isdigit():
        return int(token) or None
    if token == "十":
        return 10
    tens, _, units = token.partition("十")
    if "十" in token:
        return (_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CHINESE_DIGITS.get(units, 0) if units else 0)
    return _CHINESE_DIGITS.get(token) or None


def _masthead_date(text: str) -> date | None:
    for match in _MASTHEAD_DATE.finditer(text[:2000]):
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
    return None


def _present_year(text: str) -> int | None:
    """The latest year that a sentence about the present mentions, ignoring planned years.

    A year in a sentence without a present-tense anchor (`2014年,干了10年村支书的…`) tells a
    back-story, not the page's year, so it does not count.
    """
    candidates: list[int] = []
    for sentence in _SENTENCE.findall(normalize_for_matching(text)):
        if not _PRESENT.search(sentence):
            continue
        for match in _YEAR.finditer(sentence):
            before = sentence[: match.start()]
            after = sentence[match.end() :]
            if _FUTURE_BEFORE.search(before) or _FUTURE_AFTER.match(after):
                continue
            candidates.append(int(match.group(1)))
    return max(candidates) if candidates else None
