"""Whole lines that credit an article: bylines, photo credits, production credits, author notes.

The grammar of role words and names is `articles.credit_grammar`; credits printed at a paragraph's edges are read by
`articles.edge_credits` and datelines by `articles.dateline_lines`. Their readers are re-exported here, where the
segmenter has always looked for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.credit_grammar import (
    CJK,
    CREDIT_WINDOW,
    DISTRIBUTED,
    MARK,
    NAME,
    NAME_SEQ,
    OUTLET_KIND,
    ROLE,
    ROLE_NAMES,
    ROLE_WORD,
    SEP,
    byline_text,
    join_spaced_names,
    names_of,
)
from articles.dateline_lines import find_dateline
from articles.edge_credits import (
    split_bracketed_photo_credit,
    split_leading_credit,
    split_trailing_credit,
    split_trailing_paren_credit,
    trailing_release_start,
)
from articles.person_names import COMMON_SURNAMES, is_person_name, is_place_word, plausible_names
from core.text.cleaning import normalize_for_matching

__all__ = [
    "CREDIT_WINDOW",
    "Credit",
    "byline_text",
    "find_dateline",
    "names_of",
    "opens_like_credit",
    "parse_credit_line",
    "split_bracketed_photo_credit",
    "split_leading_credit",
    "split_trailing_credit",
    "split_trailing_paren_credit",
    "trailing_release_start",
]

# `□ 本报记者 张环泽`, `□记者 从春龙 通讯员 原立波 报道`, `本报通讯员 杜俊峰`, `□桐羽`, `某中心记者:张三 李四`
# `■ 摄影 记者 X`: the work before the role word, set off by a space, says the names took the pictures.
_CREDIT_LINE = re.compile(
    rf"^(?P<mark>{MARK})?[ \t]*(?:(?P<work>摄影)[ \t]+(?={ROLE}))?"
    rf"(?P<body>(?:{ROLE}[ \t]*(?::[ \t]*)?)?{NAME_SEQ})[ \t]*"
    r"(?P<verb>摄影报道|报道|摄|供图|文/图|图/文)?$"
)
# `吴珊 刘梦琪/文`, `文/吴珊`, `图/文 张三`, `文/图/视频/周晶 徐如风`: the works the names made, joined by slashes, and
# the names after a slash, a colon or (after two works or more) a space.
_WORK = r"(?:文|图|摄|图文|文图)"
_WORK_CHAIN = r"(?:图文|文图|视频|摄像|摄影|文|图|摄)(?:[ \t]*/[ \t]*(?:图文|文图|视频|摄像|摄影|文|图|摄))+"
_SLASH_CREDIT = re.compile(
    rf"^(?P<mark>{MARK})?[ \t]*"
    rf"(?:(?P<before>{ROLE_NAMES})[ \t]*/[ \t]*{_WORK}"
    rf"|(?:{_WORK_CHAIN}|{_WORK})[ \t]*[/:|丨][ \t]*(?P<after>{ROLE_NAMES})"
    rf"|{_WORK_CHAIN}[ \t]+(?P<spaced>{ROLE_NAMES}))$"
)
# Each name with its own work (`□某台记者 A B C/文 D/图`, `张三/文 李四/图`): the writer and the photographer of
# one item. Marked or led by a role word it heads the item; bare, it closes one like `吴珊 刘梦琪/文`.
_PAIRED_WORK_CREDIT = re.compile(
    rf"^(?P<mark>{MARK})?[ \t]*(?P<body>(?:{ROLE}[ \t]*)?{NAME_SEQ}[ \t]*/[ \t]*{_WORK}"
    rf"(?:{SEP}{NAME_SEQ}[ \t]*/[ \t]*{_WORK})+)$"
)
# Who made the page rather than the article (`本版制图:傅军杰`, `责任编辑:王五`): it opens nothing.
# A picture page names who compiled it and who took its pictures the same way (`■整理编辑:X`, `■本期摄影:X Y`).
_PRODUCTION_CREDIT = re.compile(
    rf"^(?:{MARK}[ \t]*)?(?:本版|本期)?(?:制图|图表|美编|美术编辑|责任编辑|责编|整理编辑|文字编辑|图片编辑"
    r"|编辑|整理|校对|设计|版式设计|版式|统筹|策划|监制|视觉|排版|摄影)"
    rf"[ \t]*[:|丨][ \t]*{NAME_SEQ}$"
)
# An outlet and its people without a role word (`◎县融媒体中心 叶强平 呷玛斯郎 文/图`).
_OUTLET_CREDIT = re.compile(
    rf"^(?:{MARK})?[ \t]*[{CJK}]{{1,10}}?(?:{OUTLET_KIND})[ \t]+(?P<body>{NAME_SEQ})"
    rf"[ \t]*(?P<verb>文/图|图/文|报道|摄)$"
)
# `(刘梦琪)`, `(杜明德 江玉宝)`, `(本报记者 张三)`, `(本报记者 张三 摄)`, `(新华社发 宋文摄)`
_PAREN_CREDIT = re.compile(rf"^\({DISTRIBUTED}(?P<body>{ROLE_NAMES})[ \t]*(?P<verb>摄|报道)?\)$")
_AUTHOR_NOTE = re.compile(r"^\(?作者(?:系|为|是|单位)[^)]{1,60}\)?$")
_PICTURE_SOURCE = re.compile(r"^(?:(?:图片|照片|本版图片|图)(?:由|均由)?.{1,24}提供|(?:图片|摄影|图)[::].{1,24})$")
_ROLE_ONLY = re.compile(rf"^(?:新华社|中新社|[{CJK}]{{2,10}}?(?:{OUTLET_KIND}))(?:摄影记者|记者|通讯员)$")


@dataclass(frozen=True)
class Credit:
    """A standalone credit line. `closing` credits ((names), names/文, 作者系) are printed after
    an article's body and so mark its end; `photo` credits (…摄) belong to a picture; `reported`
    credits end in a verb (报道/摄), the form printed under captions and above short news;
    `marked` credits carry an explicit □ or role word."""

    names: tuple[str, ...]
    closing: bool = False
    photo: bool = False
    marked: bool = False
    author_note: bool = False
    picture_source: bool = False
    reported: bool = False
    production: bool = False
    """Who made the page (`本版制图:X`, `■本期摄影:X`): printed where a page's item or group of pictures ends."""


# An e-paper's author line names the paper and the issue after the names (`作者:本报记者 A B 《光明日报》(
# 2018年11月15日 04版)`, `本报记者 A B 《 人民日报 》( 2022年09月24日 第 05 版)`): the names are the credit.
_AUTHOR_LABEL = re.compile(r"^作者[::][ \t]*(?=本报|记者|特约|通讯员)")
_EPAPER_SOURCE = re.compile(r"[ \t]*《[ \t]*[\u4e00-\u9fff]{2,10}[ \t]*》[ \t]*(?:\([^()]{0,30}(?:版[ \t]*\))?)?$")

_ISSUE_TAIL = re.compile(r"^\(?[ \t]*\d{4}年\d{1,2}月\d{1,2}日[ \t]*第?[ \t]*\d{1,3}[ \t]*版[ \t]*\)$")


# A middle dot set before a role word as a bullet (`·某某新闻记者 A B`): a marker like □, not part of a name.
_DOT_BEFORE_ROLE = re.compile(rf"^[·•・][ \t]*(?={ROLE})")


def parse_credit_line(line: str) -> Credit | None:
    """Classify a whole line as a credit, or return None when it is not one.

    A bare line of names (`孟祥峰`) counts only when every token reads as a personal name, so a
    short section label (区内动态, 评论) is not mistaken for a byline.
    """
    if len(line) > 80:
        return None
    text = normalize_for_matching(line).strip()
    if not text or len(text) > 60:
        return None
    if _AUTHOR_NOTE.match(text):
        return Credit(names=(), closing=True, author_note=True)
    text = _EPAPER_SOURCE.sub("", _AUTHOR_LABEL.sub("", _DOT_BEFORE_ROLE.sub("", text))).strip() or text
    if text.startswith("[") and text.endswith("]"):
        text = f"({text[1:-1]})"  # `[通讯员 X 摄]`: a credit in square brackets reads as one in round ones
    if _PICTURE_SOURCE.match(text) or _ISSUE_TAIL.match(text):
        # A picture's source, or the issue an e-paper's author line ran on into (`2022年09月24日 第 05 版)`): a
        # note that signs nothing and opens nothing.
        return Credit(names=(), picture_source=True)
    text = join_spaced_names(_without_separator_noise(text))
    match = _PRODUCTION_CREDIT.match(text)
    if match and plausible_names(names_of(text.split(":", 1)[-1].split("|", 1)[-1]), strict=False):
        return Credit(names=(), picture_source=True, production=True)
    match = _OUTLET_CREDIT.match(text)
    if match and plausible_names(names_of(match["body"]), strict=False, verb=True):
        return Credit(names=names_of(match["body"]), marked=True, reported=True)
    match = _PAREN_CREDIT.match(text)
    if match and plausible_names(
        names_of(match["body"]), strict=not ROLE_WORD.search(match["body"]), verb=bool(match["verb"])
    ):
        return Credit(names=names_of(match["body"]), closing=True, marked=True, photo=match["verb"] == "摄")
    if _ROLE_ONLY.match(text):
        return Credit(names=(), marked=True)  # `新华社记者` over the text, the names printed elsewhere
    match = _PAIRED_WORK_CREDIT.match(text)
    if match and plausible_names(names_of(match["body"]), strict=False):
        headed = bool(match["mark"] or ROLE_WORD.match(match["body"]))
        return Credit(names=names_of(match["body"]), closing=not headed, marked=True)
    match = _SLASH_CREDIT.match(text)
    if match:
        body = match["before"] or match["after"] or match["spaced"]
        names = names_of(body)
        if plausible_names(names, strict=False):
            # `□某台记者 A B/文`: the marker heads an item's byline; bare names before their work close one.
            return Credit(names=names, closing=bool(match["before"]) and not match["mark"], marked=True)
    match = _CREDIT_LINE.match(text)
    if match:
        body = match["body"]
        names = _without_reporting_place(names_of(body), text)
        marked = bool(match["mark"] or ROLE_WORD.match(body) or match["verb"])
        # `□ 赣文`: a marker before one short name is a pen name, which may end in 文.
        pen_name = bool(match["mark"]) and len(names) == 1 and len(names[0]) <= 3 and not match["verb"]
        verb = bool(match["verb"]) or text.endswith(("报道", "摄"))  # a glued verb is read into the last name
        if match["verb"] == "摄" and not match["mark"] and not ROLE_WORD.match(body) and _labels_its_picture(names):
            return None  # `万亩茶园 张三 摄`: a picture's label and its photographer, a caption
        if names and plausible_names(names, strict=not marked, pen_name=pen_name, verb=verb):
            photo = match["verb"] in ("摄", "供图") or match["work"] is not None
            return Credit(names=names, photo=photo, marked=marked, reported=verb)
    names = _role_led_names(text)
    return Credit(names=names, marked=True) if names else None


def _labels_its_picture(names: tuple[str, ...]) -> bool:
    """The first word of a bare photo credit is no personal name and every other one is: the picture's label (a
    place, a scene) before its photographer's name, printed the way a caption is."""
    return len(names) >= 2 and not is_person_name(names[0]) and all(is_person_name(name) for name in names[1:])


# A role word, then names and role words set apart by spaces, one name a lone surname whose given name the copy
# lost (`记者 姜 刘芸 通讯员 柳婧`): the line is a byline still.
_ROLE_LED_LINE = re.compile(rf"^{ROLE}(?:[ \t]+(?:{ROLE}|[{CJK}][{CJK}·]{{0,3}}))+$")
MIN_ROLE_LED_NAMES = 2


def _role_led_names(text: str) -> tuple[str, ...]:
    """Names of a role-led credit line with a lone surname among its names, or () for any other line."""
    if not _ROLE_LED_LINE.match(text):
        return ()
    names = names_of(text)
    lone = [name for name in names if len(name) == 1]
    full = tuple(name for name in names if len(name) > 1)
    if not lone or len(full) < MIN_ROLE_LED_NAMES or any(name not in COMMON_SURNAMES for name in lone):
        return ()
    return names if plausible_names(full, strict=False) else ()


# A space between names that a bad decode turned into `?` (`记者?张三??李四`), and a slash printed as a backslash
# (`王五\\摄`): noise of the copy, read as the separator it stands for. Only a line with a role word or a work verb
# is read so; a headline asking a question keeps its `?`.
_DECODED_SPACE = re.compile(rf"(?<=[{CJK}])\?+(?=[{CJK}])")
_BACKSLASH_WORK = re.compile(rf"(?<=[{CJK}])[ \t]*\\[ \t]*(?={_WORK}$)")


def _without_separator_noise(text: str) -> str:
    text = _BACKSLASH_WORK.sub("/", text)
    if "?" in text and ROLE_WORD.match(text):
        text = _DECODED_SPACE.sub(" ", text)
    return text


# `某某网/某地融媒体中心 记者 张三 通` (a credit line the column wrapped): an outlet's role word, a space, a name.
_ROLE_OPENING = re.compile(rf"^(?:{MARK})?[ \t]*{ROLE}[ \t]+{NAME}")


def opens_like_credit(line: str) -> bool:
    """The line opens on a role word set off by a space before a name (`……融媒体中心 记者 张三`): a credit line, whose
    spaces are not those of a headline's phrases, even where the column cut it before its last names."""
    return bool(_ROLE_OPENING.match(normalize_for_matching(line[:CREDIT_WINDOW]).strip()))


def _without_reporting_place(names: tuple[str, ...], text: str) -> tuple[str, ...]:
    """`记者 杨朝文 湘西报道`: the word glued to 报道 after a spaced name is where the report was filed
    from when it reads as a place and not as a personal name."""
    if len(names) < 2 or not text.endswith(names[-1] + "报道") or is_person_name(names[-1]):
        return names
    return names[:-1] if is_place_word(names[-1]) else names
