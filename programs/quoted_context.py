"""Quoted names that the words around the quotation, rather than a head noun after it, mark as a programme's:
a model word after a formula (“资金帮扶+自主创业”形式), the work it leads (以“两强一增”为引领), its parts listed
(“八个万元”即“…”), the goal it helps (“村企共建”助脱贫), the projects it is one of, a programme it is joined to
(“一村一品”和“多村一品”)."""

from __future__ import annotations

import re
from collections.abc import Callable

from programs.formulas import names_a_model
from programs.vocabulary import is_dictionary_word

CJK = "\u4e00-\u9fff"

# One-off events are not programs: “迎新春”文艺汇演活动, 首届“泉水杯”篮球赛.
EVENT_WORDS = re.compile(r"赛|晚会|汇演|演出|展览|展演|仪式|典礼|讲座|节$|杯$")


# A model printed as a formula of longer parts (“农业种植大棚+周末亲子游+写生基地”, “资金帮扶+自主创业”) is named
# so when a model word follows the quotation directly: ...”形式, ...”农旅融合发展新路径.  With 的 between them
# (“互联网+扶贫”的方式) the words describe a way of doing things, not the model's name.
_LONG_FORMULA_RE = re.compile(rf"[{CJK}]{{2,8}}(?:[+＋][{CJK}]{{2,8}})+")
_MODEL_WORDS = re.compile(r"[^\W的之]{0,8}?(?:模式|形式|方式|路径|路子|新路|利益(?:联结|链接|连接)机制)")
# 以“两强一增”为引领, 以“千万工程”为总抓手: the coined name a place puts at the head of its work is the programme
# that leads it (a goal is no programme: 以“富民强村”为目标; nor a mere method: 以“师徒制”为抓手).
_LEADS_THE_WORK = re.compile(r"为(?:总?引领|统领|总抓手|牵引)")
# 以田园、家园、乐园“三园一体”为抓手: a coined numbered name heading the work, its parts listed between 以 and the
# quotation, is the programme that leads it, 抓手 included (a plain method is not: 以“师徒制”为抓手).
_LEADS_AS_A_LEVER = re.compile(r"为(?:总?引领|统领|总?抓手|牵引)")
_NUMBERED_NAME = re.compile(rf"[一二三四五六七八九十两][{CJK}]{{3}}")
# (以 as the preposition, not inside 可以, 所以, 予以 ...)
_LED_BY = re.compile(rf"(?<![可所予加得难足])以(?:[{CJK}]{{1,6}}、)*[{CJK}]{{0,6}}$")
# “八个万元”即“一亩山万元钱”“十箱蜂万元钱”……: a quoted name defined by listing its quoted parts is a programme.
_DEFINED_BY_PARTS = re.compile(r"即“")
# “双到”工作, “访惠聚”工作队: a coined quoted word (not vocabulary: “三农”工作 is the field) followed by 工作 names
# the work a government runs under that name; 工作机制/工作法 name a mechanism of it instead.
_WORK_AFTER = re.compile(r"\s?工作(?:组|队)?(?![机法方制室])")
_WORK_NAME_MAX = 6
# 重庆“村企共建”助脱贫, “股份制大棚” 助农民增收: a coined quotation that helps a development goal is the measure
# that does it (a headline's way of naming a programme).
_HELPS_A_GOAL = re.compile(
    r"\s?(?:助力?|促进?|帮|带动?|推动|赋能)(?:农民|群众|村民|农户|贫困户|农)?(?:脱贫|增收|致富|振兴|就业)"
)
# “农民安居”作为县委县政府为农民实施的三大工程之一: a quoted subject the clause counts among a programme's projects.
# A parenthesis listing its parts may come between (“五个千亩”(茶叶、蜜桃……)产业扶贫项目之一), and the kind of
# project may follow the quotation directly.
_ONE_OF_PROJECTS = re.compile(
    r"(?:[(（][^()（）\n]{0,40}[)）])?(?:(?:作为|是|为|列为)[^,，。;；!！?？“”\n]{0,24}?|[^\W的]{0,8}?)"
    r"(?:工程|计划|行动|项目|举措)之一"
)
# “一村一特”, “一县一业”, “一村一策”: one speciality or plan per village, township or county is the shape of the
# national 一村一品 scheme and of every local scheme modelled on it (一格一档, 一户一档 keep records, not schemes).
_ONE_PER_PLACE = re.compile(rf"一[村乡镇县]一[{CJK}]")
# “一领办三参与”的运行模式: a coined name that the clause calls a model after 的 names that model.
_MODEL_AFTER_OF = re.compile(r"\s?的[^\W的之]{0,4}?模式")
# “一村一品”和“多村一品”产业: a quotation joined by 和 to a programme's name is a programme of the same kind.
_COORDINATED_BEFORE = re.compile(r"“([^“”\n]{2,12})”(?:和|与|及|以及)$")


def named_by_its_context(
    text: str, content: str, start: int, end: int, head: str, is_programme: Callable[[str, str, int, int], bool]
) -> float | None:
    """Confidence for a quotation that the words around it (rather than its head) mark as a programme's name;
    `is_programme(text, content, start, end)` tells whether another quotation names a programme itself."""
    if EVENT_WORDS.search(content) or re.search(r"[、。,，—―－]", content):
        return None
    if _LONG_FORMULA_RE.fullmatch(content) and _MODEL_WORDS.match(text, end):
        return 0.65
    if _LONG_FORMULA_RE.fullmatch(content) and names_a_model(content, text, end):
        return 0.6  # “林果+旅游”的农旅融合新业态, “公司+合作社+农户” 的模式
    coined = not is_dictionary_word(content)
    if _ONE_PER_PLACE.fullmatch(content):
        return 0.6
    # (a formula of long parts before 的……模式 describes how a model works: see names_a_model)
    if coined and len(content) >= 4 and not head and "+" not in content and _MODEL_AFTER_OF.match(text, end):
        return 0.6
    if coined and len(content) >= 4 and not head and _HELPS_A_GOAL.match(text, end):
        return 0.55
    if coined and text[max(0, start - 1) : start] == "以" and _LEADS_THE_WORK.match(text, end):
        return 0.6
    numbered_lead = coined and _NUMBERED_NAME.fullmatch(content) and _LEADS_AS_A_LEVER.match(text, end)
    if numbered_lead and _LED_BY.search(text, max(0, start - 30), start):
        return 0.6
    if coined and _DEFINED_BY_PARTS.match(text, end):
        return 0.6
    if coined and 2 <= len(content) <= _WORK_NAME_MAX and _WORK_AFTER.match(text, end) and not head:
        return 0.6
    if coined and _ONE_OF_PROJECTS.match(text, end):
        return 0.6
    before = _COORDINATED_BEFORE.search(text, max(0, start - 20), start)
    if coined and before is not None and is_programme(text, before.group(1), before.start(), before.end()):
        return 0.6
    return None
