"""Datelines: the run that opens a report and says who filed it, where and when — a paper's or a site's 讯
(`本报枣庄讯`, `某某日报讯`, `本网讯`), an agency's or a site's 电 (`新华社西安9月12日电`, `某地7月15日电`), a site's
消息 (`央视网消息:`) — with the reporters a paper prints after it in brackets (`本报讯(记者 X)`).

One pure reader for every app: the articles read a dateline off a report's first paragraph (and its reporters with
their own credit grammar), the indicators pass it before reading what a figure counts. A dateline names no figure and
is no part of a headline.
"""

from __future__ import annotations

import re

from core.text.cleaning import normalize_for_matching

_CJK = "\u3400-\u9fff"
# `本报枣庄讯`, `本报10月21日讯`, `新华社西安9月12日电`, `新华网西安6月6日电`, `央广网西安8月6日消息`, `多彩贵州网讯`.
# A report reposted by a site names that site first, joined to the paper or media centre that filed it by a dash
# or a slash (`文化艺术网-文化艺术报讯`, `丝路昌吉/昌吉州融媒体中心讯`).
_REPOSTED_BY = rf"(?:[{_CJK}]{{2,10}}[ \t]*[-/][ \t]*)?"
DATELINE = re.compile(
    rf"{_REPOSTED_BY}"
    rf"(?:本报[{_CJK}0-9]{{0,10}}讯|新华社[^\s,,。]{{0,16}}电"
    rf"|[{_CJK}]{{2,8}}(?:日报|晚报|新闻网|网)讯"
    # A site's local channel (`中国江西网九江讯`, set off from the text: `互联网时代通讯员` is none) and a county's
    # media centre (`某州融媒体中心讯`).
    rf"|[{_CJK}]{{2,8}}网[{_CJK}]{{2,4}}讯(?=[ \t\u3000(,,::])|[{_CJK}]{{2,10}}融媒体中心讯"
    # A county paper or media centre signing with its county's name alone, its reporters in brackets (`修水讯(A B)`).
    # Words that end in 讯 and name no place (快讯, 简讯, 资讯, 通讯) head a column, not a report.
    rf"|[{_CJK}]{{2,4}}(?<![快简资通短喜音视传问审闻])讯(?=[ \t]*\()"
    # A paper whose name ends in 报 alone (`农村新报讯`, `农民报讯`), its reporters after a space.
    rf"|[{_CJK}]{{2,6}}报讯(?=[ \t(])"
    rf"|[{_CJK}]{{1,8}}(?:网|社|台|报)[{_CJK}]{{0,8}}[0-9]{{1,2}}月[0-9]{{1,2}}日(?:电|消息|讯)"
    # `本网讯`, and a news site's channel or a paper reporting with its reporter in brackets
    # (`国际在线黑龙江频道报道(于灵爽)`, `某某报报道(记者 X)`).
    rf"|本网[{_CJK}0-9]{{0,10}}讯|[{_CJK}]{{2,16}}(?:频道|网|台|报)报道(?=[ \t]*\())"
    # A wire report reposted without its agency's name: the place, the day and 电, then a space or the bracketed
    # reporters (`某地7月15日电  ……`); the space keeps `……日电视台` and other words out.
    # (`……日电 题:……` names the headline instead: `articles.headline_shapes.without_wire_dateline`).
    rf"|[{_CJK}]{{2,8}}[0-9]{{1,2}}月[0-9]{{1,2}}日电(?=[ \t\u3000(])(?![ \t\u3000]*题[::])"
    # A news site's or station's undated lede mark before a colon (`央视网消息:`, `中国之声消息:`).
    rf"|[{_CJK}]{{1,8}}(?:网|台|之声)消息(?=[::])"
)
# The reporters a paper prints in brackets right after its dateline (`本报讯(记者 张明 通讯员 刘芳)`).
_BRACKETED = re.compile(r"[ \t]*\([^()\n]{0,40}\)")
_SPACES = re.compile(r"[ \t\r\n]*")


def read_dateline(text: str) -> str | None:
    """The dateline opening `text` (width-folded, `core.text.cleaning.normalize_for_matching`), or None."""
    match = DATELINE.match(text)
    return match.group(0) if match else None


def after_dateline(text: str, begin: int, end: int) -> int:
    """Where the words of a clause `text[begin:end]` begin once a dateline opening it, the reporters bracketed after
    it and the spaces around them are passed; `begin` when the clause opens on no dateline."""
    clause = normalize_for_matching(text[begin:end])
    start = _SPACES.match(clause).end()
    match = DATELINE.match(clause, start)
    if match is None:
        return begin
    bracketed = _BRACKETED.match(clause, match.end())
    position = bracketed.end() if bracketed is not None else match.end()
    return begin + _SPACES.match(clause, position).end()
