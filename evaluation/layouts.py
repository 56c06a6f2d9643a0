"""The same page laid out as other OCR tools and e-paper exports lay it out.

Extraction must not care how a page is laid out, so quality is scored on every layout of the
evaluation's `relayout.py` (same modes, same output): `compact` (no blank lines), `indent` (body
paragraphs indented with two full-width spaces), `crlf` (Windows line ends, one blank line between
elements), `wrap` (long elements hard-wrapped every 22-26 characters, as column OCR does) and
`single` (one blank line between elements). The gold does not depend on the layout.
"""

from __future__ import annotations

import random

LAYOUTS = ("compact", "indent", "crlf", "wrap", "single")
ORIGINAL = "original"
INDENT = "\u3000\u3000"
_UNWRAPPED_MAX = 30
"""Elements this short (headlines, credits) are printed on one line in every layout."""


def elements(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _wrap(line: str, rng: random.Random) -> str:
    pieces, i = [], 0
    while i < len(line):
        step = rng.randint(22, 26)
        pieces.append(line[i : i + step])
        i += step
    return "\n".join(pieces)


def relayout(text: str, layout: str, seed: int = 0) -> str:
    """`text` in `layout`; `seed` fixes where `wrap` breaks lines (the page's index in its folder)."""
    lines = elements(text)
    rng = random.Random(seed)
    if layout == "compact":
        return "\n".join(lines) + "\n"
    if layout == "indent":
        return "\n".join((INDENT + x) if len(x) > _UNWRAPPED_MAX else x for x in lines) + "\n"
    if layout == "crlf":
        return "\r\n\r\n".join(lines) + "\r\n"
    if layout == "wrap":
        return "\n\n".join(_wrap(x, rng) if len(x) > _UNWRAPPED_MAX else x for x in lines) + "\n"
    if layout == "single":
        return "\n\n".join(lines) + "\n"
    raise ValueError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
