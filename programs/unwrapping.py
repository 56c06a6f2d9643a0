"""Read a hard-wrapped column as running text before looking for program names.

Newspaper columns are often printed (or OCR'd) with a line break every 12-25 characters, wherever the column ends:
农村集体产权制度改革、互换⏎并地等重大改革, 形成了“林果+旅游”的⏎农旅融合新业态.  A name cut by such a break is
invisible to every pattern that reads characters in a row, so the finders read the text with those breaks removed
and the spans they find are mapped back to the printed text.

A break is a wrap (not a paragraph end) when the line before it is as long as a column line, does not end a
sentence, and the next line starts with a character rather than the indentation that opens a paragraph.  Short
lines (credits, labels) and headlines (a line that opens a block with no comma in it) are never joined to what
follows them.

The reading view also prints every quotation in Chinese quotation marks: OCR and web pages give straight quotes
("党支部+合作社+农户"运作模式) or corner brackets (「公司+合作社+农户」模式) where the paper printed “…”, and
the finders recognise names by their quotation marks.  Straight quotes are paired in order within a line.
"""

from __future__ import annotations

import re

# A column line is rarely shorter than this; headlines, bylines and captions' credits usually are.
_MIN_WRAPPED_LINE = 10
_SENTENCE_ENDS = frozenset("。!！?？;；:：")


def unwrap(text: str) -> tuple[str, list[int]]:
    """`text` without the line breaks that only wrap a column and with its quotations in “ ”, and the offset in
    `text` of each kept character (plus one past the end), so a span [a, b) of the result is
    text[offsets[a] : offsets[b - 1] + 1]."""
    kept: list[str] = []
    offsets: list[int] = []
    start = 0
    joining = False  # the line before wrapped: a blank line after it is part of the break
    for line in text.split("\n"):
        end = start + len(line)  # the position of this line's \n (len(text) for the last line)
        body = line.rstrip("\r")
        if joining and not body.strip():
            start = end + 1
            continue
        opens_a_line = not joining
        kept.extend(body)
        offsets.extend(range(start, start + len(body)))
        joining = end < len(text) and _wraps(body, text, end + 1) and not (opens_a_line and _reads_as_a_heading(body))
        if not joining:
            kept.extend(line[len(body) :] + ("\n" if end < len(text) else ""))
            offsets.extend(range(start + len(body), min(end + 1, len(text))))
        start = end + 1
    offsets.append(len(text))
    return _curly_quotes("".join(kept)), offsets


_CORNER_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})


def _curly_quotes(text: str) -> str:
    """`text` with straight double quotes and corner brackets turned into “ ” (same length, so offsets hold)."""
    text = text.translate(_CORNER_QUOTES)
    if '"' not in text:
        return text
    lines = []
    for line in text.split("\n"):
        parts = line.split('"')
        if len(parts) % 2 == 0:  # an odd number of straight quotes: leave the line as printed
            lines.append(line)
            continue
        lines.append("".join(part + ("“" if i % 2 == 0 else "”") for i, part in enumerate(parts[:-1])) + parts[-1])
    return "\n".join(lines)


# Layouts put one blank line between the pieces of a wrapped column (each printed line an element of its own).
_BLANK_LINE = re.compile(r"[ \t\u3000\r]*\n")


def _wraps(line: str, text: str, following: int) -> bool:
    """Whether the break after `line` (the next line starts at text[following]) only wraps a column: the line is
    as long as a column's and does not end a sentence, and the next line (after at most one blank line) starts
    with a character rather than a paragraph's indentation."""
    if len(line.strip()) < _MIN_WRAPPED_LINE or line[-1:].isspace() or line[-1:] in _SENTENCE_ENDS:
        return False
    blank = _BLANK_LINE.match(text, following)
    if blank is not None:
        following = blank.end()
    nxt = text[following : following + 1]
    return bool(nxt) and not nxt.isspace()


_CLAUSE_MARKS = frozenset(",，、;；:：")


def _reads_as_a_heading(line: str) -> bool:
    """A line opening a block with no clause mark is a headline or a label (入选省级非遗工坊), never joined to the
    dateline or body under it; a column's wrapped first line almost always holds a comma within its length."""
    return not _CLAUSE_MARKS.intersection(line)


def printed_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the printed text that the span [start, end) of the unwrapped text covers."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1
