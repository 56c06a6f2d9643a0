"""Titles and local names that their own words give away, with no award or launching verb around them.

- A demonstration designation printed with the level that confers it (省级新农村示范村马岭村, 建设成全省油茶示范
  乡镇, 立足省级农业高新技术产业示范区建设) is a title with its own list and criteria, wherever the sentence puts it:
  示范 plus the kind of place it is given to cannot describe a place in passing.  So is the national list of
  traditional villages (国家级传统村落, 中国传统村落).
- The state's and the provinces' key leading enterprises of agriculture (国家农业重点龙头企业) are a list of the
  same kind, conferred on firms.
- A province's famous trademark (宁夏著名商标, 山东省著名商标) is a title its market regulator confers, like the
  national 驰名商标 of the vocabulary.
- A national epithet in quotation marks (“中国棉都”, “中国名茶之乡”) is a title conferred on the place; praise
  (被誉为“…之乡”, 有“…之乡”的美誉) only likens the place to one.  Any quoted epithet called a title (有着“金丝皇菊
  之乡”的响亮称号) was conferred too.
- A place's experience in quotation marks (“常山经验”) is the name of a local model other places are told to
  learn from, like the national 枫桥经验.
- A coined quotation right before 经济 (打造“两近”经济, “半亩地”庭院经济) names the local economy a place builds
  under that name; vocabulary in quotation marks (“夜间”经济) is a sector.
"""

from __future__ import annotations

import re

from programs.candidates import Candidate, inside_book_title
from programs.honours import titled_candidate
from programs.provinces import PROVINCES
from programs.vocabulary import is_dictionary_word

CJK = "\u4e00-\u9fff"

# What a demonstration title is given to: villages, townships, counties, zones, bases, co-operatives, sites, parks.
_DEMONSTRATION_RE = re.compile(
    rf"(?P<level>国家级|省级|全省|全国|中国)(?P<body>[{CJK}]{{2,12}}?示范(?:乡镇|村|镇|乡|县|城区|区|基地|社|点|园))"
)
# 3家国家农业重点龙头企业, 省级农业产业化重点龙头企业, 农业产业化国家重点龙头企业: the state's and the provinces' list
# of key leading enterprises is a designation like a demonstration title (a bare 龙头企业 is any big firm).
_LEADING_ENTERPRISE_RE = re.compile(
    rf"(?:农业产业化)?(?P<level>国家级|国家|省级|全省)(?P<body>[{CJK}]{{0,8}}?重点龙头企业)"
)
_TRADITIONAL_VILLAGE_RE = re.compile(r"(?P<level>国家级|中国)传统村落")
# 是全省最大的示范基地: a superlative or a 的-phrase describes a place, a title is a fixed name; a town's or a
# county's title before 示范 (全国农业产业强镇示范村名单) is the first of two titles of one list printed together.
_DESCRIPTION = re.compile(r"[的最第和与及、]|重要|主要|唯一|首个|贫困|[镇县]示范")
_FAMOUS_TRADEMARK_RE = re.compile(
    rf"(?P<level>(?:{PROVINCES})(?:省|市|自治区|维吾尔自治区|回族自治区|壮族自治区)?|全省|省级)著名商标"
)
_NATIONAL_EPITHET_RE = re.compile(rf"“(?P<name>(?:中国|全国)[{CJK}]{{1,6}}?(?:之乡|之都|都))[ \t]*”")
_PRAISED_BEFORE = re.compile(r"(?:誉为|称为|称作|号称|素有|享有|素称|有着|拥有)$")
# 有着“金丝皇菊之乡”的响亮称号: an epithet called a title (称号) was conferred, whatever its level; praise words
# (美誉, 之称) only liken the place to one.
_CONFERRED_EPITHET_RE = re.compile(rf"“(?P<name>[{CJK}]{{2,8}}?(?:之乡|之都))[ \t]*”(?=的?[{CJK}]{{0,2}}称号)")
_PRAISED_AFTER = re.compile(r"[ \t]*(?:的|之)?(?:美誉|美称|之称|盛誉|雅称|称誉)")
# The quotation may close on the next line when a headline is broken before its closing mark (“常山经验\n”).
_EXPERIENCE_RE = re.compile(rf"“(?P<name>(?P<place>[{CJK}]{{2,4}})经验)\s{{0,4}}”")
# Modifiers that make 经验 an ordinary word: successful, advanced, typical experience is nobody's name.
_GENERIC_EXPERIENCE = re.compile(r"成功|先进|典型|宝贵|有益|实践|工作|基层|发展|管理|治理|^[一二三四五六七八九十两0-9]")
_COINED_ECONOMY_RE = re.compile(rf"“(?P<quoted>[^“”\s]{{2,4}})”(?P<tail>[{CJK}]{{0,2}}经济)")


def epithet_candidates(text: str) -> list[Candidate]:
    """Demonstration titles, traditional villages, famous trademarks, national epithets, local experiences and
    coined economies, each with the span it is printed in."""
    found = []
    for match in (*_DEMONSTRATION_RE.finditer(text), *_LEADING_ENTERPRISE_RE.finditer(text)):
        body = match.group("body")
        if _DESCRIPTION.search(body) or inside_book_title(text, match.start()):
            continue
        found.append(titled_candidate(match.group("level"), body, match.start(), match.end()))
    for match in _TRADITIONAL_VILLAGE_RE.finditer(text):
        found.append(Candidate(match.start(), match.end(), match.group(), national=True, confidence=0.7))
    for match in _FAMOUS_TRADEMARK_RE.finditer(text):
        level = match.group("level")
        province = "" if level in ("全省", "省级") else re.match(PROVINCES, level).group()
        found.append(Candidate(match.start(), match.end(), match.group(), True, 0.7, province=province))
    for match in _NATIONAL_EPITHET_RE.finditer(text):
        if _PRAISED_BEFORE.search(text, max(0, match.start() - 3), match.start()):
            continue
        if _PRAISED_AFTER.match(text, match.end()):
            continue
        found.append(Candidate(match.start(), match.end(), match.group("name"), national=True, confidence=0.7))
    for match in _CONFERRED_EPITHET_RE.finditer(text):
        if not inside_book_title(text, match.start()):
            name = match.group("name")
            found.append(Candidate(match.start(), match.end(), name, national=False, confidence=0.6, quoted=name))
    for match in _EXPERIENCE_RE.finditer(text):
        if _GENERIC_EXPERIENCE.search(match.group("place")) or inside_book_title(text, match.start()):
            continue
        name = match.group("name")
        found.append(Candidate(match.start(), match.end(), name, national=False, confidence=0.6, quoted=name))
    for match in _COINED_ECONOMY_RE.finditer(text):
        quoted = match.group("quoted")
        if is_dictionary_word(quoted) or inside_book_title(text, match.start()):
            continue
        name = quoted + match.group("tail")
        found.append(Candidate(match.start(), match.end(), name, national=False, confidence=0.6, quoted=quoted))
    return found
