"""Development models printed as formulas: “党支部+合作社+农户”, “林果+旅游”的农旅融合新业态.

Two ways the printed formula hides from the plain ``A+B+C`` pattern:

- OCR reads the plus sign as the character 十 (ten), which it resembles: “公司十专业合作社十基地十农户”.  A chain of
  three or more nouns of two to six characters, joined by 十 and holding no other numeral, cannot be a number
  (十 as a numeral stands next to other numerals or a measure word: 十大工程, 三十家), so it is read as a formula.
- No quotation marks at all: 采取公司+合作社+农户模式.  Three or more short nouns joined by + and followed by a model
  word are the model's name just as they are in quotation marks.
- The model word comes after 的: “公司+合作社+基地+农户”的模式, “林果+旅游”的农旅融合新业态.  A model or a new
  business form named by the formula is still the formula's model; a manner (“互联网+扶贫”的方式) is a description
  of how something is done and stays out.
"""

from __future__ import annotations

import re

CJK = "\u4e00-\u9fff"

_OCR_PLUS = "十"
_MIN_CHAIN_PARTS = 3
_PART_LENGTH = (2, 6)
_OTHER_NUMERALS = re.compile(r"[一二三四五六七八九零百千万两0-9]")
_PART_RE = re.compile(rf"[{CJK}]+")
# What may follow a formula's closing quote to call it a model: an optional 的, a short modifier, a model word
# (构建“企业+合作联合社+农户”利益共同体, 健全“龙头企业+合作社+基地+农户”利益联结机制: the actors bound by shared
# gains are the model), or the model's own quoted label (“党组织+龙头企业+合作社+农户+基地”的产业党建“皇菊模式”).
MODEL_WORD = r"(?:模式|业态|路子|新路|共同体|利益(?:联结|链接|连接)机制)"
MODEL_AFTER_FORMULA = re.compile(rf"\s?的?\s?[^\W的之]{{0,8}}?(?:“[^\W的之]{{0,6}}?)?{MODEL_WORD}")


_SHORT_PART = 3
_LONG_CHAIN = 4


def names_a_model(content: str, text: str, end: int) -> bool:
    """Whether the formula `content`, closing its quotation at text[end], is named a model by the words after it.

    Short parts are actors and sectors (林果+旅游, 公司+专业合作社+农户: one long actor among them is fine); a chain
    of four or more is a chain of actors whatever their length.  Long parts are principles (“部门职能+乡村建设+
    第三方嵌入”的发展模式 says how a model works), which only a head right after the quotation names."""
    parts = re.split(r"[+＋]", content)
    long_parts = sum(len(part) > _SHORT_PART for part in parts)
    actors = long_parts <= 1 or len(parts) >= _LONG_CHAIN
    return actors and MODEL_AFTER_FORMULA.match(text, end) is not None


def read_ocr_plus(content: str) -> str:
    """`content` with 十 read as + when it joins a chain of nouns (公司十专业合作社十基地十农户), else unchanged."""
    if _OCR_PLUS not in content or "+" in content or "＋" in content or _OTHER_NUMERALS.search(content):
        return content
    parts = content.split(_OCR_PLUS)
    low, high = _PART_LENGTH
    if len(parts) < _MIN_CHAIN_PARTS or not all(
        low <= len(part) <= high and _PART_RE.fullmatch(part) for part in parts
    ):
        return content
    return "+".join(parts)


_UNQUOTED_FORMULA_RE = re.compile(
    rf"(?<![“‘+＋])(?P<name>[{CJK}]{{2,10}}(?:[+＋][{CJK}]{{2,5}}?){{2,}})(?=[^“”‘’\n]{{0,6}}?模式)"
)
# The verb the first part is printed right after: 采取公司+合作社+农户模式.
_VERB_BEFORE_FIRST_PART = re.compile(r"^.*(?:采取|采用|推行|推广|实施|探索|依托|通过|按照|形成|构建|创新|打造|建立|以)")
_FIRST_PART_MAX = 5


def unquoted_formulas(text: str) -> list[tuple[int, int, str]]:
    """(start, end, formula) of each unquoted chain of three or more short nouns named a model right after it."""
    found = []
    for match in _UNQUOTED_FORMULA_RE.finditer(text):
        name, start = match.group("name"), match.start("name")
        verb = _VERB_BEFORE_FIRST_PART.match(name.split("+")[0].split("＋")[0])
        if verb is not None:
            name, start = name[verb.end() :], start + verb.end()
        first = re.split(r"[+＋]", name)[0]
        if not 2 <= len(first) <= _FIRST_PART_MAX or _OTHER_NUMERALS.search(name):
            continue
        if names_a_model(name, text, match.end()):
            found.append((start, match.end(), name))
    return found
