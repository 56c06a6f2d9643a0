"""Canonical program names and the curated vocabulary of national programs.

Newspapers print one program in many forms: 乡村振兴, 乡村振兴战略, 实施乡村振兴战略, “乡村振兴”.
A researcher wants one row per program, so every printed form is reduced to one canonical name:
national programs through the curated alias list in ``data/national_programs.txt``; local programs
(found in the text, never listed) by dropping quotation marks, leading verbs and a trailing 活动.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

NATIONAL_PROGRAMS_FILE = Path(__file__).with_name("data") / "national_programs.txt"

# Quotation and bracket marks are presentation, not part of a name: “码上西岗” and 码上西岗 are one program.
_DECORATION = re.compile(r"[\s\u3000“”\"'‘’「」『』《》〈〉【】]+")
# Enumeration marks are dropped from lookup keys so 先诊疗、后付费 and 先诊疗后付费 meet.
_KEY_NOISE = re.compile(r"[、,，·・]+")

# Verbs that newspapers put in front of a program name (实施乡村振兴战略); longer verbs come
# first so 深入推进 is removed whole rather than leaving 深入.
_LEADING_VERB_RE = re.compile(
    r"^(?:组织实施|持续推进|组织开展|深入实施|扎实推进|全面推进|深入开展|积极开展|广泛开展|全面推行|积极推行|深入推进|大力推进|学习借鉴|"
    r"全面实施|加快推进|大力实施|创新开展|启动实施|打造|探索|坚持|推进|实施|助力|创建|开展|加快|落实|推行|启动|打好|打赢|推广|深化|书写|参加|参与)了?"
)

# Words printed after a national program's name that do not change which program it is
# (乡村振兴战略, 美丽乡村建设工作, 产业扶贫项目, 党支部领办合作社模式). Tried only to find a national entry, never to
# shorten a local name: 网格员素质能力提升工程 keeps its 工程.
_TRAILING_GENERIC_RE = re.compile(
    r"(?:实施方案|专项行动|计划|战略|工作|建设|政策|项目|活动|行动|工程|服务|制度|试点|改革|方案|攻坚|系统|体系|模式)$"
)


@dataclass(frozen=True)
class NationalAlias:
    """One printed form of a national program; `quoted_only` forms count only inside quotation marks,
    `launched_only` forms only quoted or right after a verb that runs them (推进全域旅游发展), `listed_only` forms
    only quoted or listed beside a national programme (激发乡村振兴新动能、探索共同富裕新路径).

    `province` is set for a provincial program other provinces' papers print too (千万工程 -> 浙江): the
    program is run by that province, never by a place named near the mention."""

    alias: str
    canonical: str
    quoted_only: bool
    province: str | None = None
    launched_only: bool = False
    listed_only: bool = False


def lookup_key(text: str) -> str:
    """The form used to compare names: NFKC, no quotes, spaces or enumeration marks."""
    return _KEY_NOISE.sub("", _DECORATION.sub("", unicodedata.normalize("NFKC", text)))


def strip_decoration(text: str) -> str:
    """The name as printed minus quotation marks and spaces (kept readable: no NFKC, 、 kept)."""
    return _DECORATION.sub("", text)


@lru_cache(maxsize=1)
def national_aliases() -> dict[str, NationalAlias]:
    """Printed form (as it appears in text) -> national alias record, read once from the data file."""
    aliases: dict[str, NationalAlias] = {}
    for raw_line in NATIONAL_PROGRAMS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|") if field.strip()]
        province = next((field[1:] for field in fields if field.startswith("@")), None)
        names = [field for field in fields if not field.startswith("@")]
        canonical = names[0].lstrip("!^~")
        for field in names:
            alias = field.lstrip("!^~")
            record = NationalAlias(
                alias,
                canonical,
                quoted_only=field.startswith("!"),
                province=province,
                launched_only=field.startswith("^"),
                listed_only=field.startswith("~"),
            )
            aliases.setdefault(alias, record)
    return aliases


@lru_cache(maxsize=1)
def _national_by_key() -> dict[str, str]:
    return {lookup_key(alias): record.canonical for alias, record in national_aliases().items()}


@lru_cache(maxsize=1)
def national_canonical_names() -> frozenset[str]:
    """Every canonical national program name."""
    return frozenset(record.canonical for record in national_aliases().values())


@lru_cache(maxsize=1)
def _province_by_canonical() -> dict[str, str]:
    return {record.canonical: record.province for record in national_aliases().values() if record.province}


def national_program_province(canonical: str) -> str | None:
    """The province running a listed provincial program (千万工程 -> 浙江), None for a national one."""
    return _province_by_canonical().get(canonical)


def strip_leading_verbs(text: str) -> str:
    """Remove verbs printed before a name (实施乡村振兴战略 -> 乡村振兴战略), keeping at least two characters."""
    while (match := _LEADING_VERB_RE.match(text)) and len(text) - match.end() >= 2:
        text = text[match.end() :]
    return text


def national_program_for(name: str) -> str | None:
    """The canonical national program a printed name refers to, or None for a local/unknown name.

    Tries the name as printed, then without leading verbs, then without trailing generic words
    (战略, 建设, 工作 ...), so 深入推进美丽乡村建设工作 still resolves to 美丽乡村.
    """
    table = _national_by_key()
    key = lookup_key(name)
    for candidate in (key, lookup_key(strip_leading_verbs(key))):
        current = candidate
        while current:
            if current in table:
                return table[current]
            suffix = _TRAILING_GENERIC_RE.search(current)
            current = current[: suffix.start()] if suffix and suffix.start() >= 2 else ""
    return None


def canonical_program_name(name: str) -> str:
    """One name per program: the national canonical name, or the cleaned local name.

    Local names lose quotation marks, leading verbs and a trailing 活动 (“云畅谈”活动 -> 云畅谈), because
    the same campaign is printed both with and without them and must not become two programs.
    """
    national = national_program_for(name)
    if national:
        return national
    cleaned = strip_leading_verbs(strip_decoration(name))
    if cleaned.endswith("活动") and len(cleaned) > 4:
        cleaned = cleaned[: -len("活动")]
    return cleaned
