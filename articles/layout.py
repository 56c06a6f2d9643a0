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

from articles.bylines import (
    find_dateline,
    opens_like_credit,
    parse_credit_line,
    split_leading_credit,
    split_trailing_credit,
    split_trailing_paren_credit,
)
from articles.headline_stacks import dash_goes_on_with_prose
from articles.paragraph_cues import opens_on_its_date, reads_as_caption
from core.text.cleaning import ends_sentence

MIN_COLUMN_WIDTH = 10
"""Narrower 'columns' are lists or tables, not wrapped text."""
MAX_COLUMN_WIDTH = 60
"""Wider lines are whole paragraphs: an export that does not wrap."""
COLUMN_SLACK = 5
"""A wrapped line is at most this many characters shorter than the column (word and number breaks)."""
MIN_WRAPPED_LINES = 3
"""A short report wrapped into a column gives only a few full lines; the prose and cut-line tests below keep a few
short paragraphs of one length from reading as a column."""
MAX_SENTENCE_END_SHARE = 0.5
"""A column cuts its lines wherever the width runs out: most of them end mid-sentence."""
MIN_WRAPPED_SHARE = 0.5
"""The column's lines must be at least half of the page's text lines for the page to count as wrapped..."""
MIN_WRAPPED_CHAR_SHARE = 0.6
"""...or carry most of its characters: a digest printed one short phrase a line adds many lines and few characters."""

MIN_PROSE_SHARE = 0.5

_INDENT = re.compile(r"^(?:\u3000|[ \t]{2,}|\t)")
_ELEMENT_MARKS = tuple("□■◇◆☆★●▲△↑【")
# A space between two phrases of hanzi (or quotes), the way headlines set their parts apart.
_HEADLINE_SPACING = re.compile(r"[\u4e00-\u9fff”」』][ \u3000]+[\u4e00-\u9fff“「『]")
_PROSE_PUNCTUATION = re.compile(r"[,，。;；:：、!！?？()（）《》]")
_BRACKETED_LINE = re.compile(r"^[((][^()()]{4,}[))]$")
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


def is_indented(line: str) -> bool:
    """The line starts with an indent (a full-width space, or two spaces or tabs): a paragraph start on pages
    that indent their paragraphs."""
    return bool(_INDENT.match(line))


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
        lines.append(Line(start, start + len(stripped), is_indented(content)))
    return lines


def column_width(lines: list[str]) -> int | None:
    """The width a page's text was wrapped at, or None when its lines are not a column's.

    Wrapped text gives many lines of nearly one length (the column) and few longer ones (headlines
    printed across columns); unwrapped paragraphs give lengths spread over hundreds of characters.
    The column's lines are prose, so most of them carry a comma or a full stop: a stack of headlines
    and credit lines of similar length is not a column."""
    text_lines = [line for line in lines if len(line) >= MIN_COLUMN_WIDTH // 2]
    if len(text_lines) < MIN_WRAPPED_LINES:
        return None
    counts = Counter(len(line) for line in text_lines)
    best_width, best_count = None, 0
    for width in range(MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH + 1):
        count = sum(counts[n] for n in range(width - COLUMN_SLACK + 1, width + 1))
        if count > best_count:
            best_width, best_count = width, count
    if best_width is None or best_count < MIN_WRAPPED_LINES:
        return None
    column = [line for line in text_lines if best_width - COLUMN_SLACK < len(line) <= best_width]
    column_chars, all_chars = sum(map(len, column)), sum(map(len, text_lines))
    if best_count < MIN_WRAPPED_SHARE * len(text_lines) and column_chars < MIN_WRAPPED_CHAR_SHARE * all_chars:
        return None
    longer = sum(1 for line in text_lines if len(line) > best_width + 2)
    if longer > best_count // 2:
        return None  # long unwrapped paragraphs dominate: the similar lengths are a coincidence
    if sum(bool(_PROSE_PUNCTUATION.search(line)) for line in column) < MIN_PROSE_SHARE * len(column):
        return None
    if sum(ends_sentence(line) for line in column) > MAX_SENTENCE_END_SHARE * len(column):
        return None  # whole sentences of one length (short paragraphs), not lines cut by a column
    return best_width


def unwrap_columns(text: str) -> Reflowed:
    """`text` with every hard-wrapped paragraph joined back into one line (see the module doc)."""
    all_lines = split_lines(text)
    lines = [line for line in all_lines if line.length > 0]
    width = column_width([text[line.start : line.end] for line in lines])
    if width is None:
        return Reflowed(text, None)
    gaps = _blank_lines_before(all_lines)
    joinable_gap = _gap_inside_paragraphs(gaps[1:])
    full = width - COLUMN_SLACK + 1
    joins: list[int] = []
    for i in range(len(lines) - 1):
        if gaps[i + 1] == joinable_gap and _opens_on_closing_mark(text, lines[i + 1]):
            joins.append(i)  # `。CICPHOTO/X 摄`: no element opens on a full stop; the wrap cut before it
            continue
        if not full <= lines[i].length <= width or gaps[i + 1] != joinable_gap:
            continue  # a short line ends its element; so does a wider gap than between the page's lines
        opens_element = i == 0 or i - 1 not in joins
        if opens_element and _spaced_like_a_headline(text[lines[i].start : lines[i].end]):
            continue  # `补强集体经济“短板” 增强“造血”找准脱贫路` over its report: as wide as the column by chance
        if opens_element and _headline_over_lede(
            text[lines[i].start : lines[i].end], text[lines[i + 1].start : lines[i + 1].end]
        ):
            continue  # `河南评出100个“2014年整村推进示范村”` over `1月9日,记者从……`: a headline as wide as the column
        if (
            opens_element
            and not lines[i].indented
            and _titled_with_colon(text[lines[i].start : lines[i].end], text[lines[i + 1].start : lines[i + 1].end])
        ):
            continue  # `走进静海区团泊镇团泊村:说不尽的喜乐幸福`: a topic and its headline, as wide as the column
        if _kicker_follows(text, lines, i, full):
            continue  # `……增收。` over `看乡村 话振兴,某报观察点:走进某村看新貌` / `某村菜篮子满了`
        if (
            opens_element
            and i + 1 < len(lines)
            and _heads_a_headline_block(_text(text, lines[i]), _text(text, lines[i + 1]), full)
        ):
            continue  # the kicker itself: as wide as the column by chance, over its short headline
        if _continues(text, lines[i], lines[i + 1], full):
            joins.append(i)
    if not joins:
        return Reflowed(text, None)
    pieces: list[str] = []
    origin: list[int] = []
    cursor = 0
    for i in joins:
        cut_from, cut_to = lines[i].end, lines[i + 1].start
        if text[cut_to - 1] == " " and not lines[i + 1].indented:
            cut_to -= 1  # `……记者魏铼` / ` 通讯员 胡良志 摄)`: a space the line opens with separates two words
        pieces.append(text[cursor:cut_from])
        origin.extend(range(cursor, cut_from))
        cursor = cut_to
    pieces.append(text[cursor:])
    origin.extend(range(cursor, len(text) + 1))
    return Reflowed("".join(pieces), tuple(origin))


def _blank_lines_before(lines: list[Line]) -> list[int]:
    """For each non-blank line, the number of blank lines right above it. Where a page (or a re-layout of
    an already wrapped page) puts one blank line under every line, that is its usual spacing, not a break."""
    gaps: list[int] = []
    blank = 0
    for line in lines:
        if line.length == 0:
            blank += 1
        else:
            gaps.append(blank)
            blank = 0
    return gaps


MIN_SHARE_OF_CONSECUTIVE_LINES = 0.1


def _gap_inside_paragraphs(gaps: list[int]) -> int:
    """The gap between two lines of one wrapped paragraph: none, unless the page (or a re-layout of an
    already wrapped page) prints a blank line under every line — then its usual gap."""
    if not gaps or gaps.count(0) >= MIN_SHARE_OF_CONSECUTIVE_LINES * len(gaps):
        return 0
    counts = Counter(gaps)
    return min(counts, key=lambda gap: (-counts[gap], gap))


def _spaced_like_a_headline(line: str) -> bool:
    """Phrases set apart by spaces and no prose punctuation at all: a headline, whatever its width."""
    if line.startswith(_ELEMENT_MARKS) or find_dateline(line)[0] is not None or split_leading_credit(line)[1]:
        return False  # `本报讯 解放街道…`, `□ 记者 张环泽 …`: the spaces of a dateline or a credit
    if opens_like_credit(line):
        return False  # `某某网 记者 张三 通` / `讯员 李四`: a credit line the column wrapped
    # A space inside quotes is the quoted name's own (`“脱贫攻坚在行动 乡村振兴看南粤”网络主题采访活动`).
    return bool(_HEADLINE_SPACING.search(_QUOTED.sub("“”", line))) and not _PROSE_PUNCTUATION.search(line)


_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|《[^》]*》")


def _headline_over_lede(line: str, following: str) -> bool:
    """An element's first line without any prose punctuation outside its quotes, over a line that opens on the
    date of a news lede: a headline, not a paragraph's first line (which carries its commas)."""
    if line.startswith(_ELEMENT_MARKS) or split_leading_credit(line)[1] or find_dateline(line)[0] is not None:
        return False  # `□ 记者 X 报道 11月` over `9日,……`: a credit line the wrap ran into the lede
    if line[-1].isdigit() or line[-1] in "年月日":
        return False  # a date the wrap cut in two
    bare = _QUOTED.sub("", line)
    return not _PROSE_PUNCTUATION.search(bare) and not ends_sentence(line) and opens_on_its_date(following)


# A paragraph's first line that names its speaker before a colon (`他说:`, `记者了解到:`).
_SPEAKER_COLON = re.compile(r"(?:说|表示|介绍|告诉|认为|称|道|到|问|答|是)[::]")
MIN_TITLE_PART_CHARS = 4
MIN_TITLE_PHRASE_CHARS = 6
"""A headline's phrase after its colon (`说不尽的喜乐幸福`); a paragraph's colon opens a list (`投入资金`)."""


def _titled_with_colon(line: str, following: str) -> bool:
    """An element's first line made of a topic, one colon and a phrase, with no other prose punctuation outside its
    quotes and no sentence end: a headline (`走进某村:说不尽的喜乐幸福`); a paragraph's first line carries commas."""
    if line.startswith(_ELEMENT_MARKS) or split_leading_credit(line)[1] or find_dateline(line)[0] is not None:
        return False
    bare = _QUOTED.sub("", line.strip())
    head, colon, tail = bare.replace(":", ":").partition(":")
    if (
        not colon
        or _SPEAKER_COLON.search(bare)
        or ends_sentence(line.strip())
        or reads_as_caption(line)
        or "图为" in bare
    ):
        # `拼版照片:上图为……`: a caption's opening, not a headline's topic
        return False
    from articles.page_blocks import _word_crosses

    return (
        len(head) >= MIN_TITLE_PART_CHARS
        and len(tail) >= MIN_TITLE_PHRASE_CHARS
        and not _PROSE_PUNCTUATION.search(head + tail)
        and not _word_crosses(line.strip(), following.strip())
    )


_SENTENCE_MARKS = re.compile(r"[。!！?？]")
_LAST_COLON = re.compile(r"[::]([^::]*)$")


def _text(text: str, line: Line) -> str:
    return text[line.start : line.end]


def _kicker_follows(text: str, lines: list[Line], i: int, full: int) -> bool:
    """Line `i` closes its sentence and the line under it heads a kicker-and-headline block (below)."""
    return (
        i + 2 < len(lines)
        and ends_sentence(_text(text, lines[i]))
        and _heads_a_headline_block(_text(text, lines[i + 1]), _text(text, lines[i + 2]), full)
    )


def _heads_a_headline_block(line: str, following: str, full: int) -> bool:
    """A line shaped like a kicker (phrases set apart by spaces, or a topic before a colon and a phrase after it, with
    no sentence mark anywhere) over a short line that ends no sentence either: a kicker and its headline. A paragraph's
    lines run on to a last line that closes its sentence; this pair never closes one, so it starts an element."""
    stripped, under = line.strip(), following.strip()
    if not stripped or not under or len(under) >= full or ends_sentence(under) or is_indented(following):
        return False
    if stripped.startswith(_ELEMENT_MARKS) or split_leading_credit(stripped)[1] or opens_like_credit(stripped):
        return False
    if find_dateline(stripped)[0] is not None or reads_as_caption(stripped) or _leaves_bracket_open(stripped):
        return False  # a kicker closes its brackets; `某报讯(全媒体记者 A` is a lede's credit the column cut
    bare = _QUOTED.sub("“”", stripped)
    if _SENTENCE_MARKS.search(bare) or _SPEAKER_COLON.search(bare):
        return False
    colon_tail = _LAST_COLON.search(bare)
    titled = colon_tail is not None and len(colon_tail.group(1)) >= MIN_TITLE_PHRASE_CHARS
    titled = titled and not _PROSE_PUNCTUATION.search(colon_tail.group(1))
    return titled or bool(_HEADLINE_SPACING.search(bare))


_CLOSING_MARKS = tuple("。,,、;;!!??))”")


def _opens_on_closing_mark(text: str, line: Line) -> bool:
    return not line.indented and text[line.start : line.end].startswith(_CLOSING_MARKS)


def _leaves_bracket_open(line: str) -> bool:
    return line.count("(") + line.count("(") > line.count(")") + line.count(")")


_JOINING_DOTS = ("·", "•", "・")
_CJK_END = re.compile(r"[\u3400-\u9fff]$")


def _continues(text: str, above: Line, line: Line, full: int) -> bool:
    """False when `line` visibly starts a new element rather than continuing the one above: it is
    indented, opens with a mark, a credit or a dateline, follows a credit, or it is a short unpunctuated
    line (a headline) under a line that ends a sentence."""
    if line.indented:
        return False
    content = text[line.start : line.end]
    above_text = text[above.start : above.end]
    if (
        split_trailing_credit(above_text)[0] or split_trailing_paren_credit(above_text)[0]
    ) and not _leaves_bracket_open(above_text):
        # `…… 通讯员 X 摄`, `……。(新华社发 X摄)`: a credit closes its element; one inside a bracket the column cut
        # (`某报讯(全媒体记者 A` / ` 通讯员 B C)近年来,……`) goes on to the bracket's end.
        return False
    if _BRACKETED_LINE.match(above_text):
        return False  # a note in brackets (`(“……”大赛征集作品)`) is an element of its own
    if parse_credit_line(above_text) is not None and not _leaves_bracket_open(above_text):
        return False  # a whole credit line is too; one whose bracket the wrap cut (`《光明日报》( 2`) goes on
    if line.length < full and ends_sentence(above_text) and not ends_sentence(content):
        return False
    if dash_goes_on_with_prose(above_text, content, full_width=line.length >= full):
        return True  # `……焦点` / `——每逢大面积降温,……`: the column cut a sentence before its dash
    if content.startswith(_ELEMENT_MARKS) or content.startswith(("——", "图为")):
        return False
    if parse_credit_line(content) is not None:
        if content.startswith(_JOINING_DOTS) and above.length >= full and _CJK_END.search(above_text):
            return True  # `……。新甘肃` / `·甘肃日报通讯员 X`: the column cut an outlet's name at its dot, no bullet
        # `……(6月6日摄)。 新华社` / `记者 X 摄`: a caption's credit the wrap cut after its outlet continues it.
        names, credit_start = split_trailing_credit(above_text + content)
        return bool(names) and credit_start < len(above_text)
    return find_dateline(content)[0] is None
