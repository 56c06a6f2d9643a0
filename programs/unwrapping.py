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

# A column line is rarely shorter than this; headlines, bylines and captions' credits usually are.
_MIN_WRAPPED_LINE = 10
_SENTENCE_ENDS = frozenset("。!！?？;；:：")


def unwrap(text: str) -> tuple[str, list[int]]:
    """`text` without the line breaks that only wrap a column and with its quotations in “ ”, and the offset in
    `text` of each kept character (plus one past the end), so a span [a, b) of the result is
    text[offsets[a] : offsets[b - 1] + 1]."""
    kept: list[str] = []
    offsets: list[int] = []
    line_start = 0
    opens_a_line = True  # the physical line starts a line of the reading view (not a wrapped continuation)
    for index, char in enumerate(text):
        if char == "\n":
            line = text[line_start:index]
            wrapped = _wraps(text, line_start, index) and not (opens_a_line and _reads_as_a_heading(line))
            line_start, opens_a_line = index + 1, not wrapped
            if wrapped:
                continue
        kept.append(char)
        offsets.append(index)
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


def _wraps(text: str, line_start: int, newline: int) -> bool:
    """Whether the line break at `newline` (ending the line that starts at `line_start`) only wraps a column."""
    line = text[line_start:newline]
    if len(line.strip()) < _MIN_WRAPPED_LINE or line[-1:].isspace() or line[-1:] in _SENTENCE_ENDS:
        return False
    following = text[newline + 1 : newline + 2]
    return bool(following) and not following.isspace()


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
