"""Statistics tables printed in a page's text: rows of space-separated short cells and the caption over them.

A table's rows and caption belong to the body of the article they sit in; `articles.page_blocks` marks them before
it asks whether a line could be a headline, so a row (`信丰县 种植面积 21.6万亩`) is never read as one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from articles.headline_shapes import is_subtitle_line
from core.text.cleaning import ends_sentence, normalize_for_matching

if TYPE_CHECKING:
    from articles.page_blocks import Block

# A statistics cell holding a quantity: an optional short lead word (增长, 约), a number and a
# unit of at most three characters (21.6万亩, 17260元, 增长9.3%, 2022年).
_QUANTITY_CELL = re.compile(r"^[\u4e00-\u9fff]{0,2}\d+(?:\.\d+)?(?:%|‰|[\u4e00-\u9fff]{1,3})?$")
_ROW_PUNCTUATION = re.compile(r"[,，。;；:：!！?？、“”\"()（）]")
MAX_TABLE_CELL_CHARS = 16
MAX_CAPTION_LINE_CHARS = 50
"""A table's caption is a heading-length line (`articles.page_blocks.MAX_HEADING_CHARS`)."""


def is_table_row_shape(text: str) -> bool:
    """A line of space-separated short cells, at least one a quantity, without sentence
    punctuation: a statistics table row (`信丰县 种植面积 21.6万亩 预计产量 31万吨`)."""
    cells = normalize_for_matching(text).split()
    if len(cells) < 2 or _ROW_PUNCTUATION.search(text) or any(len(c) > MAX_TABLE_CELL_CHARS for c in cells):
        return False
    return any(_QUANTITY_CELL.match(c) for c in cells)


def mark_tables(blocks: list[Block]) -> None:
    """Mark table rows and captions. A table has two or more consecutive row-shaped lines (one
    such line alone may be a headline with a figure); a short unpunctuated line right above the
    first row is the table's caption. Both belong to the body of the article they sit in."""
    shaped = [b.credit is None and is_table_row_shape(b.text) for b in blocks]
    for i, block in enumerate(blocks):
        if not shaped[i]:
            continue
        neighbour = (i > 0 and shaped[i - 1]) or (i + 1 < len(blocks) and shaped[i + 1])
        block.table_row = bool(neighbour)
        if block.table_row and i > 0 and not shaped[i - 1]:
            above = blocks[i - 1]
            if above.credit is None and not above.is_caption_mark and _could_be_caption_line(above.text):
                above.table_caption = True


def _could_be_caption_line(text: str) -> bool:
    text = normalize_for_matching(text).strip()
    return 2 <= len(text) <= MAX_CAPTION_LINE_CHARS and not ends_sentence(text) and not is_subtitle_line(text)
