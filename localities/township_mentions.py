"""Township-level names the name index does not settle: one printed after its county though the gazetteer lacks
it (邹城市兖山街道), several sharing one printed suffix (香城、张庄镇), and a township's short form (码上西岗).

Kept apart from the village pass (`localities.villages`) because these rules read townships, whose parent is a
county or zone printed or named on the page, and they run before villages are looked up under them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from localities.added_mentions import add_mention, governing_holder, is_free, occupied, unverified_place
from localities.listed_places import misprinted_list_items
from localities.listed_townships import listed_townships
from localities.place_grammar import (
    LEFT_BOUNDARY,
    is_common_word,
    is_generic_place_word,
    is_hanzi,
    names_a_village,
    organisation_follows,
    plausible_stem,
    suffix_opens_word,
)
from localities.printed_names import township_variant

if TYPE_CHECKING:
    from localities.resolution import ArticleState, PageResolver

# 洮南市车力蒙古族乡: an ethnic township's name carries its people between the stem and the suffix.
TOWNSHIP_AFTER = re.compile(r"([\u4e00-\u9fff]{1,4}?)(街道|(?:[\u4e00-\u9fff]{1,3}族)?[镇乡])")
TOWNSHIP_ENUMERATION = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、)+)([\u4e00-\u9fff]{2,4})(管理服务中心|街道|镇|乡)(?![\u4e00-\u9fff]{0,1}村)"
)


def resolve_unknown_townships(resolver: PageResolver, article: ArticleState) -> None:
    """邹城市兖山街道: a township-level name printed right after its county, even when the gazetteer lacks it."""
    listed_townships(resolver, article)
    misprinted_list_items(resolver, article)
    _enumerated_townships(resolver, article)
    for parent in sorted(article.mentions, key=lambda m: m.start):
        if parent.place.level not in ("prefecture", "county", "zone"):
            continue
        match = TOWNSHIP_AFTER.match(article.text, parent.end)
        if not match or not plausible_stem(match.group(1)):
            continue
        name = match.group(0)
        if is_generic_place_word(name) or not is_free(occupied(article), match.start(), match.end()):
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
        if len(match.group(1)) < 2:
            continue  # 蒙山县东乡桔园: a one-character stem the register lacks is a word (东乡, 西乡), not a township
        place = resolver.place_type(name, "township", None, parent.place, False, ())
        add_mention(resolver, article, match.start(), match.end(), place, 0.5, "grammar")
    _former_township_forms(resolver, article)


def township_short_forms(resolver: PageResolver) -> None:
    """码上西岗, 生态田黄: a township the page names in full may be printed without its suffix elsewhere."""
    g = resolver.g
    shorts: dict[str, set[int]] = {}
    for article in resolver.articles:
        for m in article.mentions:
            if m.gid is not None and g.levels[m.gid] == "township" and len(g.shorts[m.gid]) >= 2:
                shorts.setdefault(g.shorts[m.gid], set()).add(m.gid)
    _add_short_forms(resolver, shorts)


def short_forms_of_village_townships(resolver: PageResolver) -> None:
    """大成全镇…以调南村、推赛村…很为密集: a page that places its villages in one township may name that township by
    its short form only (大成 for 大成镇); the villages tell the reader which township the short form is."""
    g = resolver.g
    named = {m.gid for article in resolver.articles for m in article.mentions if m.gid is not None}
    shorts: dict[str, set[int]] = {}
    for article in resolver.articles:
        for m in article.mentions:
            parent = m.place.parent
            if m.place.level != "village" or not m.place.verified or parent is None or parent.code is None:
                continue
            gid = g.by_code.get(parent.code)
            if gid is None or gid in named or g.levels[gid] != "township" or len(g.shorts[gid]) < 2:
                continue
            shorts.setdefault(g.shorts[gid], set()).add(gid)
    _add_short_forms(resolver, shorts, scoped_words=True)


# 大成全镇145个村庄: a township's scope word right after a short form that is also a word (大成 "accomplish").
TOWNSHIP_SCOPE_AFTER = re.compile(r"全(?:镇|乡)")


def _add_short_forms(resolver: PageResolver, shorts: dict[str, set[int]], scoped_words: bool = False) -> None:
    """Every free, word-bounded mention of each unambiguous short form; a short form that is an everyday word only
    where `scoped_words` and its township's scope word (全镇) follows it."""
    for short, ids in shorts.items():
        word = is_common_word(short) or is_generic_place_word(short)
        if len(ids) != 1 or (word and not scoped_words):
            continue
        gid = next(iter(ids))
        for article in resolver.articles:
            start = article.text.find(short)
            while start >= 0:
                end = start + len(short)
                if word and not TOWNSHIP_SCOPE_AFTER.match(article.text, end):
                    start = article.text.find(short, end)
                    continue
                if (
                    start in article.boundaries
                    and end in article.boundaries
                    and not names_a_village(article.text, end)
                    and not organisation_follows(article.text, end)  # 东源船塘|原汁原味腐竹厂 names a firm
                    and is_free(occupied(article), start, end)
                ):
                    add_mention(resolver, article, start, end, resolver.place(gid, short), 0.6, "short")
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
        if items[-1].endswith("之"):
            continue  # 黑木耳、香菇之乡: an epithet (the home of a produce), not a list of townships
        holder = governing_holder(article, offset)
        for i, item in enumerate(items):
            start, end = offset, offset + len(item) + (len(suffix) if i == len(items) - 1 else 0)
            offset += len(item) + 1
            if not is_free(occupied(article), start, end):
                continue
            name = item + suffix
            holder_id = resolver.g.by_code.get(holder.code, -1) if holder is not None and holder.code else -1
            known = [
                gid for gid in resolver.g.lookup(name) if holder_id >= 0 and resolver.g.is_ancestor(holder_id, gid)
            ]
            if len(known) == 1:
                add_mention(
                    resolver, article, start, end, resolver.place(known[0], article.text[start:end]), 0.7, "name"
                )
            elif holder is not None and holder.level in ("county", "zone"):
                place = unverified_place(resolver, name, "township", holder)
                add_mention(resolver, article, start, end, place, 0.4, "grammar")


# 房庄乡 printed where the county now lists 房庄镇: a township name with its ending, two to four characters of stem.
PRINTED_TOWNSHIP = re.compile(r"(乡|镇)")


def _former_township_forms(resolver: PageResolver, article: ArticleState) -> None:
    """那是三朗乡尹里村 on a page about 故城县, whose register lists 三朗镇: a township printed with its other ending
    (乡 → 镇 on a 撤乡设镇, or the writer's older form) is the one township of the counties the article — or else
    the page — names that bears the stem, when exactly one does.  Printed right after its county, the pass above
    has read it already (and keeps the page's spelling as the record's name, `printed_names`)."""
    from localities.resolution import Mention
    from localities.village_lookup import holds_townships

    g = resolver.g
    text = article.text

    def counties(mentions) -> list[int]:
        ids = (m.gid for m in mentions if m.gid is not None)
        return list(dict.fromkeys(i for i in ids if g.levels[i] in ("county", "zone") or holds_townships(resolver, i)))

    tiers = [counties(article.mentions), counties(m for a in resolver.articles for m in a.mentions)]
    if not tiers[1]:
        return
    for match in PRINTED_TOWNSHIP.finditer(text):
        suffix_start, end = match.span()
        if suffix_opens_word(text, suffix_start):
            continue  # 乡村, 镇域: the ending opens the next word
        for size in (4, 3, 2):
            start = suffix_start - size
            stem = text[start:suffix_start]
            if start < 0 or start not in article.boundaries or not plausible_stem(stem) or is_common_word(stem):
                continue
            if not is_free(occupied(article), start, end) or is_generic_place_word(stem + match.group(1)):
                continue
            found = None
            for tier in tiers:
                variants = {v for county in tier if (v := township_variant(resolver, county, text[start:end]))}
                variants = {v for v in variants if g.names[v] != text[start:end]}
                if variants:
                    found = next(iter(variants)) if len(variants) == 1 else -1
                    break
            if found is None or found < 0:
                continue
            # the register's name is the record's: the printed form names it, the village chain hangs on it
            place = resolver.place(found, text[start:end])
            article.mentions.append(Mention(start, end, place, 0.6, found, "name"))
            break
