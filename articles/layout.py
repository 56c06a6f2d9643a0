"""Undo the layout of a page before anything reads its structure.

OCR tools and e-paper exports lay the same page out in different ways: one element per line with
blank lines between them, no blank lines at all, paragraphs indented with full-width spaces, CRLF
line ends, or a column's text hard-wrapped every 20-odd characters. The segmenter reads one
element (headline, credit, paragraph) per line, so a hard-wrapped paragraph must be rejoined first,
or each of its lines is read as a headline, a caption or a paragraph of its own.

`unwrap_columns` finds a page's column width from its line lengths (wrapped text is a stack of
lines of nearly the same length) and joins each line that fills the column to the line under it,
unless the next line shows that a new element starts there: a blank line, an indent, a credit or
dateline, a bullet or caption mark. Everything else of the page is kept character for character,
and `Reflowed.origin` maps every character back to its offset in the page as stored.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from articles.bylines import find_dateline, parse_credit_line, split_trailing_credit
from core.text.cleaning import ends_sentence

MIN_COLUMN_WIDTH = 10
"""Narrower 'columns' are lists or tables, not wrapped text."""
MAX_COLUMN_WIDTH = 60
"""Wider lines are whole paragraphs: an export that does not wrap."""
COLUMN_SLACK = 5
"""A wrapped line is at most this many characters shorter than the column (word and number breaks)."""
MIN_WRAPPED_LINES = 6
MIN_WRAPPED_SHARE = 0.5
"""The column's lines must be at least half of the page's text lines for the page to count as wrapped."""

_INDENT = re.compile(r"^(?:\u3000|[ \t]{2,})")
_ELEMENT_MARKS = tuple("□■◇◆☆★●▲△↑【")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass(frozen=True)
class Line:
    start: int
    """Offset of the first non-blank character (or of the line, when blank)."""
    end: int
    """Offset after the last non-blank character."""
    indented: bool

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Reflowed:
    """A page with its wrapped lines joined. `origin[i]` is the stored-page offset of `text[i]`;
    `origin[len(text)]` is the page's length, so an end offset maps too."""

    text: str
    origin: tuple[int, ...] | None
    """None when nothing was joined: the text is the page itself."""

    def to_page(self, offset: int) -> int:
        return offset if self.origin is None else self.origin[offset]

    def end_to_page(self, end: int) -> int:
        """Page offset for an exclusive end offset (after the character before it)."""
        if self.origin is None or end == 0:
            return end
        return self.origin[end - 1] + 1


def split_lines(text: str) -> list[Line]:
    """The page's lines with the offsets of their stripped content; any line-end convention."""
    lines: list[Line] = []
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw:
            break
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            lines.append(Line(match.start(), match.start(), False))
            continue
        lead = len(content) - len(content.lstrip())
        start = match.start() + lead
        lines.append(Line(start, start + len(stripped), bool(_INDENT.match(content))))
    return lines


def column_width(lengths: list[int]) -> int | None:
    """The width a page's text was wrapped at, or None when its lines are not a column's.

    Wrapped text gives many lines of nearly one length (the column) and few longer ones (headlines
    printed across columns); unwrapped paragraphs give lengths spread over hundreds of characters."""
    text_lines = [n for n in lengths if n >= MIN_COLUMN_WIDTH // 2]
    if len(text_lines) < MIN_WRAPPED_LINES:
        return None
    counts = Counter(text_lines)
    best_width, best_count = None, 0
    for width in range(MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH + 1):
        count = sum(counts[n] for n in range(width - COLUMN_SLACK + 1, width + 1))
        if count > best_count:
            best_width, best_count = width, count
    if best_width is None or best_count < MIN_WRAPPED_LINES:
        return None
    if best_count < MIN_WRAPPED_SHARE * len(text_lines):
        return None
    longer = sum(1 for n in text_lines if n > best_width + 2)
    if longer > best_count // 2:
        return None  # long unwrapped paragraphs dominate: the similar lengths are a coincidence
    return best_width


def unwrap_columns(text: str) -> Reflowed:
    """`text` with every hard-wrapped paragraph joined back into one line (see the module doc)."""
    lines = split_lines(text)
    width = column_width([line.length for line in lines])
    if width is None:
        return Reflowed(text, None)
    full = width - COLUMN_SLACK + 1
    joins = [
        i
        for i in range(len(lines) - 1)
        if full <= lines[i].length <= width
        and lines[i + 1].length > 0
        and _continues(text, lines[i], lines[i + 1], full)
    ]
    if not joins:
        return Reflowed(text, None)
    pieces: list[str] = []
    origin: list[int] = []
    cursor = 0
    for i in joins:
        cut_from, cut_to = lines[i].end, lines[i + 1].start
        pieces.append(text[cursor:cut_from])
        origin.extend(range(cursor, cut_from))
        cursor = cut_to
    pieces.append(text[cursor:])
    origin.extend(range(cursor, len(text) + 1))
    return Reflowed("".join(pieces), tuple(origin))


def _continues(text: str, above: Line, line: Line, full: int) -> bool:
    """False when `line` visibly starts a new element rather than continuing the one above: it is
    indented, opens with a mark, a credit or a dateline, follows a credit, or it is a short unpunctuated
    line (a headline) under a line that ends a sentence."""
    if line.indented:
        return False
    content = text[line.start : line.end]
    above_text = text[above.start : above.end]
    if split_trailing_credit(above_text)[0]:
        return False  # `…… 通讯员 X 摄`: a credit closes its element
    if line.length < full and ends_sentence(above_text) and not ends_sentence(content):
        return False
    if content.startswith(_ELEMENT_MARKS) or content.startswith(("——", "图为")):
        return False
    if parse_credit_line(content) is not None:
        return False
    return find_dateline(content)[0] is None
