"""Unquoted programmes that the way a sentence counts or lists them gives away.

- A campaign named by a count and one character (五清行动, 三改工程) is a coined name, the way 三变 or 四查四补 are:
  printed in an enumeration of measures (村容村貌、农村人居环境整治、五清行动、场镇提升) or right after a launching
  verb it names a campaign.  A count word in its place (三大工程, 五年行动, 十项行动) makes a numbered slogan or a
  period instead, and an ordinal (第一民生工程) ranks something.
- Villages counted or batched under a programme (7个老区建设重点村, 上海第一批9个乡村振兴示范村) are
  the programme's designated villages: the designation is a named programme with its own list and funds.
- A project printed as one of a programme's projects (密云2013年险户搬迁工程之一) names the programme.
- The members of an enumeration closed by 等 and a reform or a campaign (农村集体产权制度改革、互换并地等重大改革;
  开展甲、乙等专项行动) are each a programme of that kind, however short their own names are.  Works closed by 等工程
  (道路硬化、路灯安装等工程) are generic building jobs unless a member is a national programme (退耕还林、低效林改造、
  石漠化综合治理等工程), and tasks closed by a bare 等行动 (走访慰问、技能培训等行动) generic measures.
- The parts of a quoted formula that lists programmes (“基本医保+大病医保+农村特惠保+医疗救助”: two or more parts
  are national schemes) are each a programme, the local scheme among them included.
"""

from __future__ import annotations

import re

from programs.candidates import Candidate, inside_book_title
from programs.canonical import national_program_for

CJK = "\u4e00-\u9fff"

_COUNTS = "一二三四五六七八九十两百千万"
# Words that make the character after a count a measure (三大, 五年, 十项) rather than part of a coined name.
_MEASURE_WORDS = "大个项条批类级种年月天次届周轮家户人件"
_NUMBERED_CAMPAIGN_RE = re.compile(
    rf"(?<![第0-9{_COUNTS}])(?P<name>[{_COUNTS}](?![{_MEASURE_WORDS}])[{CJK}](?:行动|工程))(?![师者队款])"
)
# An enumeration mark on either side, or a launching verb before, shows the campaign is one of the measures taken.
_LISTED_BEFORE = re.compile(r"(?:、|实施|开展|推进|启动|深化|推行)$")
_LISTED_AFTER = re.compile(r"、|等")

# 个 or 批 before: the villages are counted or batched as a list; the modifier must name a programme of work
# (…建设, …振兴, …推进), not a kind of village (重点扶贫村).  Pilot villages (首批乡村振兴试点村) are left to the
# programme they pilot: a pilot is a stage of it, not a title of its own.
# 精品村 is the top grade of such a list (打造12个乡村振兴精品村).
_DESIGNATED_VILLAGES_RE = re.compile(rf"(?:个|批)(?P<name>[{CJK}]{{2,6}}?(?:建设|振兴|推进)(?:重点|示范|精品)村)")

# The name runs from a boundary (a year, 的/是/为, punctuation) to the head before 之一; a count before the head
# (三大工程之一) is a numbered slogan's member, not a name.
_ONE_OF_RE = re.compile(
    rf"(?:(?<=[年的是为,，。、;；:：\s])|^)(?P<name>[{CJK}]{{2,8}}?(?:工程|计划|行动|项目))之一", re.MULTILINE
)
_COUNTED_MODIFIER = re.compile(rf"^[{_COUNTS}0-9]+[{_MEASURE_WORDS}]?")
_NOT_A_NAME = re.compile(r"[的了是在和与及等]|重点|重要|主要|民生|这|该|其")


# An enumeration of two or more members, closed by 等 and (after an optional qualifier) a programme head.
_ENUMERATION_RE = re.compile(
    rf"(?<![{CJK}])(?P<items>[{CJK}]{{2,30}}(?:、[{CJK}]{{2,12}})+)等(?:(?:重大|重点|多项|各项|一系列|系列)?改革|(?:专项|攻坚)行动)(?![者队])"
)
# Works closed by 等工程 are a programme's only when a member is a national programme: 实施了退耕还林、低效林改造、
# 石漠化综合治理等工程 lists the state's ecological programmes, 道路硬化、路灯安装等工程 building jobs.
_WORKS_RE = re.compile(
    rf"(?<![{CJK}])(?P<items>[{CJK}]{{2,30}}(?:、[{CJK}]{{2,12}})+)等(?:重点|重大|生态)?工程(?![师者队])"
)
_MEMBER_MAX = 12
_LEADING_VERB = re.compile(r"^.*?(?:实施|开展|推进|启动|深化|推行|推动|落实|完成|加快)(?:了)?")


def _enumerated_members(text: str) -> list[Candidate]:
    """Each member of 甲、乙等重大改革 (the first one without the verb that opens the clause), and of 甲、乙等工程
    when one of them is a national programme."""
    found = []
    for match in [*_ENUMERATION_RE.finditer(text), *_WORKS_RE.finditer(text)]:
        if inside_book_title(text, match.start()):
            continue
        position = match.start("items")
        members = []
        for index, member in enumerate(match.group("items").split("、")):
            start, name = position, member
            position += len(member) + 1
            if index == 0 and (verb := _LEADING_VERB.match(name)) is not None:
                start, name = start + verb.end(), name[verb.end() :]
            members.append((start, name))
        if match.re is _WORKS_RE and not any(national_program_for(name) for _, name in members):
            continue
        for start, name in members:
            if not 2 <= len(name) <= _MEMBER_MAX or _NOT_A_NAME.search(name) or _COUNTED_MODIFIER.match(name):
                continue
            found.append(Candidate(start, start + len(name), name, national=False, confidence=0.5))
    return found


_QUOTED_FORMULA_RE = re.compile(rf"“(?P<body>[{CJK}]{{2,10}}(?:[+＋][{CJK}]{{2,10}}){{2,}})”")
_MIN_LISTED_PROGRAMMES = 2


def _formula_of_programmes(text: str) -> list[Candidate]:
    """The parts of a quoted formula whose parts are programmes (“基本医保+大病医保+特惠保+医疗救助”)."""
    found = []
    for match in _QUOTED_FORMULA_RE.finditer(text):
        parts = re.split(r"[+＋]", match.group("body"))
        if sum(national_program_for(part) is not None for part in parts) < _MIN_LISTED_PROGRAMMES:
            continue
        position = match.start("body")
        for part in parts:
            if national_program_for(part) is None and len(part) >= 3 and not _NOT_A_NAME.search(part):
                found.append(Candidate(position, position + len(part), part, national=False, confidence=0.5))
            position += len(part) + 1
    return found


def counted_candidates(text: str) -> list[Candidate]:
    """Numbered campaigns in enumerations and programmes named by their designated villages."""
    found = []
    for match in _NUMBERED_CAMPAIGN_RE.finditer(text):
        start, end = match.span("name")
        listed = _LISTED_BEFORE.search(text, max(0, start - 2), start) or _LISTED_AFTER.match(text, end)
        if listed and not inside_book_title(text, start):
            found.append(Candidate(start, end, match.group("name"), national=False, confidence=0.55))
    for match in _DESIGNATED_VILLAGES_RE.finditer(text):
        start, end = match.span("name")
        if not inside_book_title(text, start):
            found.append(Candidate(start, end, match.group("name"), national=False, confidence=0.55))
    for match in _ONE_OF_RE.finditer(text):
        name = match.group("name")
        if _COUNTED_MODIFIER.match(name) or _NOT_A_NAME.search(name) or inside_book_title(text, match.start()):
            continue
        found.append(Candidate(match.start("name"), match.end("name"), name, national=False, confidence=0.55))
    found.extend(_enumerated_members(text))
    found.extend(_formula_of_programmes(text))
    return found
