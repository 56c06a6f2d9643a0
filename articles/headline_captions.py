"""Captions printed between a headline and its text, read off the headline.

A page sets a report's pictures under its headline, so their captions come out of the export as short lines
right under the headline lines and above the text (`江西湘东:激发乡村活力……` / `秀美的生态(胡林 供图` /
`油茶产业田园综合体(胡林 供图` / `上珠村紧紧围绕……`). Shaped like headline lines, they would take the headline's
place; their picture credit says what they are. `articles.segmentation` keeps them in the article's text.
"""

from __future__ import annotations

import re

from articles.page_blocks import Block
from articles.paragraph_parts import has_photo_credit
from core.text.cleaning import normalize_for_matching

# `(胡林 供图`, `(肖利峰 供图)`, `(记者 X 摄)`: a bracketed picture credit closing a short line, its bracket
# sometimes left open by the copy.
_BRACKETED_PICTURE_CREDIT = re.compile(r"[((][^()()]{0,12}?[\u4e00-\u9fff]{2,4}\s*(?:供图|摄影|摄)\s*[))]?$")


def credits_a_picture(text: str) -> bool:
    """True when a short line ends on a picture's credit (`秀美的生态(胡林 供图`, `……现场。 X摄`)."""
    norm = normalize_for_matching(text).strip()
    return bool(_BRACKETED_PICTURE_CREDIT.search(norm)) or has_photo_credit(text)


def split_captions_under_headline(run: list[Block]) -> tuple[list[Block], list[Block]]:
    """(headline lines, captions) of a heading run whose last lines are picture captions, each closed by its
    credit; the headline keeps at least its first line."""
    cut = len(run)
    while cut > 1 and credits_a_picture(run[cut - 1].text):
        cut -= 1
    return run[:cut], run[cut:]


# `(稻香上陵 供图)`, `(通讯员夏海滨 摄)` anywhere in a line: a caption's credit (copies print captions twice).
_PICTURE_CREDIT_INSIDE = re.compile(r"[((][^()()]{2,14}?(?:供图|摄影|摄)\s*[))]")


def names_a_picture_credit(text: str) -> bool:
    """True when a line carries a picture's credit, closing it or inside it (a caption printed twice)."""
    return credits_a_picture(text) or bool(_PICTURE_CREDIT_INSIDE.search(normalize_for_matching(text)))
