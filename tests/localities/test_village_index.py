"""The village pass's memos answer what the slow paths they replace answer (hand-written pages, real gazetteer).

`find_village` reads a village index shared by every page of a process; `township_tiers` expands the places of a
page once per order; `clause_subject.bounds` bisects a text's break offsets. Each is compared here with the plain
definition it stands for.
"""

from __future__ import annotations

import random

import pytest

from localities.clause_subject import CLAUSE_BREAKS, FULL_STOPS, PARAGRAPH_BREAKS, SENTENCE_BREAKS, bounds
from localities.gazetteer.loader import get_gazetteer
from localities.place_grammar import canonical
from localities.place_index import scan, select, word_boundaries
from localities.resolution import ArticleState, PageResolver
from localities.resolver import Place
from localities.village_lookup import find_village, folded_villages, township_tiers

PAGE = (
    "山亭区水泉镇唐岭村依山而建，全村共有农户60户。",
    "滕州市龙阳镇和枣庄市市中区永安镇的干部来到山亭区，走访了冯卯镇的3个村。",
)
OTHER_PAGE = ("邹城市太平镇的农户种植大蒜5000亩。",)


def _resolved(texts: tuple[str, ...]) -> PageResolver:
    articles = []
    for i, text in enumerate(texts):
        boundaries = word_boundaries(text)
        articles.append(ArticleState(i, text, select(scan(text, boundaries)), boundaries))
    resolver = PageResolver(get_gazetteer(), articles, Place)
    resolver.run()
    return resolver


def _slow_find(resolver: PageResolver, townships: list[int], name: str, ocr: bool):
    """The definition: the first township in order holding `name` (exactly, or OCR-folded when `ocr`)."""
    for township in townships:
        row = resolver.g.villages(township).get(name)
        if row is None and ocr:
            row = folded_villages(resolver, township)[0].get(canonical(name))
        if row is not None:
            return row
    return None


def _slow_tiers(resolver: PageResolver, article: ArticleState, position: int) -> list[list[int]]:
    g = resolver.g

    def townships(mentions, level_filter) -> list[int]:
        ordered = sorted(
            (m for m in mentions if m.gid is not None and g.levels[m.gid] in level_filter),
            key=lambda m: (m.start > position, abs(m.start - position)),
        )
        found: list[int] = []
        for m in ordered:
            ids = [m.gid] if g.levels[m.gid] == "township" else g.descendants(m.gid, "township")
            found.extend(i for i in ids if i not in found)
        return found

    page = [m for a in resolver.articles for m in a.mentions]
    return [
        townships(article.mentions, ("township",)),
        townships(page, ("township",)),
        townships(article.mentions, ("county", "zone")),
        townships(page, ("county", "zone")),
    ]


def test_township_tiers_are_the_nearest_first_townships_of_the_page_each_time_a_fresh_list() -> None:
    resolver = _resolved(PAGE)
    for article in resolver.articles:
        for position in range(0, len(article.text) + 1, 3):
            tiers = township_tiers(resolver, article, position)
            assert tiers == _slow_tiers(resolver, article, position)
            again = township_tiers(resolver, article, position)
            assert all(a is not b for a in tiers for b in again)  # `_resolve_one` tells tiers apart by identity
            assert len({id(t) for t in tiers}) == len(tiers)


@pytest.mark.parametrize("ocr", [False, True])
def test_find_village_through_the_shared_index_is_the_first_township_holding_the_name(ocr: bool) -> None:
    first, second = _resolved(PAGE), _resolved(OTHER_PAGE)
    for resolver in (first, second, first):  # the index outlives a page; another page's townships change nothing
        for article in resolver.articles:
            tiers = township_tiers(resolver, article, len(article.text))
            for townships in [*tiers, [t for tier in tiers for t in tier]]:
                names = {name for t in townships[:6] for name in resolver.g.villages(t)}
                names |= {name[:-1] + "材" for name in list(names)[:20]}  # OCR-folded forms, and no village
                names |= {"唐岭村", "太平村", "不存在的村"}
                for name in sorted(names):
                    assert find_village(resolver, townships, name, ocr) == _slow_find(resolver, townships, name, ocr)


def test_a_village_of_a_township_indexed_for_another_page_is_not_found_outside_it() -> None:
    first, second = _resolved(PAGE), _resolved(OTHER_PAGE)
    article = first.articles[0]
    own = township_tiers(first, article, 0)[0]
    village = next(iter(first.g.villages(own[0])))
    assert find_village(first, own, village, False) is not None
    others = [t for tier in township_tiers(second, second.articles[0], 0) for t in tier if t not in own]
    assert find_village(second, others, village, False) == _slow_find(second, others, village, False)


def _slow_bounds(text: str, offset: int, breaks: frozenset[str]) -> tuple[int, int]:
    start = max(text.rfind(c, 0, offset) for c in breaks) + 1
    found = [i for c in breaks if (i := text.find(c, offset)) >= 0]
    return start, min(found) if found else max(offset, len(text))


@pytest.mark.parametrize("breaks", [CLAUSE_BREAKS, SENTENCE_BREAKS, PARAGRAPH_BREAKS, FULL_STOPS])
def test_clause_bounds_by_bisection_are_the_nearest_breaks_on_each_side(breaks: frozenset[str]) -> None:
    texts = [
        "去年，全县新建大棚120座；今年又建了80座。\n农民人均收入达到1.2万元！比上年增长8%：这是第一次。",
        "没有任何标点的一段文字",
        "",
        "。。，，\n\n",
    ]
    rng = random.Random(14)
    for text in texts:
        offsets = [*range(-2, len(text) + 3), *(rng.randint(0, len(text) + 5) for _ in range(20))]
        for offset in offsets:
            assert bounds(text, offset, breaks) == _slow_bounds(text, offset, breaks), (text, offset)
