"""Forms of township-level names that papers print differently from the NBS tables (pure string functions).

Two classes, both decided by general vocabulary only:

* NBS statistical pseudo-units at township level (崖州区直辖村级区划, 县直辖村级区划): the villages of a county
  that has no township of their own are listed under such a unit.  No reader or annotator ever writes it — they
  write 崖州区镇海村 — so it is a container, never a place of its own in a chain.
* Ethnic townships (大平苗族彝族乡, 里湖瑶族乡, 城关回族镇, 新华民族乡) are printed without their ethnic words:
  大平乡, 里湖乡, 新华乡; their bare stem (大平) is their short form, as 西岗 is 西岗镇's.
"""

from __future__ import annotations

import re

# NBS 统计用区划代码: "X区直辖村级区划", "县直辖村级区划" — the county's villages held at township level.
PSEUDO_TOWNSHIP_SUFFIX = "直辖村级区划"

# The 55 officially recognised minority peoples (蔵: the variant of 藏 some rows carry); the ethnic part of a
# township's name is a run of them, each followed by 族, sometimes closed by the collective 民族 (or 民族 alone).
# Longest first, so that 蒙古 wins over a one-character reading.
PEOPLES = (
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
    "蔵",
)
ETHNIC_GROUPS = sorted(PEOPLES, key=len, reverse=True)
ETHNIC_TOWNSHIP = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{2,}?)(?:(?:(?:" + "|".join(ETHNIC_GROUPS) + r")族)+(?:民族)?|民族)(?P<suffix>[乡镇])"
)


def is_pseudo_township(name: str) -> bool:
    """True for an NBS township-level pseudo-unit (…直辖村级区划), which papers never print."""
    return name.endswith(PSEUDO_TOWNSHIP_SUFFIX)


def ethnic_township_forms(name: str) -> tuple[str | None, str] | None:
    """(printed form, bare stem) of an ethnic township — 大平苗族彝族乡 → (大平乡, 大平), 新华民族乡 → (新华乡, 新华)
    — or None when `name` is no ethnic township.  The stem keeps at least two characters (a one-character stem is
    never printed alone).  A stem that itself ends in 镇 or 乡 (营镇回族乡, 九乡彝族回族乡) has no printed form:
    营镇乡 would read every 下营镇乡村 as a township, and 九乡乡 is not what papers print."""
    match = ETHNIC_TOWNSHIP.fullmatch(name)
    if match is None:
        return None
    stem = match["stem"]
    return (None if stem.endswith(("镇", "乡")) else stem + match["suffix"]), stem
