"""Page-wide repairs of OCR layout errors, applied to article drafts before assembly.

* A paragraph printed twice (OCR duplication) is kept once: in the article whose headline it
  matches best, else at its first occurrence.
* Paragraphs the OCR placed after another article are moved back to the article they belong to,
  but only on strong evidence (see `reattach_misplaced_paragraphs`).
"""

from __future__ import annotations

from functools import lru_cache

from articles.article_body import Draft, headline_parts
from core.text.cleaning import paragraph_fingerprint
from core.text.segmentation import tagged

REATTACH_WINDOW = 12
"""How many preceding articles may receive a misplaced paragraph: the OCR moves text within a
page, so looking further back only costs time on very long inputs."""
MIN_DUPLICATE_CHARS = 20
"""Short lines (a slogan, a one-line brief) may legitimately repeat; long paragraphs do not."""


@lru_cache(maxsize=4096)
def _bigrams(text: str) -> frozenset[str]:
    compact = paragraph_fingerprint(text)
    return frozenset(compact[i : i + 2] for i in range(len(compact) - 1))


def _headline_bigrams(draft: Draft) -> set[str]:
    return _bigrams(_headline_text(draft))


def drop_duplicate_paragraphs(drafts: list[Draft]) -> None:
    """Remove repeated copies of a paragraph, in place."""
    seen: dict[str, list[tuple[Draft, int]]] = {}
    for draft in drafts:
        for k, piece in enumerate(draft.pieces):
            if piece.section:
                continue
            key = paragraph_fingerprint(piece.block.text)
            if len(key) >= MIN_DUPLICATE_CHARS:
                seen.setdefault(key, []).append((draft, k))
    doomed: dict[int, set[int]] = {}
    for copies in seen.values():
        if len(copies) < 2:
            continue
        keep = _best_home(copies)
        for copy in copies:
            if copy is not keep:
                doomed.setdefault(id(copy[0]), set()).add(copy[1])
    for draft in drafts:
        drop = doomed.get(id(draft))
        if drop:
            draft.pieces = [p for k, p in enumerate(draft.pieces) if k not in drop]


def _best_home(copies: list[tuple[Draft, int]]) -> tuple[Draft, int]:
    paragraph = copies[0][0].pieces[copies[0][1]].block.text
    grams = _bigrams(paragraph)
    best = copies[0]
    best_score = len(grams & _headline_bigrams(best[0]))
    for copy in copies[1:]:
        score = len(grams & _headline_bigrams(copy[0]))
        if score > best_score:
            best, best_score = copy, score
    return best


def reattach_misplaced_paragraphs(drafts: list[Draft]) -> None:
    """Move paragraphs the OCR placed inside a later article back to the article they belong to.

    Evidence required (all of it): a run of consecutive paragraphs each opens with the same
    place name as its subject; that place is named nowhere else in the article holding them
    (neither its headline nor its other paragraphs); and it is named in the headline of exactly
    one earlier article. Anything weaker leaves the paragraphs where they are.
    """
    earlier: list[Draft] = []
    for draft in drafts:
        if draft.photo or not draft.heading:
            continue
        if earlier:
            _reattach_from(draft, earlier[-REATTACH_WINDOW:])
        earlier.append(draft)


def _reattach_from(draft: Draft, earlier: list[Draft]) -> None:
    paragraphs = [k for k, p in enumerate(draft.pieces) if not p.section]
    subjects = {k: _subject_place(draft.pieces[k].block.text) for k in paragraphs[1:]}
    k = 0
    while k < len(draft.pieces):
        stem = subjects.get(k)
        if not stem:
            k += 1
            continue
        end = k
        while end < len(draft.pieces) and subjects.get(end) == stem:
            end += 1
        target = _unique_home(stem, draft, k, end, earlier)
        if target is None:
            k = end
            continue
        target.pieces.extend(draft.pieces[k:end])
        del draft.pieces[k:end]
        subjects = {i: _subject_place(p.block.text) for i, p in enumerate(draft.pieces) if not p.section and i > 0}


def _headline_text(draft: Draft) -> str:
    title, subtitle, _, _ = headline_parts(draft.heading)
    return (title or "") + (subtitle or "")


def _unique_home(stem: str, draft: Draft, start: int, end: int, earlier: list[Draft]) -> Draft | None:
    if stem in _headline_text(draft):
        return None
    if any(stem in p.block.text for i, p in enumerate(draft.pieces) if not start <= i < end):
        return None
    homes = [d for d in earlier if stem in _headline_text(d)]
    return homes[0] if len(homes) == 1 else None


_PLACE_SUFFIXES = ("街道", "市", "县", "区", "镇", "乡")
# Common nouns that end like a place name but name no particular place.
_GENERIC_PLACE_WORDS = frozenset(
    [
        "示范区",
        "开发区",
        "保护区",
        "试验区",
        "风景区",
        "高新区",
        "经开区",
        "自贸区",
        "功能区",
        "新城区",
        "老城区",
        "城市",
        "城区",
        "市区",
        "郊区",
        "辖区",
        "全区",
        "全市",
        "全县",
        "全镇",
        "全乡",
        "小区",
        "社区",
        "山区",
        "片区",
        "新区",
        "园区",
        "景区",
        "该市",
        "该县",
        "该区",
        "该镇",
        "本市",
        "本区",
    ]
)


@lru_cache(maxsize=8192)
def _subject_place(paragraph: str) -> str | None:
    """Stem of the first place name in a paragraph's opening words (招远市 -> 招远)."""
    pieces = tagged(paragraph[:20])
    for k, (word, flag) in enumerate(pieces):
        if word in _GENERIC_PLACE_WORDS:
            continue
        suffix = next((s for s in _PLACE_SUFFIXES if word.endswith(s) and len(word) - len(s) >= 2), None)
        if suffix is not None and flag in ("n", "ns", "nz"):
            return word[: -len(suffix)]
        following = pieces[k + 1][0] if k + 1 < len(pieces) else ""
        if len(word) >= 2 and flag in ("n", "ns", "nz") and following in _PLACE_SUFFIXES:
            return word
        if flag == "ns" and len(word) >= 2:
            return word
    return None
