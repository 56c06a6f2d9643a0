"""Places below the county that the name index does not scan for: villages, communities, and townships or
villages missing from the gazetteer.

Why a separate pass: a village name (王庄村) means nothing until the page has told us which township or county
it is in, so villages are looked up only under places already resolved — first the one printed right before
(齐村镇|刘庄村), then the article's, then the page's.  A name the gazetteer lacks is still a place when the
grammar says so and a parent is at hand (邹城市|兖山街道; 在|庙岭村 in an article about a zone); it is created
with its level and parent, no code, and ``verified=False`` so editors can confirm it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from localities.gazetteer.loader import VillageRow
from localities.place_grammar import (
    LEFT_BOUNDARY,
    canonical,
    ends_with_generic,
    is_common_word,
    is_generic_place_word,
    is_hanzi,
    names_a_village,
    plausible_stem,
    suffix_opens_word,
)
from localities.printed_names import placed_by_printed_township, township_variant

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

VILLAGE_SUFFIX = re.compile(r"村民委员会|村委会|居委会|社区|嘎查|村")
NORMAL_SUFFIX = {"村民委员会": "村", "村委会": "村", "居委会": "社区", "社区": "社区", "嘎查": "嘎查", "村": "村"}
TOWNSHIP_AFTER = re.compile(r"([\u4e00-\u9fff]{1,4}?)(街道|镇|乡)")
TOWNSHIP_ENUMERATION = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、)+)([\u4e00-\u9fff]{2,4})(管理服务中心|街道|镇|乡)(?![\u4e00-\u9fff]{0,1}村)"
)
ENUMERATION = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等(?:\d+|[一二两三四五六七八九十百]+)?个?(?:行政|自然)?村"
)
HOLDERS = ("county", "zone", "township")
# Function words that make a run of characters a clause, never a hamlet's name (塘尾村则将古村落).
CLAUSE_CHARACTERS = "则将在是的了和与及把被向对为从而也又还就都已"
MAX_STEM = 6
NICKNAME_WORD_FREQUENCY = 100  # jieba frequency from which a stem is an everyday word (明星, 悬崖)
FAR_TIER = 3  # _township_tiers from here on: townships of a county another article names, none this one names


def is_nickname(resolver: PageResolver, text: str, start: int, suffix_end: int, far: bool) -> bool:
    """“韭菜村”, 悬崖村: a label a report gives a village (its trade, its fame), not its name — printed in quotes
    somewhere on the page, or (when only a county far from the text, no township it names, would hold it) an
    everyday word + 村 (明星村).  The callers have already ruled out a township printed right before it."""
    name = text[start:suffix_end]
    if any(f"{open_}{name}{close}" in a.text for a in resolver.articles for open_, close in QUOTES):
        return True
    return far and is_common_word(text[start : suffix_end - 1], NICKNAME_WORD_FREQUENCY)


QUOTES = (("“", "”"), ("「", "」"), ('"', '"'))


def _occupied(article: ArticleState) -> list[tuple[int, int]]:
    return sorted((m.start, m.end) for m in article.mentions)


def _free(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in spans)


def _adjacent(article: ArticleState, position: int):
    return next((m for m in article.mentions if m.end == position), None)


def _add(resolver: PageResolver, article: ArticleState, start: int, end: int, place, confidence: float, kind: str):
    from localities.resolution import Mention

    article.mentions.append(Mention(start, end, place, confidence, None, kind))


def resolve_unknown_townships(resolver: PageResolver, article: ArticleState) -> None:
    """邹城市兖山街道: a township-level name printed right after its county, even when the gazetteer lacks it."""
    _enumerated_townships(resolver, article)
    for parent in sorted(article.mentions, key=lambda m: m.start):
        if parent.place.level not in ("prefecture", "county", "zone"):
            continue
        match = TOWNSHIP_AFTER.match(article.text, parent.end)
        if not match or not plausible_stem(match.group(1)):
            continue
        name = match.group(0)
        if is_generic_place_word(name) or not _free(_occupied(article), match.start(), match.end()):
            continue
        if len(match.group(2)) == 1 and suffix_opens_word(article.text, match.start(2)):
            continue  # 高新区绘就乡村: the 乡 belongs to 乡村
        if any(m.start == match.end() and m.place.level == "township" for m in article.mentions):
            continue
        variant = township_variant(resolver, parent.gid, name) if parent.gid is not None else None
        if variant is not None:  # 宁秀乡 printed, 宁秀镇 listed under the same county
            from localities.resolution import Mention

            resolver.printed_names.setdefault(variant, name)
            place = resolver.place(variant, name)
            article.mentions.append(Mention(match.start(), match.end(), place, 0.7, variant, "name"))
            continue
        place = resolver.place_type(name, "township", None, parent.place, False, ())
        _add(resolver, article, match.start(), match.end(), place, 0.5, "grammar")


def _township_tiers(resolver: PageResolver, article: ArticleState, position: int) -> list[list[int]]:
    """Townships to search for a village at `position`: the article's (nearest first), the page's, then every
    township of the counties and zones the article, and then the page, names."""
    g = resolver.g

    def townships(mentions, level_filter) -> list[int]:
        ordered = sorted(mentions, key=lambda m: (m.start > position, abs(m.start - position)))
        found: dict[int, None] = {}  # ordered and unique: a list's `in` made this quadratic in the page's places
        for m in ordered:
            if m.gid is None or g.levels[m.gid] not in level_filter:
                continue
            ids = [m.gid] if g.levels[m.gid] == "township" else _townships_under(resolver, m.gid)
            found.update(dict.fromkeys(ids))
        return list(found)

    page_mentions = [m for a in resolver.articles for m in a.mentions]
    return [
        townships(article.mentions, ("township",)),
        townships(page_mentions, ("township",)),
        townships(article.mentions, ("county", "zone")),
        townships(page_mentions, ("county", "zone")),
    ]


def _townships_under(resolver: PageResolver, gid: int) -> list[int]:
    cache = resolver.memo.setdefault("townships", {})
    if gid not in cache:
        cache[gid] = resolver.g.descendants(gid, "township")
    return cache[gid]


def _folded_villages(resolver: PageResolver, township: int) -> tuple[dict[str, VillageRow], dict[str, VillageRow]]:
    """A township's villages by OCR-folded full name and by OCR-folded name without suffix (memoised per page)."""
    cache = resolver.memo.setdefault("folded", {})
    if township not in cache:
        full: dict[str, VillageRow] = {}
        bare: dict[str, VillageRow] = {}
        for name, row in resolver.g.villages(township).items():
            full.setdefault(canonical(name), row)
            stem = name[: len(name) - len(_suffix(name))]
            if len(stem) >= 2:
                bare.setdefault(canonical(stem), row)
        cache[township] = (full, bare)
    return cache[township]


def _find_village(resolver: PageResolver, townships: list[int], name: str, ocr: bool) -> VillageRow | None:
    """The village `name` in the first of `townships` that has it (exactly, or OCR-folded when `ocr`).

    Most names looked up are no village at all (every stem before a 村 is tried), and a long page puts thousands of
    townships in context: asking each township in turn made a page's cost grow with the square of its length. A
    per-page index from name to the townships holding it answers "nowhere" at once."""
    key = canonical(name)
    exact, folded = _village_index(resolver, townships, ocr)
    holders = set(exact.get(name, ()))
    if ocr:
        holders.update(folded.get(key, ()))
    if not holders:
        return None
    for township in townships:
        if township not in holders:
            continue
        row = resolver.g.villages(township).get(name)
        if row is None and ocr:
            row = _folded_villages(resolver, township)[0].get(key)
        if row is not None:
            return row
    return None


def _village_index(
    resolver: PageResolver, townships: list[int], ocr: bool
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Village name → townships, and OCR-folded name → townships, over every township looked in on this page."""
    memo = resolver.memo.setdefault("village index", ({}, {}, set(), set()))
    exact, folded, indexed, folded_indexed = memo
    for township in townships:
        if township not in indexed:
            indexed.add(township)
            for village in resolver.g.villages(township):
                exact.setdefault(village, []).append(township)
        if ocr and township not in folded_indexed:
            folded_indexed.add(township)
            for village in _folded_villages(resolver, township)[0]:
                folded.setdefault(village, []).append(township)
    return exact, folded


def _village_place(resolver: PageResolver, row: VillageRow, printed: str):
    aliases = tuple(a for a in (*row.aliases, printed) if a != row.name)
    return resolver.place_type(row.name, row.level, row.code, resolver.place(row.township), True, aliases)


def _governing_holder(article: ArticleState, position: int):
    """The nearest place before `position` that can hold a village (a township, zone or county)."""
    before = [m for m in article.mentions if m.end <= position and m.place.level in HOLDERS]
    if before:
        return max(before, key=lambda m: m.end).place
    after = [m for m in article.mentions if m.place.level in HOLDERS]
    return min(after, key=lambda m: m.start).place if after else None


def resolve_villages(resolver: PageResolver, article: ArticleState) -> None:
    text = article.text
    _short_villages_after_townships(resolver, article)
    _enumerated_villages(resolver, article)
    for match in VILLAGE_SUFFIX.finditer(text):
        suffix_start, suffix_end = match.span()
        spans = _occupied(article)
        if not _free(spans, suffix_start, suffix_end):
            continue
        left = max([e for s, e in spans if e <= suffix_start] + [0])
        left = max(left, suffix_start - MAX_STEM)
        while left < suffix_start and not all(is_hanzi(c) for c in text[left:suffix_start]):
            left += 1
        if left >= suffix_start:
            continue
        normal = NORMAL_SUFFIX[match.group(0)]
        parent = _adjacent(article, left)
        if parent is None and placed_by_printed_township(resolver, article, left, suffix_start, suffix_end, normal):
            continue
        if _resolve_one(resolver, article, left, suffix_start, suffix_end, normal, parent):
            continue
        _unverified_village(resolver, article, left, suffix_start, suffix_end, normal, parent)


def _resolve_one(resolver, article, left: int, suffix_start: int, suffix_end: int, normal: str, parent) -> bool:
    """Look the village up under the places in context; a parent printed right before it is the only context
    considered (齐村镇|刘庄村 is never the 刘庄村 of another township)."""
    text = article.text
    tiers: list[tuple[list[int], float, bool, bool, bool]] = []  # townships, confidence, OCR, after parent, far
    if parent is not None and parent.place.level in HOLDERS:
        if parent.gid is None:
            return False
        gid = parent.gid
        own = [gid] if resolver.g.levels[gid] == "township" else resolver.g.descendants(gid, "township")
        tiers.append((own, 0.9, True, True, False))
    if not tiers or not plausible_stem(text[left:suffix_start]):
        # 晋江市企业家在园艺村: a clause, not a name, stands between the place before and the village, which is
        # then looked up in context like any other
        for i, townships in enumerate(_township_tiers(resolver, article, suffix_start)):
            tiers.append((townships, 0.8 - 0.1 * i, i < 2, False, i >= FAR_TIER))
    for townships, confidence, ocr, after_parent, far in tiers:
        for start in range(left, suffix_start):
            name = text[start:suffix_start] + normal
            if is_generic_place_word(name):
                continue
            if not after_parent and start not in article.boundaries:
                continue  # 责任村 holds no 任村
            if not after_parent and is_nickname(resolver, text, start, suffix_end, far):
                continue  # “悬崖村” in a report on 阿土列尔村: a label, whatever township bears the name
            row = _find_village(resolver, townships, name, ocr)
            if row is not None:
                _add(resolver, article, start, suffix_end, _village_place(resolver, row, text[start:suffix_end]),
                     confidence, "village")  # fmt: skip
                return True
    return False


def _unverified_village(resolver, article, left: int, suffix_start: int, suffix_end: int, normal: str, parent):
    text = article.text
    if parent is not None and parent.place.level == "village" and normal == "村":
        # 下坝村派卡村: a 村 printed right after an administrative village is one of its natural villages (not
        # 塘尾村则将古村落: a clause, and a 村 that opens 村落)
        stem = text[left:suffix_start]
        named = 2 <= len(stem) <= 4 and plausible_stem(stem) and not ends_with_generic(stem + normal, normal)
        if named and not suffix_opens_word(text, suffix_start) and not set(stem) & set(CLAUSE_CHARACTERS):
            _add(resolver, article, left, suffix_end, _unverified(resolver, stem + normal, "village", parent.place),
                 0.5, "grammar")  # fmt: skip
            return
    if parent is not None and parent.place.level in HOLDERS and plausible_stem(text[left:suffix_start]):
        stem = text[left:suffix_start]
        opens_word = suffix_end - suffix_start == 1 and suffix_opens_word(text, suffix_start)
        if plausible_stem(stem) and not ends_with_generic(stem + normal, normal) and not opens_word:
            place = resolver.place_type(stem + normal, _level(normal), None, parent.place, False, ())
            resolver.unverified.setdefault((place.name, place.level, place.chain[0].name), place)
            _add(resolver, article, left, suffix_end, place, 0.5, "grammar")
        return
    start = suffix_start
    while start > left and text[start - 1] not in LEFT_BOUNDARY:
        start -= 1
    stem = text[start:suffix_start]
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
    holder = _governing_holder(article, start) or _page_holder(resolver)
    if holder is None:
        return
    row = _village_missing_a_character(resolver, holder, stem + normal)
    if row is not None:
        _add(resolver, article, start, suffix_end, _village_place(resolver, row, text[start:suffix_end]), 0.5, "ocr")
        return
    place = _unverified(resolver, stem + normal, _level(normal), holder)
    _add(resolver, article, start, suffix_end, place, 0.4, "grammar")


def _unverified(resolver: PageResolver, name: str, level: str, parent):
    """A place known only from grammar; the first parent the page gives it holds for all its mentions (高家庄村
    read under 高新区 is not a second village when a later sentence names 杨家庄乡 nearer to it)."""
    key = (name, level, parent.chain[0].name if parent is not None else "")
    place = resolver.unverified.get(key)
    if place is None:
        place = resolver.place_type(name, level, None, parent, False, ())
        resolver.unverified[key] = place
    return place


def _village_missing_a_character(resolver: PageResolver, holder, printed: str) -> VillageRow | None:
    """棠棣村 under a township whose only near match is 棠棣峪村: OCR (or the writer) dropped one character."""
    gid = resolver.g.by_code.get(holder.code) if holder.code else None
    if gid is None or resolver.g.levels[gid] != "township":
        return None
    matches = [
        row
        for name, row in resolver.g.villages(gid).items()
        if len(name) == len(printed) + 1 and any(name[:i] + name[i + 1 :] == printed for i in range(len(name)))
    ]
    if len(matches) != 1:
        return None
    # Only when the page prints the full name somewhere (棠棣峪电商产业园): otherwise 东郭村 may well be a
    # village of its own that the gazetteer lacks, not a misprint of 东郭庄村.
    stem = matches[0].name[: -len(_suffix(matches[0].name)) or None]
    return matches[0] if any(stem in a.text for a in resolver.articles) else None


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
        bare = _folded_villages(resolver, township.gid)[1]
        for size in range(MAX_STEM - 1, 1, -1):
            stem = text[township.end : township.end + size]
            if len(stem) < size or not all(is_hanzi(c) for c in stem):
                continue
            if text.startswith(("村", "社区"), township.end + size):
                break  # printed with its suffix: the main pass takes it
            row = bare.get(canonical(stem))

            if row is not None and _free(_occupied(article), township.end, township.end + size):
                _add(resolver, article, township.end, township.end + size, _village_place(resolver, row, stem),
                     0.7, "village")  # fmt: skip
                break


def _suffix(name: str) -> str:
    for suffix in ("社区", "嘎查", "村"):
        if name.endswith(suffix):
            return suffix
    return ""


def _enumerated_villages(resolver: PageResolver, article: ArticleState) -> None:
    """桃花哨、萧家沟、凉水泉等13个村: names listed before 等…个村 are villages even without 村."""
    text = article.text
    for match in ENUMERATION.finditer(text):
        offset = match.start(1)
        for item in match.group(1).split("、"):
            start, end = offset, offset + len(item)
            offset = end + 1
            tiers = _township_tiers(resolver, article, start)
            found = None
            for skip in range(len(item) - 1):  # the first item may carry the verb before it (助推桃花哨)
                row = _find_village(resolver, [t for tier in tiers[:3] for t in tier], item[skip:] + "村", True)
                if row is not None:
                    found = (start + skip, row)
                    break
            if found is not None:
                _add(resolver, article, found[0], end, _village_place(resolver, found[1], item[found[0] - start :]),
                     0.6, "village")  # fmt: skip
            elif start > match.start(1) and plausible_stem(item):
                holder = _governing_holder(article, start)
                if holder is not None:
                    place = _unverified(resolver, item + "村", "village", holder)
                    _add(resolver, article, start, end, place, 0.4, "grammar")


def township_short_forms(resolver: PageResolver) -> None:
    """码上西岗, 生态田黄: a township the page names in full may be printed without its suffix elsewhere."""
    g = resolver.g
    shorts: dict[str, set[int]] = {}
    for article in resolver.articles:
        for m in article.mentions:
            if m.gid is not None and g.levels[m.gid] == "township" and len(g.shorts[m.gid]) >= 2:
                shorts.setdefault(g.shorts[m.gid], set()).add(m.gid)
    for short, ids in shorts.items():
        if len(ids) != 1 or is_common_word(short) or is_generic_place_word(short):
            continue
        gid = next(iter(ids))
        for article in resolver.articles:
            start = article.text.find(short)
            while start >= 0:
                end = start + len(short)
                if (
                    start in article.boundaries
                    and end in article.boundaries
                    and not names_a_village(article.text, end)
                    and _free(_occupied(article), start, end)
                ):
                    _add(resolver, article, start, end, resolver.place(gid, short), 0.6, "short")
                start = article.text.find(short, end)


def _enumerated_townships(resolver: PageResolver, article: ArticleState) -> None:
    """驼岭头、五渡管理服务中心 / 香城、张庄镇: several township names sharing one printed suffix."""
    for match in TOWNSHIP_ENUMERATION.finditer(article.text):
        suffix = match.group(3)
        items = [*match.group(1).rstrip("、").split("、"), match.group(2)]
        offset = match.start(1)
        while items[0] and items[0][0] in LEFT_BOUNDARY:  # 在驼岭头、五渡… : the list starts after 在
            items[0] = items[0][1:]
            offset += 1
        if offset > 0 and is_hanzi(article.text[offset - 1]) and article.text[offset - 1] not in LEFT_BOUNDARY:
            continue  # the first item is glued to the words before it (第四人民医院、…): not a list of names
        if not all(plausible_stem(item) and not is_common_word(item) for item in items):
            continue
        holder = _governing_holder(article, offset)
        for i, item in enumerate(items):
            start, end = offset, offset + len(item) + (len(suffix) if i == len(items) - 1 else 0)
            offset += len(item) + 1
            if not _free(_occupied(article), start, end):
                continue
            name = item + suffix
            holder_id = resolver.g.by_code.get(holder.code, -1) if holder is not None and holder.code else -1
            known = [
                gid for gid in resolver.g.lookup(name) if holder_id >= 0 and resolver.g.is_ancestor(holder_id, gid)
            ]
            if len(known) == 1:
                _add(resolver, article, start, end, resolver.place(known[0], article.text[start:end]), 0.7, "name")
            elif holder is not None and holder.level in ("county", "zone"):
                place = _unverified(resolver, name, "township", holder)
                _add(resolver, article, start, end, place, 0.4, "grammar")
