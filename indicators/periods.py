"""Reporting periods of figures: 今年以来, 截至2020年初, 2017年年底前, 第三季度, 1至10月.

Relative expressions (今年, 去年) are resolved against the page's year when the caller knows it; the
printed wording is always kept in `text` so an editor can check the resolution.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from core.text.numerals import parse_number

_YEAR = r"(?:(?P<year>[12]\d{3}|[一二三四五六七八九〇零]{4})年|(?P<rel>今年|去年|前年|当年|本年|上年))"
_MONTH_NUM = r"[0-9一二三四五六七八九十]{1,3}"
_PERIOD_RE = re.compile(
    r"(?P<cutoff>截至|截止|截止到|到|至)?"
    rf"(?:{_YEAR}(?:度)?)?"
    r"(?:"
    r"(?P<since>以来)"
    rf"|(?P<quarter>(?:第|前)?[一二三四1-4]季度)"
    r"|(?P<half>上半年|下半年)"
    rf"|(?P<m1>{_MONTH_NUM})(?:月)?(?:至|到|-|—)(?P<m2>{_MONTH_NUM})月(?:份)?"
    rf"|(?P<month>{_MONTH_NUM})月(?:份)?(?P<day>{_MONTH_NUM}日)?(?P<month_edge>底|末|初|中旬|上旬|下旬)?"
    r"|(?P<edge>年初|年底|年末|底|初)"
    r")?"
    r"(?P<before>前)?"
)
_NOW_RE = re.compile(r"(?:截至|截止|到|至)?目前|至今|截至当前")


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None
    text: str
    offset: int


def _number(text: str) -> int:
    return int(parse_number(text))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def find_periods(text: str, page_year: int | None) -> list[Period]:
    """All period expressions in `text`, in order (offsets into `text`)."""
    periods: list[Period] = []
    for match in _PERIOD_RE.finditer(text):
        printed = match.group()
        if not printed or not _is_period(match):
            continue
        start, end = _resolve(match, page_year)
        periods.append(Period(start, end, printed, match.start()))
    for match in _NOW_RE.finditer(text):
        periods.append(Period(None, None, match.group(), match.start()))
    periods.sort(key=lambda period: period.offset)
    return periods


def _is_period(match: re.Match[str]) -> bool:
    has_year = bool(match.group("year") or match.group("rel"))
    has_part = any(match.group(name) for name in ("since", "quarter", "half", "m1", "month", "edge"))
    if match.group("edge") in ("底", "初") and not has_year:
        return False
    if match.group("month") and not (has_year or match.group("month_edge") or match.group("cutoff")):
        # A bare 11月9日 is an event date, still a period of the figure reported that day.
        return bool(match.group("day"))
    return has_year or (has_part and bool(match.group("quarter") or match.group("m1")))


def _resolve(match: re.Match[str], page_year: int | None) -> tuple[date | None, date | None]:
    year = _year_of(match, page_year)
    if year is None:
        return None, None
    cutoff = bool(match.group("cutoff"))
    if match.group("since"):
        return date(year, 1, 1), None
    if match.group("quarter"):
        quarter_text = match.group("quarter")
        quarter = _number(re.search(r"[一二三四1-4]", quarter_text).group())
        first_month = 1 if quarter_text.startswith("前") else 3 * quarter - 2
        return date(year, first_month, 1), _month_end(year, 3 * quarter)
    if match.group("half"):
        return (
            (date(year, 1, 1), date(year, 6, 30))
            if match.group("half") == "上半年"
            else (date(year, 7, 1), date(year, 12, 31))
        )
    if match.group("m1"):
        first, last = _number(match.group("m1")), _number(match.group("m2"))
        if 1 <= first <= last <= 12:
            return date(year, first, 1), _month_end(year, last)
        return None, None
    if match.group("month"):
        return _resolve_month(match, year, cutoff)
    edge = match.group("edge")
    if edge in ("年初", "初"):
        return (None, date(year, 1, 1)) if cutoff else (date(year, 1, 1), date(year, 3, 31))
    if match.group("before") or (cutoff and edge in ("年底", "年末", "底")):
        return None, date(year, 12, 31)
    if edge in ("年底", "年末", "底"):
        return date(year, 10, 1), date(year, 12, 31)
    return (None, date(year, 12, 31)) if cutoff else (date(year, 1, 1), date(year, 12, 31))


def _resolve_month(match: re.Match[str], year: int, cutoff: bool) -> tuple[date | None, date | None]:
    month = _number(match.group("month"))
    if not 1 <= month <= 12:
        return None, None
    if match.group("day"):
        day = _number(match.group("day")[:-1])
        try:
            moment = date(year, month, day)
        except ValueError:
            return None, None
        return (None, moment) if cutoff else (moment, moment)
    if cutoff or match.group("month_edge") in ("底", "末"):
        return None, _month_end(year, month)
    return date(year, month, 1), _month_end(year, month)


def _year_of(match: re.Match[str], page_year: int | None) -> int | None:
    if match.group("year"):
        return _number(match.group("year"))
    relative = match.group("rel")
    if page_year is None:
        return None
    if relative in ("去年", "上年"):
        return page_year - 1
    if relative == "前年":
        return page_year - 2
    return page_year
