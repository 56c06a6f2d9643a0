"""One way to build a test page: its elements, one per line, laid out as the evaluation lays pages out.

Segmentation must not care about layout, so class tests build a page from its elements and check it in the
original layout and in every layout of `evaluation.layouts` (no blank lines, indents, CRLF, wrapped columns)."""

from __future__ import annotations

from articles.segmentation import ArticleSegment, segment_page
from evaluation.layouts import LAYOUTS, relayout

ALL_LAYOUTS = ("original", *LAYOUTS)


def laid_out(lines: list[str], layout: str, *, seed: int = 2) -> str:
    """The page of `lines` (one element each, `""` for a blank line) in `layout`; `seed` fixes the wrap."""
    text = "\n".join(lines) + "\n"
    return text if layout == "original" else relayout(text, layout, seed=seed)


def segments_of(lines: list[str], layout: str, *, seed: int = 2) -> list[ArticleSegment]:
    return segment_page(laid_out(lines, layout, seed=seed))


def keys(lines: list[str], layout: str, *, seed: int = 2) -> list[tuple[str | None, str]]:
    """(title, first six characters of the body) of every article: what the evaluation matches articles on."""
    return [(s.title, s.body[:6]) for s in segments_of(lines, layout, seed=seed)]
