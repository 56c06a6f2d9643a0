"""Shift-tolerant identities of machine rows: what makes a row "the same row" across re-imports and re-OCRs.

Offsets are where a row is, not what it is: a line added at the top of a page, a fixed typo, a page re-wrapped by
another OCR tool or saved with Windows line ends moves every offset after it. So every row the import writes
(article, indicator, place mention, program mention) carries an `identity` computed from the printed text alone:

- an article: its normalised headline (an untitled caption or brief: the start of its body);
- a figure or a mention: what is printed at its span (`120公里`, `兰陵县`) and the sentence around it;

each followed by its order among equal keys on the page (`#0`, `#1` …). Normalisation drops every kind of
whitespace (line breaks, CR, full-width indents) and folds full-width forms, so a re-wrapped page keeps every
identity. Identities never use segmentation offsets or article positions; a figure's identity does not even name
its article, so a page segmented differently re-parents the figure instead of re-creating it.

An identity that a small edit changed (a character fixed inside the sentence) is recovered by `pair_similar`:
leftover old and new rows with the same printed anchor pair up by the similarity of their sentences.

These are pure functions on strings: the import (`core.sync`) matches by them, tombstones remember them, and the
data migrations that introduced them backfill existing rows with the very same functions.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import lru_cache
from typing import TypeVar

MAX_IDENTITY = 255
ANCHOR_CHARS = 60  # of the printed text at the span
TITLE_CHARS = 120  # of a headline
BODY_START_CHARS = 40  # of an untitled item's body
CONTEXT_CHARS = 24  # on each side of a span, within its sentence
# Sentences end at these marks; commas do not end them (a clause alone repeats too often to tell rows apart).
SENTENCE_ENDS = frozenset("。！？!?；;")
# Leftover rows pair up only when their sentences are at least this similar (a fixed character or two).
MIN_SIMILARITY = 0.75
SEPARATOR = "|"
ORDER_MARK = "#"

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


@lru_cache(maxsize=65536)  # a page is thousands of characters but few distinct ones; every page folds them
def _fold(char: str) -> str:
    """One character as the identity sees it: full-width forms folded (NFKC), no whitespace, no separator."""
    if char.isspace():
        return ""
    folded = unicodedata.normalize("NFKC", char)
    return "".join(c for c in folded if not c.isspace()).replace(SEPARATOR, "/")


def squash(text: str) -> str:
    """Text without whitespace and with full-width forms folded: equal for every layout of the same words."""
    return "".join(_fold(c) for c in text)


class NormalisedPage:
    """A page in its squashed form, with the map between page offsets and squashed offsets."""

    def __init__(self, page: str) -> None:
        self.page = page
        chars: list[str] = []
        self.origin: list[int] = []  # page offset of each squashed character
        self.before: list[int] = [0] * (len(page) + 1)  # squashed offset of each page offset
        for offset, char in enumerate(page):
            self.before[offset] = len(chars)
            for folded in _fold(char):
                chars.append(folded)
                self.origin.append(offset)
        self.before[len(page)] = len(chars)
        self.text = "".join(chars)

    def squashed(self, start: int, end: int) -> tuple[int, int]:
        start = min(max(start, 0), len(self.page))
        end = min(max(end, start), len(self.page))
        return self.before[start], self.before[end]

    def page_span(self, start: int, end: int) -> tuple[int, int]:
        """Page offsets of the squashed slice [start, end) (from its first to just after its last character)."""
        if start >= end or start >= len(self.origin):
            offset = self.origin[start] if start < len(self.origin) else len(self.page)
            return offset, offset
        return self.origin[start], self.origin[end - 1] + 1

    def context(self, start: int, end: int) -> str:
        """The squashed sentence around the page span [start, end), at most CONTEXT_CHARS on either side."""
        begin, stop = self.squashed(start, end)
        left = begin
        while left > 0 and begin - left < CONTEXT_CHARS and self.text[left - 1] not in SENTENCE_ENDS:
            left -= 1
        right = stop
        while right < len(self.text) and right - stop < CONTEXT_CHARS and self.text[right] not in SENTENCE_ENDS:
            right += 1
        return self.text[left:right]

    def covers(self, start: int, end: int, text: str) -> bool:
        """Whether the page span [start, end) holds `text`, layout ignored."""
        return self.text[slice(*self.squashed(start, end))] == squash(text)

    def find(self, text: str, near: int) -> tuple[int, int] | None:
        """Page span of the occurrence of `text` (layout ignored) nearest to page offset `near`, if any."""
        needle = squash(text)
        if not needle:
            return None
        hits = []
        index = self.text.find(needle)
        while index >= 0:
            hits.append(index)
            index = self.text.find(needle, index + 1)
        if not hits:
            return None
        target = self.before[min(max(near, 0), len(self.page))]
        best = min(hits, key=lambda hit: (abs(hit - target), hit))
        return self.page_span(best, best + len(needle))


def fact_key(page: NormalisedPage, start: int, end: int, printed: str = "") -> str:
    """The identity (without its order) of a figure or mention at page span [start, end).

    The anchor is what the page prints there; `printed` stands in when the span is empty (a headline figure whose
    place on the page could not be found)."""
    anchor = page.text[slice(*page.squashed(start, end))] or squash(printed)
    return f"{anchor[:ANCHOR_CHARS]}{SEPARATOR}{page.context(start, end)}"


def article_key(title: str | None, body: str) -> str:
    """The identity (without its order) of an article: its headline, or the start of an untitled item's body."""
    title = squash(title or "")
    if title:
        return f"t{SEPARATOR}{title[:TITLE_CHARS]}"
    return f"b{SEPARATOR}{squash(body)[:BODY_START_CHARS]}"


def number(keys: Iterable[str]) -> list[str]:
    """Identities for keys in page order: each key followed by its order among the equal keys before it."""
    seen: Counter = Counter()
    out = []
    for key in keys:
        key = key[: MAX_IDENTITY - 5]
        out.append(f"{key}{ORDER_MARK}{seen[key]}")
        seen[key] += 1
    return out


def split_identity(identity: str) -> tuple[str, str]:
    """(anchor, context) of a figure's or mention's identity; for an article ("t"/"b", headline or body start)."""
    base = identity.rpartition(ORDER_MARK)[0] if ORDER_MARK in identity else identity
    anchor, _, context = base.partition(SEPARATOR)
    return anchor, context


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def pair_similar(
    old: Sequence[T],
    new: Sequence[K],
    score: Callable[[T, K], float | None],
    threshold: float = MIN_SIMILARITY,
) -> list[tuple[T, K]]:
    """Pair leftover old rows with leftover new keys, best score first, each used once.

    `score` returns None for pairs that may never match (another figure, another place) and a similarity in [0, 1]
    otherwise; ties go to the pair closest in page order, so equal sentences pair in order."""
    candidates = []
    for i, row in enumerate(old):
        for j, key in enumerate(new):
            value = score(row, key)
            if value is not None and value >= threshold:
                candidates.append((-value, abs(i * len(new) - j * len(old)), i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((old[i], new[j]))
    return pairs


def fact_similarity(old_identity: str, new_identity: str) -> float | None:
    """How alike two figures' or mentions' identities are: None unless they print the same thing.

    A context is its sentence clipped CONTEXT_CHARS either side of the span, so words added to the sentence (a
    line joined on top) clip two spans of one sentence differently: the span whose window moved least would look
    most alike, whichever row it is. A context wholly kept inside the other therefore counts as the same sentence,
    and `pair_similar` decides between such ties by page order — as the order marks did before the shift."""
    old_anchor, old_context = split_identity(old_identity)
    new_anchor, new_context = split_identity(new_identity)
    if old_anchor != new_anchor:
        return None
    return max(similarity(old_context, new_context), containment(old_context, new_context))


def containment(a: str, b: str) -> float:
    """How much of the shorter context the longer one keeps (0 for contexts too short to tell sentences apart:
    a bare headline's few words may stand inside any sentence)."""
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < CONTEXT_CHARS:
        return 0.0
    matcher = difflib.SequenceMatcher(None, shorter, longer, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(shorter)


def text_similarity(a: str, b: str, chars: int = 300) -> float:
    """How alike two article texts are, layout ignored (their first `chars` characters)."""
    return similarity(squash(a)[:chars], squash(b)[:chars])
