"""Credits printed at a paragraph's edges rather than on a line of their own: a credit before a report's first words
(`□ 记者 张环泽 报道 本报枣庄讯 ……`) and the photographer's or reporter's credit after a caption's or a brief's last
sentence (`……文明新风尚。通讯员 曹雨 摄`, `……增收。(曾丽君)`, `……。 新华社 发`)."""

from __future__ import annotations

import re

from articles.credit_grammar import (
    CJK,
    CREDIT_WINDOW,
    DISTRIBUTED,
    MARK,
    NAME_SEQ,
    ROLE,
    ROLE_NAMES,
    names_of,
)
from articles.person_names import plausible_names
from core.text.cleaning import normalize_for_matching

# A credit printed at the start of a paragraph: `□ 记者 张环泽 报道 本报枣庄讯 今年以来……`
_LEADING_CREDIT = re.compile(rf"^(?:{MARK}[ \t]*(?:{ROLE_NAMES})|(?:{ROLE})[ \t]*{NAME_SEQ})[ \t]*(?:报道|摄)[ \t]*")
# A credit closing a caption paragraph: `……文明新风尚。通讯员 曹雨 摄`
_TRAILING_CREDIT = re.compile(
    rf"(?:(?<=[。!?!?”])|^)[ \t]*(?:{MARK}[ \t]*(?:{ROLE}[ \t]*)?|{ROLE}[ \t]*)"
    rf"(?P<names>{NAME_SEQ})[ \t]*(?:摄|报道)$"
)
# The same with the work after a slash (`……打工。孔华/摄`), or a photographer named after `摄影` at the end
# of a caption (`瑷珲乡野公园 摄影 吕岩`, `……致富。摄影/冉永洪`).
_TRAILING_WORK_CREDIT = re.compile(
    rf"(?:(?<=[。!?!?”])[ \t]*(?P<slashed>{NAME_SEQ})[ \t]*/[ \t]*摄"
    rf"|(?:[ \t]+|(?<=[。!?!?”]))摄影[::/]?[ \t]*(?P<after>{NAME_SEQ})"
    rf"|(?<=[。!?!?”])[ \t]*(?P<bare>{NAME_SEQ})[ \t]+摄"
    # `……一角。 孟庆祝 陈宝林摄`, `……。 王维俊 本报记者张殿文摄`: set off by a space, the verb glued to the name.
    rf"|(?<=[。!?!?”])[ \t]+(?P<glued>{NAME_SEQ})摄"
    # `……赛马活动 周明摄/本刊`: the photographer and, after a slash, the outlet the picture is from.
    rf"|[ \t]+(?P<sourced>{NAME_SEQ})[ \t]*摄[ \t]*/[ \t]*[{CJK}]{{1,10}}"
    # `特庸镇成片桑田 王成 摄`: a picture's label, its photographer and the verb, each set off by a space.
    rf"|(?<=[{CJK}])[ \t]+(?P<spaced>{NAME_SEQ})[ \t]+摄)$"
)
# `……增收致富。薛顺鑫 文/图`: the reporter who wrote the caption and took its picture.
_TRAILING_TEXT_AND_PICTURE = re.compile(rf"(?<=[。!?!?”])[ \t]*(?P<names>{NAME_SEQ})[ \t]*(?:文/图|图/文|图文)$")
_WORK_CREDIT_TAIL = 24
"""`摄` sits this close to the end in every form `_TRAILING_WORK_CREDIT` reads."""
# `……,化解率达98.5%。(陈雅琴)`: the reporter of a short item named in brackets after its last sentence.
_TRAILING_PAREN_CREDIT = re.compile(
    rf"(?<=[。!?!?”])[ \t]*\({DISTRIBUTED}(?P<body>{ROLE_NAMES})[ \t]*(?P<verb>摄|报道)?\)$"
)
_EDITORIAL_MARKS = frozenset(["待续", "未完待续", "全文完", "完", "下转", "上接", "节选", "摘编", "有删节"])


def split_leading_credit(paragraph: str) -> tuple[tuple[str, ...], int]:
    """Names of a credit printed at the start of a paragraph and the length it occupies
    (0 when there is none). The dateline after it stays in the body."""
    text = normalize_for_matching(paragraph[:CREDIT_WINDOW])
    match = _LEADING_CREDIT.match(text)
    if not match:
        return (), 0
    names = names_of(match.group(0))
    if not plausible_names(names, strict=False):
        return (), 0
    return names, match.end()


def split_trailing_credit(paragraph: str) -> tuple[tuple[str, ...], int]:
    """Names of a picture/report credit closing a paragraph (`……。通讯员 曹雨 摄`) and the index
    where it starts (len(paragraph) when there is none)."""
    offset = max(0, len(paragraph.rstrip()) - CREDIT_WINDOW)
    text = normalize_for_matching(paragraph[offset:]).rstrip()
    match = _TRAILING_CREDIT.search(text) or _TRAILING_TEXT_AND_PICTURE.search(text)
    if match:
        names = names_of(match["names"])
    else:
        match = _TRAILING_WORK_CREDIT.search(text) if "摄" in text[-_WORK_CREDIT_TAIL:] else None
        if not match:
            return (), len(paragraph)
        names = names_of(
            match["slashed"] or match["after"] or match["bare"] or match["glued"] or match["sourced"] or match["spaced"]
        )
        if (match["bare"] or match["glued"] or match["spaced"]) and not plausible_names(names, strict=True, verb=True):
            return (), len(paragraph)  # bare names before a spaced 摄 must read as personal names
    if not plausible_names(names, strict=False, verb=True):
        return (), len(paragraph)
    start = match.start()
    while start < len(text) and text[start] in " \t":
        start += 1
    return names, offset + start


def split_trailing_paren_credit(paragraph: str) -> tuple[tuple[str, ...], int]:
    """Names in a bracketed credit closing a paragraph (`……增收。(曾丽君)`) and the index where it
    starts (len(paragraph) when there is none). Bare names must read as personal names."""
    stripped = paragraph.rstrip()
    offset = max(0, len(stripped) - CREDIT_WINDOW)
    text = normalize_for_matching(stripped[offset:])
    match = _TRAILING_PAREN_CREDIT.search(text)
    if not match:
        return (), len(paragraph)
    names = names_of(match["body"])
    # After the last sentence a bracketed short word is a name (罕玉兰, 阿苦拉且, with surnames
    # outside the common list) unless it is an editorial mark such as (待续).
    if not plausible_names(names, strict=False, verb=bool(match["verb"])) or _EDITORIAL_MARKS.intersection(names):
        return (), len(paragraph)
    start = match.start()
    while start < len(text) and text[start] in " \t":
        start += 1
    return names, offset + start


# `……的目标。      周仕镊`: the reporter's bare names set off from the last sentence by a run of spaces, where the
# copy ran the closing credit line into the paragraph.
_TRAILING_SPACED_NAMES = re.compile(rf"(?<=[。!?!?”])[ \t]{{3,}}(?P<names>{NAME_SEQ})$")


def split_trailing_spaced_names(paragraph: str) -> tuple[tuple[str, ...], int]:
    """Names run into a paragraph's end after its last sentence and a run of spaces (`……。      周仕镊`), and the
    index where they start (len(paragraph) when there are none). They must read as personal names."""
    stripped = paragraph.rstrip()
    offset = max(0, len(stripped) - CREDIT_WINDOW)
    text = normalize_for_matching(stripped[offset:])
    match = _TRAILING_SPACED_NAMES.search(text)
    if not match:
        return (), len(paragraph)
    names = names_of(match["names"])
    if not plausible_names(names, strict=True):
        return (), len(paragraph)
    return names, offset + match.start("names")


# `……村道被鲜花点缀(央广网记者 陈锵 摄)`: a caption closed by its photographer's bracketed credit right after
# its words. After a full stop the bracket closes a whole item instead (`_TRAILING_PAREN_CREDIT`).
_BRACKETED_PHOTO_CREDIT = re.compile(rf"(?<![。!?!?”])\({DISTRIBUTED}(?P<body>{ROLE_NAMES})[ \t]*摄\)$")


# `……基本得到解决。  新华社 发`: an agency's release mark after the last sentence of a picture item, without names.
_TRAILING_RELEASE = re.compile(rf"(?<=[。!?!?”])[ \t]*(?:新华社|中新社|[{CJK}]{{2,10}}?(?:日报|晚报|网))[ \t]*发$")


def trailing_release_start(paragraph: str) -> int | None:
    """Index where an agency's release mark closing a paragraph starts (`……。 新华社 发`), or None. Like a
    bracketed reporter's name, it closes the item."""
    stripped = paragraph.rstrip()
    offset = max(0, len(stripped) - CREDIT_WINDOW)
    match = _TRAILING_RELEASE.search(normalize_for_matching(stripped[offset:]))
    if match is None:
        return None
    start = match.start()
    while stripped[offset + start] in " \t":
        start += 1
    return offset + start


def split_bracketed_photo_credit(paragraph: str) -> tuple[tuple[str, ...], int]:
    """Names in a bracketed photo credit closing a paragraph and the index where it starts (len(paragraph)
    when there is none)."""
    stripped = paragraph.rstrip()
    offset = max(0, len(stripped) - CREDIT_WINDOW)
    match = _BRACKETED_PHOTO_CREDIT.search(normalize_for_matching(stripped[offset:]))
    if not match or match.start() == 0:
        return (), len(paragraph)
    names = names_of(match["body"])
    if not plausible_names(names, strict=False, verb=True):
        return (), len(paragraph)
    return names, offset + match.start()
