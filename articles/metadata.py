"""Page-level metadata a page reveals about itself: which paper, which year, which day.

Local papers rarely print their name or date inside the OCR'd text, but they leave traces: a
dateline `本报枣庄讯` names the paper's city, and sentences that speak of the present
(`截至2020年初`, `2023年全年目标任务`, `今年…2017年实施`) give the year. Everything found this
way is flagged as inferred; nothing is guessed beyond what the text supports.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from articles.segmentation import ArticleSegment
from core.text.cleaning import normalize_for_matching

_DATELINE_CITY = re.compile(r"本报([\u4e00-\u9fff]{2,6})讯")
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
class PageMetadata:
    publication: str | None
    publication_inferred: bool
    year: int | None
    year_inferred: bool
    date: date | None


def infer_page_metadata(text: str, segments: Sequence[ArticleSegment]) -> PageMetadata:
    """Publication (the city named by `本报X讯` datelines), year and date of a page."""
    publication = _publication(text, segments)
    printed = _masthead_date(text)
    if printed is not None:
        return PageMetadata(publication, publication is not None, printed.year, False, printed)
    year = _present_year(text)
    return PageMetadata(publication, publication is not None, year, year is not None, None)


def _publication(text: str, segments: Sequence[ArticleSegment]) -> str | None:
    cities = Counter[str]()
    for segment in segments:
        if segment.dateline:
            match = _DATELINE_CITY.match(normalize_for_matching(segment.dateline))
            if match:
                cities[match.group(1)] += 1
    if not cities:
        cities.update(_DATELINE_CITY.findall(normalize_for_matching(text)))
    return cities.most_common(1)[0][0] if cities else None


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
