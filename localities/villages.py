"""Places below the county that the name index does not scan for: villages, communities, and townships or
villages missing from the gazetteer.

Why a separate pass: a village name (王庄村) means nothing until the page has told us which township or county
it is in, so villages are looked up only under places already resolved — first the one printed right before
(齐村镇|刘庄村), then the article's, then the page's.  A name the gazetteer lacks is still a place when the
grammar says so and a parent is at hand (邹城市|兖山街道; 在|庙岭村 in an article about a zone); it is created
with its level and parent, no code, and ``verified=False`` so editors can confirm it.

The lookup under townships in context lives in ``localities.village_lookup``, the bookkeeping shared with the
township pass in ``localities.added_mentions``, and township-level names in ``localities.township_mentions``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from localities.added_mentions import (
    HOLDERS,
    add_mention,
    governing_holder,
    is_free,
    listed_after_village,
    occupied,
    unverified_place,
)
from localities.groups import GROUP_WORD, names_a_group
from localities.listed_villages import enumerated_villages
from localities.place_grammar import (
    LEFT_BOUNDARY,
    canonical,
    ends_with_generic,
    is_common_word,
    is_generic_place_word,
    is_hanzi,
    no_name_before_village,
    plausible_stem,
    suffix_opens_word,
)
from localities.printed_names import placed_by_printed_township
from localities.short_villages import confirmed_one_character_villages
from localities.village_lookup import (
    find_village,
    folded_villages,
    official_forms,
    same_stem_village,
    township_tiers,
    village_missing_a_character,
    village_place,
)
from localities.village_zones import villages_named_by_their_zone

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

VILLAGE_SUFFIX = re.compile(r"村民委员会|村委会|居委会|社区|嘎查|村")
NORMAL_SUFFIX = {"村民委员会": "村", "村委会": "村", "居委会": "社区", "社区": "社区", "嘎查": "嘎查", "村": "村"}
# Function words that make a run of characters a clause, never a hamlet's name (塘尾村则将古村落).
CLAUSE_CHARACTERS = "则将在是的了和与及把被向对为从而也又还就都已"
MAX_STEM = 6
NICKNAME_WORD_FREQUENCY = 100  # jieba frequency from which a stem is an everyday word (明星, 悬崖)
FAR_TIER = 3  # township_tiers from here on: townships of a county another article names, none this one names
SAME_STEM_TIERS = 2  # the article's and the page's townships: where a renamed 大湖村 (now 大湖社区) is looked for


def is_nickname(resolver: PageResolver, text: str, start: int, suffix_end: int, far: bool) -> bool:
    """“韭菜村”, 悬崖村: a label a report gives a village (its trade, its fame), not its name — printed in quotes
    somewhere on the page, or (when only a county far from the text, no township it names, would hold it) an
    everyday word + 村 (明星村).  The callers have already ruled out a township printed right before it."""
    name = text[start:suffix_end]
    if _quoted_on_page(resolver, name):
        return True
    return far and is_common_word(text[start : suffix_end - 1], NICKNAME_WORD_FREQUENCY)


QUOTES = (("“", "”"), ("「", "」"), ('"', '"'))


def _quoted_on_page(resolver: PageResolver, name: str) -> bool:
    """Whether `name` is printed in quotes in any article of the page; remembered per page, since every tier of
    townships asks again for the same candidate names."""
    memo = resolver.memo.setdefault("quoted", {})
    if name not in memo:
        memo[name] = any(f"{open_}{name}{close}" in a.text for a in resolver.articles for open_, close in QUOTES)
    return memo[name]


def _adjacent(article: ArticleState, position: int):
    return next((m for m in article.mentions if m.end == position), None)


def resolve_villages(resolver: PageResolver, article: ArticleState) -> None:
    text = article.text
    _short_villages_after_townships(resolver, article)
    villages_named_by_their_zone(resolver, article)
    enumerated_villages(resolver, article)
    confirmed_one_character_villages(resolver, article)
    for match in VILLAGE_SUFFIX.finditer(text):
        suffix_start, suffix_end = match.span()
        spans = occupied(article)
        if not is_free(spans, suffix_start, suffix_end):
            continue
        left = max([e for s, e in spans if e <= suffix_start] + [0])
        left = max(left, suffix_start - MAX_STEM)
        while left < suffix_start and not all(is_hanzi(c) for c in text[left:suffix_start]):
            left += 1
        if left >= suffix_start:
            continue
        normal = NORMAL_SUFFIX[match.group(0)]
        parent = _adjacent(article, left)
        if normal == "村" and _group_of_village(resolver, article, parent, left, suffix_end):
            continue
        if normal == "村" and text[left:suffix_end] in resolver.memo.get("groups", {}):
            continue  # 南吉村 alone, once the page has called it a group: placed below, after the loop
        if parent is None and placed_by_printed_township(resolver, article, left, suffix_start, suffix_end, normal):
            continue
        if _resolve_one(resolver, article, left, suffix_start, suffix_end, normal, parent):
            continue
        _unverified_village(resolver, article, left, suffix_start, suffix_end, normal, parent)
    _groups_named_again(resolver, article)


def _group_of_village(resolver: PageResolver, article: ArticleState, parent, left: int, suffix_end: int) -> bool:
    """推赛村南吉村村民小组: a 某某村 printed right after its administrative village and before 村民小组 is a group of
    that village (the register has no such village; a namesake elsewhere is not meant); the group is the village's
    business, so the span is read as the village, and the page's later 南吉村 are too."""
    if parent is None or parent.place.level != "village" or not names_a_group(article.text, suffix_end):
        return False
    name = article.text[left:suffix_end]
    if not 2 <= len(name) - 1 <= 4:
        return False  # the stem runs from the village before it (那碑 of 小岭村那碑村村民小组, whatever its first word)
    resolver.memo.setdefault("groups", {}).setdefault(name, parent.place)
    end = suffix_end + len(GROUP_WORD)  # the group's word too: 甲村乙村村民小组、丙村丁村村民小组 read as a list
    add_mention(resolver, article, left, end, parent.place, 0.5, "group")
    return True


def _groups_named_again(resolver: PageResolver, article: ArticleState) -> None:
    """南吉村的黄皮园, 南吉村是一个贫困村: a group the page has introduced (推赛村南吉村村民小组) named alone is its
    village's business too (the figures of the group are the village's)."""
    text = article.text
    groups = resolver.memo.get("groups", {})
    for other in resolver.articles:  # 南吉村借助黄皮优势 in a caption before the group was introduced
        for m in other.mentions:
            named = other.text[m.start : m.end]
            if named in groups and m.place.level == "village" and m.place.name == named:
                m.place, m.gid, m.kind = groups[named], None, "group"
    for name, village in groups.items():
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if start in article.boundaries and is_free(occupied(article), start, end):
                add_mention(resolver, article, start, end, village, 0.5, "group")
            start = text.find(name, end)


def _resolve_one(resolver, article, left: int, suffix_start: int, suffix_end: int, normal: str, parent) -> bool:
    """Look the village up under the places in context; a parent printed right before it is the only context
    considered (齐村镇|刘庄村 is never the 刘庄村 of another township)."""
    text = article.text
    tiers: list[tuple[list[int], float, bool, bool, bool]] = []  # townships, confidence, OCR, after parent, far
    if parent is not None and parent.place.level in HOLDERS:
        if parent.gid is None and not _unregistered_zone(parent.place):
            return False
        if parent.gid is not None:
            gid = parent.gid
            own = [gid] if resolver.g.levels[gid] == "township" else resolver.g.descendants(gid, "township")
            tiers.append((own, 0.9, True, True, False))
    if not tiers or not plausible_stem(text[left:suffix_start]):
        # 晋江市企业家在园艺村: a clause, not a name, stands between the place before and the village, which is
        # then looked up in context like any other
        for i, townships in enumerate(township_tiers(resolver, article, suffix_start)):
            tiers.append((townships, 0.8 - 0.1 * i, i < 2, False, i >= FAR_TIER))
    renamed = None  # a village of a township in context with the printed stem and another suffix
    context_tiers = [tier for tier in tiers if not tier[3]]
    for townships, confidence, ocr, after_parent, far in tiers:
        rank = next((i for i, tier in enumerate(context_tiers) if tier[0] is townships), -1)
        for start in range(left, suffix_start):
            name = text[start:suffix_start] + normal
            if is_generic_place_word(name):
                continue
            if not after_parent and start not in article.boundaries:
                continue  # 责任村 holds no 任村
            if not after_parent and is_nickname(resolver, text, start, suffix_end, far):
                continue  # “悬崖村” in a report on 阿土列尔村: a label, whatever township bears the name
            if not after_parent and suffix_start - start < 2 and not _printed_with_parent(resolver, name):
                continue  # 扶贫新村, 搬进了新村: a one-character name found by context alone is a word
            if far and listed_after_village(article, start):
                continue  # 耿家庄村、寨上村: a list's next village lies where the first does, not in a far county
            row = find_village(resolver, townships, name, ocr)
            if row is None and 0 <= rank < SAME_STEM_TIERS:
                renamed = renamed or same_stem_village(resolver, townships, text[start:suffix_start])
            elif row is not None and renamed is not None and rank >= SAME_STEM_TIERS:
                row = renamed  # 大湖村 of another county: the 大湖社区 of the township in context is meant
            if row is not None and rank >= SAME_STEM_TIERS:
                shortened = _shortened_village(article, name, start)
                if shortened is not None:  # 南方沟村…“方沟村多山”: the article's village, not a namesake further off
                    add_mention(resolver, article, start, suffix_end, shortened, confidence, "village")
                    return True
            if row is not None:
                add_mention(resolver, article, start, suffix_end, village_place(resolver, row, text[start:suffix_end]),
                     confidence, "village")  # fmt: skip
                return True
    if tiers and tiers[0][3] and normal == "村":  # 某镇后段庄行政村: the register's 后段村 of the township printed
        for name in official_forms(text[left:suffix_start]):
            row = find_village(resolver, tiers[0][0], name, True)
            if row is not None:
                place = village_place(resolver, row, text[left:suffix_end])
                add_mention(resolver, article, left, suffix_end, place, 0.7, "village")
                return True
    return False


def _unregistered_zone(place) -> bool:
    """遂宁高新区 in a city whose zone has no code of its own: the register files the zone's villages under the
    townships of the city's districts (遂宁高新区兰井村 is 船山区西宁街道兰井村), so a village printed after it is
    looked up under the townships in context, as if no parent were printed."""
    return place.level == "zone" and not place.verified


def _unverified_village(resolver, article, left: int, suffix_start: int, suffix_end: int, normal: str, parent):
    text = article.text
    if parent is not None and parent.place.level == "village" and normal == "村":
        # 下坝村派卡村: a 村 printed right after an administrative village is one of its natural villages (not
        # 塘尾村则将古村落: a clause, and a 村 that opens 村落)
        stem = text[left:suffix_start]
        named = 2 <= len(stem) <= 4 and plausible_stem(stem) and not ends_with_generic(stem + normal, normal)
        named = named and not no_name_before_village(stem)  # 某村某某两村: a count of the villages just named
        if named and not suffix_opens_word(text, suffix_start) and not set(stem) & set(CLAUSE_CHARACTERS):
            place = unverified_place(resolver, stem + normal, "village", parent.place)
            add_mention(resolver, article, left, suffix_end, place, 0.5, "grammar")
            return
    if normal == "村" and no_name_before_village(text[left:suffix_start]):
        return  # 某县富民强村帮促工作队, 建强村“两委”, 回村, 两村, 小山村: a slogan, a verb's object, a count, no name
    if parent is not None and parent.place.level in HOLDERS and plausible_stem(text[left:suffix_start]):
        if suffix_start - left < 2 and parent.place.level != "township":
            return  # 密云新村: a one-character stem after a county the gazetteer has no village for is a word
        stem = text[left:suffix_start]
        opens_word = suffix_end - suffix_start == 1 and suffix_opens_word(text, suffix_start)
        if plausible_stem(stem) and not ends_with_generic(stem + normal, normal) and not opens_word:
            place = resolver.place_type(stem + normal, _level(normal), None, parent.place, False, ())
            resolver.unverified.setdefault((place.name, place.level, place.chain[0].name), place)
            add_mention(resolver, article, left, suffix_end, place, 0.5, "grammar")
        return
    start = suffix_start
    while start > left and text[start - 1] not in LEFT_BOUNDARY:
        start -= 1
    stem = text[start:suffix_start]
    known = _known_village_within(resolver, text, start, suffix_start, suffix_end)
    if known is not None:  # 待补家村香菇…: a word run onto a village the page has placed (补家村)
        add_mention(resolver, article, known[0], suffix_end, known[1], 0.6, "village")
        return
    if not 2 <= len(stem) <= 4 or not plausible_stem(stem) or ends_with_generic(stem + normal, normal):
        return
    if start > 0 and text[start - 1].isdigit():
        return  # 2014年整村推进: the stem opens with the unit of a figure (年), not with a name
    if text[suffix_end : suffix_end + 1].isascii() and text[suffix_end : suffix_end + 1].isalpha():
        return  # 中关村e谷: a name run on into Latin letters is a brand
    if (suffix_end - suffix_start == 1 and suffix_opens_word(text, suffix_start)) or start not in article.boundaries:
        return  # 调换村干部, 村容村貌: the 村 opens the next word
    if is_nickname(resolver, text, start, suffix_end, False):
        return  # “百企兴村”, 韭菜村: a quoted slogan or programme, a label
    holder = governing_holder(article, start) or _page_holder(resolver)
    if holder is None:
        return
    row = village_missing_a_character(resolver, holder, stem + normal)
    if row is not None:
        add_mention(
            resolver, article, start, suffix_end, village_place(resolver, row, text[start:suffix_end]), 0.5, "ocr"
        )
        return
    place = unverified_place(resolver, stem + normal, _level(normal), holder)
    add_mention(resolver, article, start, suffix_end, place, 0.4, "grammar")


def _known_village_within(resolver: PageResolver, text: str, start: int, suffix_start: int, suffix_end: int):
    """(start, place) of the village of the page whose printed name ends the unknown name at text[start:suffix_end]
    (补家村 inside 待补家村), when the page has placed a village of that name in the gazetteer."""
    for begin in range(start + 1, suffix_start - 1):
        name = text[begin:suffix_end]
        for other in resolver.articles:
            for m in other.mentions:
                if m.place.level == "village" and m.place.verified and m.place.name == name:
                    return begin, m.place
    return None


def _shortened_village(article: ArticleState, name: str, position: int):
    """The village printed earlier in the article whose name ends with `name` (南方沟村 before 方沟村): a writer
    shortens the article's own village, and only a namesake in a township the text never names would be meant
    otherwise."""
    longer = {
        m.place
        for m in article.mentions
        if m.end <= position and m.place.level == "village" and m.place.name.endswith(name) and m.place.name != name
    }
    return longer.pop() if len(longer) == 1 else None


def _printed_with_parent(resolver: PageResolver, name: str) -> bool:
    """Has the page already placed a village of this name (河村 after 亳城乡|河村, repeated alone later)?"""
    return any(m.place.name == name and m.place.level == "village" for a in resolver.articles for m in a.mentions)


def _page_holder(resolver: PageResolver):
    """The township, zone or county the page names most often: the home of villages in a caption that names
    no parent (▲王垅村… under a page about one zone)."""
    counts: dict = {}
    for a in resolver.articles:
        for m in a.mentions:
            if m.place.level in HOLDERS:
                counts[m.place] = counts.get(m.place, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _level(normal: str) -> str:
    return "community" if normal == "社区" else "village"


def _short_villages_after_townships(resolver: PageResolver, article: ArticleState) -> None:
    """泥沟镇邵里包类加工: a village printed without 村 right after its township."""
    text = article.text
    for township in [m for m in article.mentions if m.gid is not None and resolver.g.levels[m.gid] == "township"]:
        bare = folded_villages(resolver, township.gid)[1]
        begin = township.end + (1 if text.startswith("的", township.end) else 0)  # 某镇的欢喜庄: 的 between them
        for size in range(MAX_STEM - 1, 1, -1):
            stem = text[begin : begin + size]
            if len(stem) < size or not all(is_hanzi(c) for c in stem):
                continue
            if text.startswith(("村", "社区"), begin + size):
                break  # printed with its suffix: the main pass takes it
            row = bare.get(canonical(stem))

            if row is not None and is_free(occupied(article), begin, begin + size):
                add_mention(resolver, article, begin, begin + size, village_place(resolver, row, stem), 0.7, "village")
                if begin > township.end:
                    _repeated_bare_village(resolver, article, stem, row)
                break


def _repeated_bare_village(resolver: PageResolver, article: ArticleState, stem: str, row) -> None:
    """某镇的欢喜庄 … 欢喜庄越来越“欢喜”: a village the article has introduced without 村 is printed so again."""
    text = article.text
    start = text.find(stem)
    while start >= 0:
        end = start + len(stem)
        at_word = start in article.boundaries and end in article.boundaries
        if at_word and not text.startswith(("村", "社区"), end) and is_free(occupied(article), start, end):
            add_mention(resolver, article, start, end, village_place(resolver, row, stem), 0.6, "village")
        start = text.find(stem, end)
