"""How the attribution tests read a made-up page: its resolved mentions, and the place that governs a figure.

One helper for every test module, so that a test states only its text and the place it expects."""

from __future__ import annotations

from localities.resolver import governing_place, main_place, resolve_page, resolve_page_with_homes


def mentions_of(text: str) -> list:
    """The place mentions of a one-article page."""
    (mentions,) = resolve_page([text])
    return mentions


def governing(text: str, figure: str, *, with_homes: bool = False):
    """The place that governs the first occurrence of `figure` in `text` (with the page's homes of short forms
    when `with_homes`); fails when none does."""
    if with_homes:
        (mentions,), homes = resolve_page_with_homes([text])
    else:
        mentions, homes = mentions_of(text), ()
    place = governing_place(text, mentions, text.index(figure), main_place(mentions), homes)
    assert place is not None
    return place
