"""The grammar shared by every credit of a Chinese newspaper article: role words, outlets, personal names.

Credits come in many printed forms — `□ 本报记者 张环泽`, `□ 记者 X 通讯员 Y 报道`,
`本报邹城讯(通讯员 A B)`, `吴珊 刘梦琪/文`, `(杜明德 江玉宝)`, `(作者系…)`, `通讯员 曹雨 摄` —
but share a grammar: an optional marker (□), role words (本报/记者/通讯员), two-to-four
character personal names separated by spaces, and an optional verb (报道/摄/文). The byline we
store is the names only, in printed order, because role words are not part of who wrote it.
Whole credit lines are read by `articles.bylines`, credits at a paragraph's edges by `articles.edge_credits`,
datelines by `articles.dateline_lines`.
"""

from __future__ import annotations

import re

from articles.person_names import DOTTED_NAME

CJK = "\u3400-\u9fff"
# Commentators sign with their paper or city in front (本报评论员, 东莞时评员, 湖北日报特约评论员).
# Reporters sign with their paper or its app in front (广西日报-广西日报客户端记者 韦鹏雁, 本报特约记者 何承强), or
# with the paper's all-media newsroom (某某全媒体记者 X).
OUTLET_KIND = "日报|晚报|报社|客户端|融媒体中心|全媒体|电视台|新闻网|网|时刻|周刊|杂志|新闻|报"
# A magazine names itself in title marks (《瞭望》新闻周刊记者). A county's media centre signs without the county's
# name on its own site (融媒体中心记者:X).
_NAMED_OUTLET = rf"(?:《[^》]{{1,12}}》)?[{CJK}]{{2,10}}?(?:{OUTLET_KIND})"
_OUTLET = rf"(?:(?:新华社|中新社|融媒体中心|{_NAMED_OUTLET}|《[^》]{{1,12}}》)[-—·/]?){{0,2}}"
# A site and the media centre behind it, joined by a slash and set off from the role word by a space
# (`某某新闻网/某地融媒体中心 记者 X`): the outlets of a reposted report.
_OUTLET_SPACE = r"(?:(?<=[心台社网报])[ \t]+)?"
ROLE = (
    rf"(?:{_OUTLET}{_OUTLET_SPACE}(?:本报|特约|首席|见习|实习|本刊|全媒体?){{0,2}}(?:摄影记者|摄影通讯员|记者|通讯员|实习生|撰稿人?|编辑|采访人员|作者)|本报|特约通讯员"
    rf"|[{CJK}]{{0,6}}?(?:特约)?(?:时评员|评论员))"
)
# A name never ends in 摄: `新华社记者陆波岸摄` is 陆波岸 and the photo verb, printed without a space (`林川摄影报道`
# likewise).
# A name is two to four characters, or a transliterated name joined by middle dots (`articles.person_names`).
NAME = rf"(?!报道|供图)(?:{DOTTED_NAME}|[{CJK}][{CJK}·]{{1,3}})(?<!摄)(?<!摄影)"
SEP = r"[ \t、,，]+"
# A role word may follow a name without a space where a wrapped line was rejoined (`记者魏铼通讯员 胡良志`), and each
# role word may be set off from its names by a colon (`通讯员:王玥 全媒体记者:童光辉`).
_ROLE_LABEL = rf"(?:{ROLE})[ \t]*(?::[ \t]*)?"
NAME_SEQ = rf"{NAME}(?:(?:{SEP}(?:{_ROLE_LABEL})?|{_ROLE_LABEL}){NAME})*"
ROLE_NAMES = rf"(?:{ROLE}[ \t]*)?{NAME_SEQ}"
MARK = r"[□■◇◆☆★●◎]"
# A picture distributed by an agency names it first: `(新华社发 宋文摄)`.
DISTRIBUTED = r"(?:(?:新华社|中新社|[\u3400-\u9fff]{2,10}?(?:日报|晚报|网))发[ \t]*)?"
ROLE_WORD = re.compile(ROLE)
CREDIT_WINDOW = 80
"""Credits and datelines sit at a paragraph's edges; only this many characters are examined."""


# What a credit says the names made (`文/图/视频/A B`): words of the work, never names.
_WORK_WORDS = frozenset(("摄", "文", "图", "视频", "摄像", "摄影"))


def names_of(credit_text: str) -> tuple[str, ...]:
    """Names in a credit fragment, role words and markers removed, duplicates dropped."""
    text = ROLE_WORD.sub(" ", credit_text)
    text = re.sub(rf"{MARK}|摄影报道|报道|供图|[()/:]", " ", text)
    names: list[str] = []
    for token in re.split(SEP, text):
        token = token.strip()
        if token.endswith("摄") and len(token) > 2:
            token = token[:-1]
        if token and token not in _WORK_WORDS and token not in names:
            names.append(token)
    return tuple(names)


def byline_text(names: tuple[str, ...] | list[str]) -> str | None:
    """The stored byline: names in printed order separated by a space."""
    unique = list(dict.fromkeys(n for n in names if n))
    return " ".join(unique) or None


# A two-character name printed with a space inside it (`郑 波`, to fill the width of a three-character one).
_SPACED_NAME = re.compile(rf"(?<![{CJK}])([{CJK}])[ \t\u3000]([{CJK}])(?![{CJK}])")


def join_spaced_names(text: str) -> str:
    return _SPACED_NAME.sub(r"\1\2", text)
