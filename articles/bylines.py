"""Recognise credit lines, bylines and datelines of Chinese newspaper articles.

Credits come in many printed forms — `□ 本报记者 张环泽`, `□ 记者 X 通讯员 Y 报道`,
`本报邹城讯(通讯员 A B)`, `吴珊 刘梦琪/文`, `(杜明德 江玉宝)`, `(作者系…)`, `通讯员 曹雨 摄` —
but share a grammar: an optional marker (□), role words (本报/记者/通讯员), two-to-four
character personal names separated by spaces, and an optional verb (报道/摄/文). The byline we
store is the names only, in printed order, because role words are not part of who wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.person_names import (
    COMMON_SURNAMES,
    DOTTED_NAME,
    is_person_name,
    is_place_word,
    plausible_names,
)
from core.text.cleaning import normalize_for_matching

_CJK = "\u3400-\u9fff"
# Commentators sign with their paper or city in front (本报评论员, 东莞时评员, 湖北日报特约评论员).
# Reporters sign with their paper or its app in front (广西日报-广西日报客户端记者 韦鹏雁, 本报特约记者 何承强).
_OUTLET_KIND = "日报|晚报|报社|客户端|融媒体中心|电视台|新闻网|网|时刻|周刊|杂志|新闻|报"
# A magazine names itself in title marks (《瞭望》新闻周刊记者).
_OUTLET = (
    rf"(?:(?:新华社|中新社|(?:《[^》]{{1,12}}》)?[{_CJK}]{{2,10}}?(?:{_OUTLET_KIND})|《[^》]{{1,12}}》)[-—·/]?){{0,2}}"
)
# A site and the media centre behind it, joined by a slash and set off from the role word by a space
# (`某某新闻网/某地融媒体中心 记者 X`): the outlets of a reposted report.
_OUTLET_SPACE = r"(?:(?<=[心台社网报])[ \t]+)?"
ROLE = (
    rf"(?:{_OUTLET}{_OUTLET_SPACE}(?:本报|特约|首席|见习|实习|本刊|全媒体?){{0,2}}(?:摄影记者|记者|通讯员|实习生|撰稿人?|编辑|采访人员|作者)|本报|特约通讯员"
    rf"|[{_CJK}]{{0,6}}?(?:特约)?(?:时评员|评论员))"
)
# A name never ends in 摄: `新华社记者陆波岸摄` is 陆波岸 and the photo verb, printed without a space.
# A name is two to four characters, or a transliterated name joined by middle dots (`articles.person_names`).
NAME = rf"(?!报道|供图)(?:{DOTTED_NAME}|[{_CJK}][{_CJK}·]{{1,3}})(?<!摄)"
_SEP = r"[ \t、,，]+"
# A role word may follow a name without a space where a wrapped line was rejoined (`记者魏铼通讯员 胡良志`).
_NAME_SEQ = rf"{NAME}(?:(?:{_SEP}(?:{ROLE}[ \t]*)?|(?:{ROLE})[ \t]*){NAME})*"
ROLE_NAMES = rf"(?:{ROLE}[ \t]*)?{_NAME_SEQ}"
_MARK = r"[□■◇◆☆★●◎]"

# `□ 本报记者 张环泽`, `□记者 从春龙 通讯员 原立波 报道`, `本报通讯员 杜俊峰`, `□桐羽`
_CREDIT_LINE = re.compile(
    rf"^(?P<mark>{_MARK})?[ \t]*(?P<body>(?:{ROLE}[ \t]*)?{_NAME_SEQ})[ \t]*"
    r"(?P<verb>摄影报道|报道|摄|供图|文/图|图/文)?$"
)
# `吴珊 刘梦琪/文`, `文/吴珊`, `图/文 张三`
_WORK = r"(?:文|图|摄|图文|文图)"
_SLASH_CREDIT = re.compile(
    rf"^(?P<mark>{_MARK})?[ \t]*"
    rf"(?:(?P<before>{ROLE_NAMES})[ \t]*/[ \t]*{_WORK}|{_WORK}[ \t]*[/:|丨][ \t]*(?P<after>{ROLE_NAMES}))$"
)
# Each name with its own work (`□某台记者 A B C/文 D/图`, `张三/文 李四/图`): the writer and the photographer of
# one item. Marked or led by a role word it heads the item; bare, it closes one like `吴珊 刘梦琪/文`.
_PAIRED_WORK_CREDIT = re.compile(
    rf"^(?P<mark>{_MARK})?[ \t]*(?P<body>(?:{ROLE}[ \t]*)?{_NAME_SEQ}[ \t]*/[ \t]*{_WORK}"
    rf"(?:{_SEP}{_NAME_SEQ}[ \t]*/[ \t]*{_WORK})+)$"
)
# Who made the page rather than the article (`本版制图:傅军杰`, `责任编辑:王五`): it opens nothing.
# A picture page names who compiled it and who took its pictures the same way (`■整理编辑:X`, `■本期摄影:X Y`).
_PRODUCTION_CREDIT = re.compile(
    rf"^(?:{_MARK}[ \t]*)?(?:本版|本期)?(?:制图|图表|美编|美术编辑|责任编辑|责编|整理编辑|文字编辑|图片编辑"
    r"|编辑|整理|校对|设计|版式设计|版式|统筹|策划|监制|视觉|排版|摄影)"
    rf"[ \t]*[:|丨][ \t]*{_NAME_SEQ}$"
)
# An outlet and its people without a role word (`◎县融媒体中心 叶强平 呷玛斯郎 文/图`).
_OUTLET_CREDIT = re.compile(
    rf"^(?:{_MARK})?[ \t]*[{_CJK}]{{1,10}}?(?:{_OUTLET_KIND})[ \t]+(?P<body>{_NAME_SEQ})"
    rf"[ \t]*(?P<verb>文/图|图/文|报道|摄)$"
)
# A picture distributed by an agency names it first: `(新华社发 宋文摄)`.
_DISTRIBUTED = r"(?:(?:新华社|中新社|[\u3400-\u9fff]{2,10}?(?:日报|晚报|网))发[ \t]*)?"
# `(刘梦琪)`, `(杜明德 江玉宝)`, `(本报记者 张三)`, `(本报记者 张三 摄)`, `(新华社发 宋文摄)`
_PAREN_CREDIT = re.compile(rf"^\({_DISTRIBUTED}(?P<body>{ROLE_NAMES})[ \t]*(?P<verb>摄|报道)?\)$")
_AUTHOR_NOTE = re.compile(r"^\(?作者(?:系|为|是|单位)[^)]{1,60}\)?$")
_PICTURE_SOURCE = re.compile(r"^(?:(?:图片|照片|本版图片|图)(?:由|均由)?.{1,24}提供|(?:图片|摄影|图)[::].{1,24})$")
# A credit printed at the start of a paragraph: `□ 记者 张环泽 报道 本报枣庄讯 今年以来……`
_LEADING_CREDIT = re.compile(rf"^(?:{_MARK}[ \t]*(?:{ROLE_NAMES})|(?:{ROLE})[ \t]*{_NAME_SEQ})[ \t]*(?:报道|摄)[ \t]*")
# A credit closing a caption paragraph: `……文明新风尚。通讯员 曹雨 摄`
_TRAILING_CREDIT = re.compile(
    rf"(?:(?<=[。!?!?”])|^)[ \t]*(?:{_MARK}[ \t]*(?:{ROLE}[ \t]*)?|{ROLE}[ \t]*)"
    rf"(?P<names>{_NAME_SEQ})[ \t]*(?:摄|报道)$"
)
# The same with the work after a slash (`……打工。孔华/摄`), or a photographer named after `摄影` at the end
# of a caption (`瑷珲乡野公园 摄影 吕岩`, `……致富。摄影/冉永洪`).
_TRAILING_WORK_CREDIT = re.compile(
    rf"(?:(?<=[。!?!?”])[ \t]*(?P<slashed>{_NAME_SEQ})[ \t]*/[ \t]*摄"
    rf"|(?:[ \t]+|(?<=[。!?!?”]))摄影[::/]?[ \t]*(?P<after>{_NAME_SEQ})"
    rf"|(?<=[。!?!?”])[ \t]*(?P<bare>{_NAME_SEQ})[ \t]+摄"
    # `……一角。 孟庆祝 陈宝林摄`, `……。 王维俊 本报记者张殿文摄`: set off by a space, the verb glued to the name.
    rf"|(?<=[。!?!?”])[ \t]+(?P<glued>{_NAME_SEQ})摄"
    # `……赛马活动 周明摄/本刊`: the photographer and, after a slash, the outlet the picture is from.
    rf"|[ \t]+(?P<sourced>{_NAME_SEQ})[ \t]*摄[ \t]*/[ \t]*[{_CJK}]{{1,10}}"
    # `特庸镇成片桑田 王成 摄`: a picture's label, its photographer and the verb, each set off by a space.
    rf"|(?<=[{_CJK}])[ \t]+(?P<spaced>{_NAME_SEQ})[ \t]+摄)$"
)
# `……增收致富。薛顺鑫 文/图`: the reporter who wrote the caption and took its picture.
_TRAILING_TEXT_AND_PICTURE = re.compile(rf"(?<=[。!?!?”])[ \t]*(?P<names>{_NAME_SEQ})[ \t]*(?:文/图|图/文|图文)$")
_WORK_CREDIT_TAIL = 24
"""`摄` sits this close to the end in every form `_TRAILING_WORK_CREDIT` reads."""
# `……,化解率达98.5%。(陈雅琴)`: the reporter of a short item named in brackets after its last sentence.
_TRAILING_PAREN_CREDIT = re.compile(
    rf"(?<=[。!?!?”])[ \t]*\({_DISTRIBUTED}(?P<body>{ROLE_NAMES})[ \t]*(?P<verb>摄|报道)?\)$"
)
# `本报枣庄讯`, `本报10月21日讯`, `新华社西安9月12日电`, `新华网西安6月6日电`, `央广网西安8月6日消息`, `多彩贵州网讯`.
DATELINE = re.compile(
    rf"^(?:本报[{_CJK}0-9]{{0,10}}讯|新华社[^\s,,。]{{0,16}}电"
    rf"|[{_CJK}]{{2,8}}(?:日报|晚报|新闻网|网)讯"
    # A paper whose name ends in 报 alone (`农村新报讯`, `农民报讯`), its reporters after a space.
    rf"|[{_CJK}]{{2,6}}报讯(?=[ \t(])"
    rf"|[{_CJK}]{{1,8}}(?:网|社|台|报)[{_CJK}]{{0,8}}[0-9]{{1,2}}月[0-9]{{1,2}}日(?:电|消息|讯)"
    # `本网讯`, and a news site's channel reporting with its reporter in brackets (`国际在线黑龙江频道报道(于灵爽)`).
    rf"|本网[{_CJK}0-9]{{0,10}}讯|[{_CJK}]{{2,16}}(?:频道|网|台)报道(?=[ \t]*\())"
    # A wire report reposted without its agency's name: the place, the day and 电, then a space or the bracketed
    # reporters (`某地7月15日电  ……`); the space keeps `……日电视台` and other words out.
    # (`……日电 题:……` names the headline instead: `articles.headline_shapes.without_wire_dateline`).
    rf"|[{_CJK}]{{2,8}}[0-9]{{1,2}}月[0-9]{{1,2}}日电(?=[ \t\u3000(])(?![ \t\u3000]*题[::])"
    # A news site's or station's undated lede mark before a colon (`央视网消息:`, `中国之声消息:`).
    rf"|[{_CJK}]{{1,8}}(?:网|台|之声)消息(?=[::])"
)
_ROLE_ONLY = re.compile(rf"^(?:新华社|中新社|[{_CJK}]{{2,10}}?(?:{_OUTLET_KIND}))(?:摄影记者|记者|通讯员)$")
DATELINE_CREDIT = re.compile(rf"[ \t]*\((?P<body>{ROLE_NAMES})\)")
# The credit printed after a dateline without brackets (`本报讯 记者 X 通讯员 Y`, `本报讯 记者X报道 6月19日`): a role
# word first, and the names end at a space, a verb or the line's end (`本报讯 记者从某局获悉` names no one).
DATELINE_SPACED_CREDIT = re.compile(rf"[ \t]+(?P<body>{ROLE}[ \t]*{_NAME_SEQ})[ \t]*(?:报道)?(?=[ \t]|$)")
ROLE_WORD = re.compile(ROLE)
CREDIT_WINDOW = 80
"""Credits and datelines sit at a paragraph's edges; only this many characters are examined."""
_EDITORIAL_MARKS = frozenset(["待续", "未完待续", "全文完", "完", "下转", "上接", "节选", "摘编", "有删节"])


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


def names_of(credit_text: str) -> tuple[str, ...]:
    """Names in a credit fragment, role words and markers removed, duplicates dropped."""
    text = ROLE_WORD.sub(" ", credit_text)
    text = re.sub(rf"{_MARK}|摄影报道|报道|供图|[()/:]", " ", text)
    names: list[str] = []
    for token in re.split(_SEP, text):
        token = token.strip()
        if token.endswith("摄") and len(token) > 2:
            token = token[:-1]
        if token and token not in ("摄", "文", "图") and token not in names:
            names.append(token)
    return tuple(names)


def byline_text(names: tuple[str, ...] | list[str]) -> str | None:
    """The stored byline: names in printed order separated by a space."""
    unique = list(dict.fromkeys(n for n in names if n))
    return " ".join(unique) or None


# An e-paper's author line names the paper and the issue after the names (`作者:本报记者 A B 《光明日报》(
# 2018年11月15日 04版)`, `本报记者 A B 《 人民日报 》( 2022年09月24日 第 05 版)`): the names are the credit.
_AUTHOR_LABEL = re.compile(r"^作者[::][ \t]*(?=本报|记者|特约|通讯员)")
_EPAPER_SOURCE = re.compile(r"[ \t]*《[ \t]*[\u4e00-\u9fff]{2,10}[ \t]*》[ \t]*(?:\([^()]{0,30}(?:版[ \t]*\))?)?$")

_ISSUE_TAIL = re.compile(r"^\(?[ \t]*\d{4}年\d{1,2}月\d{1,2}日[ \t]*第?[ \t]*\d{1,3}[ \t]*版[ \t]*\)$")


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
    text = _EPAPER_SOURCE.sub("", _AUTHOR_LABEL.sub("", text)).strip() or text
    if text.startswith("[") and text.endswith("]"):
        text = f"({text[1:-1]})"  # `[通讯员 X 摄]`: a credit in square brackets reads as one in round ones
    if _PICTURE_SOURCE.match(text) or _ISSUE_TAIL.match(text):
        # A picture's source, or the issue an e-paper's author line ran on into (`2022年09月24日 第 05 版)`): a
        # note that signs nothing and opens nothing.
        return Credit(names=(), picture_source=True)
    text = _join_spaced_names(_without_separator_noise(text))
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
        body = match["before"] or match["after"]
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
        if names and plausible_names(names, strict=not marked, pen_name=pen_name, verb=verb):
            return Credit(names=names, photo=match["verb"] in ("摄", "供图"), marked=marked, reported=verb)
    names = _role_led_names(text)
    return Credit(names=names, marked=True) if names else None


# A role word, then names and role words set apart by spaces, one name a lone surname whose given name the copy
# lost (`记者 姜 刘芸 通讯员 柳婧`): the line is a byline still.
_ROLE_LED_LINE = re.compile(rf"^{ROLE}(?:[ \t]+(?:{ROLE}|[{_CJK}][{_CJK}·]{{0,3}}))+$")
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
_DECODED_SPACE = re.compile(rf"(?<=[{_CJK}])\?+(?=[{_CJK}])")
_BACKSLASH_WORK = re.compile(rf"(?<=[{_CJK}])[ \t]*\\[ \t]*(?={_WORK}$)")


def _without_separator_noise(text: str) -> str:
    text = _BACKSLASH_WORK.sub("/", text)
    if "?" in text and ROLE_WORD.match(text):
        text = _DECODED_SPACE.sub(" ", text)
    return text


# `某某网/某地融媒体中心 记者 张三 通` (a credit line the column wrapped): an outlet's role word, a space, a name.
_ROLE_OPENING = re.compile(rf"^(?:{_MARK})?[ \t]*{ROLE}[ \t]+{NAME}")


def opens_like_credit(line: str) -> bool:
    """The line opens on a role word set off by a space before a name (`……融媒体中心 记者 张三`): a credit line, whose
    spaces are not those of a headline's phrases, even where the column cut it before its last names."""
    return bool(_ROLE_OPENING.match(normalize_for_matching(line[:CREDIT_WINDOW]).strip()))


# A two-character name printed with a space inside it (`郑 波`, to fill the width of a three-character one).
_SPACED_NAME = re.compile(rf"(?<![{_CJK}])([{_CJK}])[ \t\u3000]([{_CJK}])(?![{_CJK}])")


def _join_spaced_names(text: str) -> str:
    return _SPACED_NAME.sub(r"\1\2", text)


def _without_reporting_place(names: tuple[str, ...], text: str) -> tuple[str, ...]:
    """`记者 杨朝文 湘西报道`: the word glued to 报道 after a spaced name is where the report was filed
    from when it reads as a place and not as a personal name."""
    if len(names) < 2 or not text.endswith(names[-1] + "报道") or is_person_name(names[-1]):
        return names
    return names[:-1] if is_place_word(names[-1]) else names


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


# `……村道被鲜花点缀(央广网记者 陈锵 摄)`: a caption closed by its photographer's bracketed credit right after
# its words. After a full stop the bracket closes a whole item instead (`_TRAILING_PAREN_CREDIT`).
_BRACKETED_PHOTO_CREDIT = re.compile(rf"(?<![。!?!?”])\({_DISTRIBUTED}(?P<body>{ROLE_NAMES})[ \t]*摄\)$")


# `……基本得到解决。  新华社 发`: an agency's release mark after the last sentence of a picture item, without names.
_TRAILING_RELEASE = re.compile(rf"(?<=[。!?!?”])[ \t]*(?:新华社|中新社|[{_CJK}]{{2,10}}?(?:日报|晚报|网))[ \t]*发$")


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


def find_dateline(paragraph: str) -> tuple[str | None, tuple[str, ...]]:
    """The dateline opening a paragraph (`本报枣庄讯`) and the names in a credit printed right
    after it in brackets (`本报邹城讯(通讯员 孙明涵 王茂征)`)."""
    text = normalize_for_matching(paragraph[:CREDIT_WINDOW])
    match = DATELINE.match(text)
    if not match:
        return None, ()
    credit = DATELINE_CREDIT.match(text, match.end()) or DATELINE_SPACED_CREDIT.match(text, match.end())
    names = names_of(credit["body"]) if credit else ()
    if names and not plausible_names(names, strict=False, verb=True):
        names = ()
    return paragraph[: match.end()], names
