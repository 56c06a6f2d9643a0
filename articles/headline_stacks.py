"""Which line of a headline stack is the headline (主题), read from the text the stack heads.

A stack of two lines is mostly a kicker over its headline, and `articles.article_body.headline_parts` reads it so
from the lines alone. Where the text under it says otherwise, the text decides: a feature whose section heads open
on the parallel phrases of one line (`变干净 变富裕 变热闹` over `变干净:东北小村如江南`, `变富裕:……`) is headlined by
that line; the other line is its deck.
"""

from __future__ import annotations

from articles.headline_shapes import is_parallel_phrase
from core.text.cleaning import normalize_for_matching

MIN_PHRASE_CHARS = 2


def opens_on_phrase_of(heading: str, stack_line: str) -> bool:
    """`变干净:东北小村如江南` under the headline line `变干净 变富裕 变热闹`: a heading opening on one of the parallel
    phrases of a headline line, then a colon or a space, heads the part about that phrase."""
    if not is_parallel_phrase(stack_line):
        return False
    text = normalize_for_matching(heading).strip()
    return any(
        text.startswith(phrase) and text[len(phrase) : len(phrase) + 1] in (":", " ")
        for phrase in normalize_for_matching(stack_line).split()
        if len(phrase) >= MIN_PHRASE_CHARS
    )


def headline_over_its_sections(
    title: str | None, subtitle: str | None, section_heads: list[str]
) -> tuple[str | None, str | None]:
    """(title, subtitle) of a stack, swapped when the section heads of its text take up the subtitle's phrases."""
    if title is None or subtitle is None:
        return title, subtitle
    if any(opens_on_phrase_of(head, subtitle) for head in section_heads):
        return subtitle, title
    return title, subtitle
