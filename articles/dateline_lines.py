"""A report's dateline and the reporters printed with it: the dateline opening a paragraph (the shared reader
`core.text.datelines`) with its bracketed or spaced credit, a dateline with its credit on a line of its own, and
reporters named in brackets before a paragraph's first words."""

from __future__ import annotations

import re

from articles.credit_grammar import CREDIT_WINDOW, NAME_SEQ, ROLE, ROLE_NAMES, ROLE_WORD, names_of
from articles.person_names import plausible_names
from core.text.cleaning import normalize_for_matching
from core.text.datelines import DATELINE

# The verb may close the bracket, glued to the last name (`(通讯员 A B报道)`, `(记者C报道)`).
DATELINE_CREDIT = re.compile(rf"[ \t]*\((?P<body>{ROLE_NAMES})[ \t]*(?:摄影报道|报道)?\)")
# The credit printed after a dateline without brackets (`本报讯 记者 X 通讯员 Y`, `本报讯 记者X报道 6月19日`): a role
# word first, and the names end at a space, a verb or the line's end (`本报讯 记者从某局获悉` names no one).
DATELINE_SPACED_CREDIT = re.compile(rf"[ \t]+(?P<body>{ROLE}[ \t]*{NAME_SEQ})[ \t]*(?:摄影报道|报道)?(?=[ \t:]|$)")


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


# `(王小川)11月8日,……`, `(张三 记者 李四)“自……`, `(张三 李四 报道)眼下,……`: a report's reporters in brackets before
# its first words.
_LEADING_PAREN_CREDIT = re.compile(rf"^\((?P<body>{ROLE_NAMES})(?:[ \t]*(?P<verb>报道))?\)(?=[^ \t])")


def leading_paren_credit(paragraph: str) -> tuple[str, ...]:
    """Names of a bracketed credit opening a paragraph that goes on after it (`(王小川)11月8日,……`), or ().
    Names without a role word must read as personal names (`(一)`, `(上)` and `(图为……)` are no credit)."""
    text = normalize_for_matching(paragraph[:CREDIT_WINDOW]).lstrip()
    match = _LEADING_PAREN_CREDIT.match(text)
    if not match:
        return ()
    names = names_of(match["body"])
    strict = not ROLE_WORD.search(match["body"])
    return names if plausible_names(names, strict=strict, verb=bool(match["verb"])) else ()


# `(记者徐凯李向雨文/图)`: a bracketed credit after a dateline whose names the copy printed without spaces.
_BRACKETED_ROLE_CREDIT = re.compile(rf"^[ \t]*\([^()]{{0,30}}?{ROLE}[^()]{{1,40}}\)[ \t]*$")


def is_dateline_line(line: str) -> bool:
    """The whole line is a dateline and the credit printed with it (`本报讯(记者 X 文/图)`, `某某报讯 记者 X 通讯员
    Y`): the report's text starts on the next line, so the line is no sentence of it."""
    text = normalize_for_matching(line[:CREDIT_WINDOW]).strip()
    match = DATELINE.match(text)
    if not match or len(line.strip()) > CREDIT_WINDOW:
        return False
    rest = text[match.end() :]
    if not rest.strip():
        return True
    credit = DATELINE_CREDIT.match(rest) or DATELINE_SPACED_CREDIT.match(rest)
    return (credit is not None and not rest[credit.end() :].strip()) or bool(_BRACKETED_ROLE_CREDIT.match(rest))
