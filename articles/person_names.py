"""Whether the tokens of a credit line read as personal names: the check `articles.bylines` runs on what its credit
grammar matched, so a short label (区内动态, 评论) is not taken for a byline.

Kept apart from the grammar because it asks the dictionary (jieba's tags) and a table of surnames, not patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.text.segmentation import tagged

_CJK = "\u3400-\u9fff"
# A transliterated name (Uyghur, Tibetan, Kazakh) joins its parts by a middle dot and runs longer
# (`艾海提·毛勒吐尔迪`): each part is a word of its own.
DOTTED_NAME = rf"[{_CJK}]{{1,6}}(?:·[{_CJK}]{{1,8}}){{1,2}}"
_NOT_NAME_ENDINGS = frozenset("讯报道摄文图的了在和与及等")

_DOTTED_NAME_RE = re.compile(DOTTED_NAME)


def plausible_names(names: tuple[str, ...], *, strict: bool, pen_name: bool = False, verb: bool = False) -> bool:
    """`verb`: a 摄/报道 after the names says what the credit is, so a name may end in 文 (杨朝文 … 报道)."""
    if not names or len(names) > 8:
        return False
    for k, name in enumerate(names):
        # A name ending in 文 is a given name where something says the 文 is no verb: a 摄/报道 after the names, a
        # pen name's marker, or another name after it (the work verb closes a credit, `吴珊 刘梦琪/文`).
        wen_inside = pen_name or verb or k < len(names) - 1
        given_name_wen = wen_inside and name[-1] == "文" and name[0] not in "图文"
        ending_ok = name[-1:] not in _NOT_NAME_ENDINGS or given_name_wen
        if "·" in name.strip("·") and _DOTTED_NAME_RE.fullmatch(name):
            # A transliterated name has no Chinese surname to check: only a role word or a mark says it is a name
            # (`青禾新闻·乡村振兴` alone is a page's banner).
            if strict:
                return False
            continue
        if not 2 <= len(name) <= 4 or not ending_ok:
            return False
        if strict and not is_person_name(name):
            return False
    return True


@lru_cache(maxsize=1024)
def is_place_word(token: str) -> bool:
    pieces = tagged(token)
    return len(pieces) == 1 and pieces[0][1] == "ns"


# The most common Chinese surnames (generic data): an unknown given name after one of these
# still reads as a personal name.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝原从"
)


@lru_cache(maxsize=2048)
def is_person_name(token: str) -> bool:
    """A name either is in jieba's dictionary as `nr`, or starts with a common surname that
    jieba does not read as the first character of an ordinary word (区内动态 is 区内 + 动态)."""
    pieces = tagged(token)
    if len(pieces) == 1 and pieces[0][1].startswith("nr"):
        return True
    if len(token) > 3 and token[:2] not in (
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "令狐",
        "慕容",
        "公孙",
        "夏侯",
    ):
        return False
    first_word, first_flag = pieces[0]
    return token[0] in COMMON_SURNAMES and (len(first_word) == 1 or first_flag.startswith("nr"))
