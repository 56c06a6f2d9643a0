"""Split a page into blocks (non-empty lines) and read the layout role each block can play.

OCR output of a newspaper page is a sequence of lines separated by blank lines. A block is one
non-empty line with its offsets in the original text and the number of blank lines above it:
a run of several blank lines marks a picture slot, which is where photo captions sit.
Whether a short line is a headline cannot be decided from the line alone, so this module only
answers local questions (is it a credit, could it be a heading, is it a caption); the
segmenter combines them with context.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from articles.bylines import Credit, find_dateline, parse_credit_line, split_leading_credit
from articles.dateline_lines import leading_paren_credit
from articles.headline_shapes import (
    is_headline_sentence,
    is_question_over_byline,
    is_section_marker,
    is_spaced_headline_with_list,
    is_subtitle_line,
    jump_line,
    opens_with_column_bar,
    split_trailing_series,
)
from articles.layout import is_indented
from articles.page_tables import mark_tables
from articles.paragraph_cues import (
    opens_on_its_date,
    photo_captioned,
    places_named,
    reads_as_caption,
    shows_someone_at_work,
)
from articles.phrase_lines import is_caption_label, mark_phrase_lines
from core.text.cleaning import ends_sentence, normalize_for_matching
from core.text.segmentation import words

MAX_HEADING_CHARS = 50

# A headline never ends with a function word or a comma: such a line was cut by the layout.
_CUT_ENDINGS = frozenset(",,、::的和与及或对把被将从向在为以")
# A dash closing a clause announces what follows (`寒冬时节,……透出蓬勃朝气——` over a list).
_RUNS_ON = re.compile(r"[^—\-─](?:——|--|─)$")
# Punctuation right before a closing quote ends reported speech: body text, not a headline.
_SPEECH_END = re.compile(r"[,,。!?!?]”")
# A picture's label naming the scene it shows (`会议现场`, `采摘现场`): no headline is worded so.
_SCENE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}现场$")
# Two phrases of hanzi set apart by a space, the way a headline's two lines are printed on one.
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|\"[^\"]*\"|《[^》]*》")
# Bullets that introduce the items of a brief column (`■ 某镇入选…。(张三)`); □ is left out
# because it marks credit lines (`□ 本报记者 王立新`).
BULLET_MARKS = "■●◆◇★☆"
# A line that is only a rule (`-`, `***`, `———`): printed between items, never part of one. Two dashes alone may be
# the end of a wrapped sentence (`……朝气——`), so a dash rule needs three.
_RULE_LINE = re.compile(r"^(?:-|[-_=*~#·]{3,}|[—─━]{3,})$")


@dataclass
class Block:
    """One non-empty line of the page. `start`/`end` delimit the stripped text in the original."""

    index: int
    start: int
    end: int
    text: str
    gap_before: int
    """Blank lines above the block, counted from the page's usual spacing (see `parse_blocks`)."""
    credit: Credit | None = None
    indented: bool = False
    """The line starts with an indent (two full-width or ASCII spaces): a paragraph start in pages that indent."""
    boundary_before: bool = False
    """A blank line above it on a page that prints none between paragraphs, or a rule line: an article boundary."""
    heading_candidate: bool = False
    table_row: bool = False
    table_caption: bool = False
    phrase_line: bool = False
    """A line of a text stored one phrase a line (`articles.phrase_lines`): text, though shaped like a headline."""

    @cached_property
    def norm(self) -> str:
        return normalize_for_matching(self.text)

    @property
    def is_caption_mark(self) -> bool:
        return self.text.startswith(("▲", "△", "↑", "图为"))

    @property
    def after_image_gap(self) -> bool:
        return self.gap_before >= 1

    @property
    def is_bulleted(self) -> bool:
        return self.text[:1] in BULLET_MARKS and self.credit is None

    @property
    def in_table(self) -> bool:
        """A row or the caption of a statistics table: printed as its own line in the body."""
        return self.table_row or self.table_caption


def parse_blocks(text: str) -> list[Block]:
    """Blocks of `text` in order, each classified as credit or heading candidate where it can be."""
    blocks: list[Block] = []
    blank = 0
    after_rule: set[int] = set()  # indexes of the blocks printed under a rule line
    pos = 0
    length = len(text)
    while pos <= length:
        newline = text.find("\n", pos)
        line_end = length if newline < 0 else newline
        line = text[pos:line_end]
        stripped = line.strip()
        if _RULE_LINE.match(stripped):
            after_rule.add(len(blocks))
        elif stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            block = Block(len(blocks), start, start + len(stripped), stripped, blank)
            block.indented = is_indented(line)
            blocks.append(block)
            blank = 0
        else:
            blank += 1
        if newline < 0:
            break
        pos = newline + 1
    if blocks:
        blocks[0].gap_before = 0  # blank lines at the top of the file are not a picture slot
    _count_gaps_from_usual_spacing(blocks)
    for index in after_rule:
        if 0 < index < len(blocks):
            blocks[index].boundary_before = True  # the rule parts two items whatever the page's spacing
    for block in blocks:
        block.credit = parse_credit_line(block.text)
    mark_tables(blocks)
    indenting = indents_paragraphs(blocks)
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        block.heading_candidate = not block.in_table and _could_be_heading(block, following, indenting)
    _mark_headline_sentences(blocks)
    for i, block in enumerate(blocks[:-1]):
        if not block.heading_candidate and blocks[i + 1].heading_candidate and _could_be_kicker(block):
            block.heading_candidate = True
    mark_phrase_lines(blocks)
    return blocks


MAX_HEADLINE_SENTENCE_CHARS = 30


def _mark_headline_sentences(blocks: list[Block]) -> None:
    """A headline of two clauses (`“红绿”融合发展,为丽水高质量绿色发展注入新动能`) between a finished paragraph and a
    paragraph it does not run into: a headline even where no blank line or indent sets it apart; a line the layout
    cut from a paragraph follows an unfinished sentence or runs into the next line's word."""
    for i in range(1, len(blocks) - 1):
        block, above, below = blocks[i], blocks[i - 1], blocks[i + 1]
        if block.heading_candidate or block.credit is not None or block.is_caption_mark or block.in_table:
            continue
        if len(block.text) > MAX_HEADLINE_SENTENCE_CHARS or ends_sentence(block.text) or block.text[-1] in _CUT_ENDINGS:
            continue
        if not is_headline_sentence(block.text) or photo_captioned(block.text):
            continue
        if above.heading_candidate or above.credit is not None or not ends_sentence(above.text):
            continue
        if below.heading_candidate or below.credit is not None or len(below.text) <= MIN_PARAGRAPH_CHARS:
            continue
        if not _word_crosses(block.norm.strip(), below.norm):
            block.heading_candidate = True


MAX_KICKER_CHARS = 40
# A place name and a colon on a line of its own (`白泉镇树安村:`), with no other punctuation.
_PLACE_KICKER = re.compile(r"^[\u4e00-\u9fff]{2,14}[::]$")


def _could_be_kicker(block: Block) -> bool:
    """A sentence-like line printed above a headline (引题: `我省坚持生态优先,因地制宜打造乡村特色产业`):
    commas but no sentence end, short for a paragraph, and not a line the layout cut mid-word."""
    text = block.norm.strip()
    if block.credit is not None or block.is_caption_mark or block.in_table or photo_captioned(block.text):
        return False
    if jump_line(text):
        return False
    if is_caption_label(block.text):
        return False
    if _PLACE_KICKER.match(text) and places_named(text):
        return True  # `白泉镇树安村:` over the headline: the place the story is set in
    if not 8 <= len(text) <= MAX_KICKER_CHARS or ends_sentence(text) or text[-1] in _CUT_ENDINGS:
        return False
    outside_quotes = _unquoted(text)
    return "。" not in outside_quotes and ";" not in outside_quotes and not _SPEECH_END.search(text)


MIN_PARAGRAPH_CHARS = 30
"""Lines this long are paragraphs in every layout; shorter ones may be headlines, credits or captions."""


def indents_paragraphs(blocks: list[Block]) -> bool:
    """True when the page marks its paragraphs by indenting them: most long lines start indented, and
    most short unpunctuated ones (headlines, credits, labels) do not — an export that indents every
    line says nothing."""
    paragraphs = [b for b in blocks if len(b.text) > MIN_PARAGRAPH_CHARS and b.credit is None]
    short = [b for b in blocks if len(b.text) <= MIN_PARAGRAPH_CHARS and not ends_sentence(b.text)]
    return (
        len(paragraphs) >= 3
        and sum(b.indented for b in paragraphs) >= 0.6 * len(paragraphs)
        and sum(b.indented for b in short) <= 0.5 * len(short)
    )


def _count_gaps_from_usual_spacing(blocks: list[Block]) -> None:
    """Make `gap_before` relative to the spacing the page uses between elements.

    Pages come with one blank line between elements, none, or two: what marks a picture slot is a gap
    wider than the page's usual one, not a fixed number of blank lines. Where the page prints no blank
    line between paragraphs, the blank lines it does print separate articles (`boundary_before`)."""
    gaps = Counter(block.gap_before for block in blocks[1:])
    if not gaps:
        return
    usual = min(gaps, key=lambda gap: (-gaps[gap], gap))
    for block in blocks[1:]:
        if usual == 0:
            # Paragraphs on consecutive lines: a blank line separates articles, not a picture slot.
            block.boundary_before = block.gap_before > 0
            block.gap_before = 0
        else:
            block.gap_before = max(0, block.gap_before - usual)


def opens_strongly(block: Block | None) -> bool:
    """A block that can only follow a headline: a leading credit line, or a paragraph opening
    with a dateline or a credit (`本报枣庄讯`, `□ 记者 X 报道`)."""
    if block is None:
        return False
    if block.credit is not None:
        credit = block.credit
        return not (credit.closing or credit.picture_source or credit.photo)
    if jump_line(block.text) == "from":
        return True  # `(上接第1版)` under the headline a continued report repeats
    if block.heading_candidate:
        return False
    return (
        find_dateline(block.text)[0] is not None
        or split_leading_credit(block.text)[1] > 0
        or bool(leading_paren_credit(block.text))
    )


MAX_SHORT_CAPTION_CHARS = 60
MAX_CAPTIONS_OVER_CREDIT = 2


def is_short_caption(block: Block) -> bool:
    """One or two sentences on a line of their own, unindented: the shape of a picture's caption."""
    return (
        block.credit is None
        and not block.heading_candidate
        and not block.indented
        and len(block.text) <= MAX_SHORT_CAPTION_CHARS
        and ends_sentence(block.text)
        and find_dateline(block.text)[0] is None
    )


def opens_with_lede(block: Block | None) -> bool:
    return block is not None and block.credit is None and opens_on_its_date(block.text)


def _unquoted(text: str) -> str:
    return _QUOTED.sub("", text)


def _could_be_heading(block: Block, following: Block | None, indenting: bool = False) -> bool:
    if block.credit is not None or block.is_caption_mark or len(block.text) > MAX_HEADING_CHARS:
        return False
    if is_section_marker(block.text) or find_dateline(block.text)[0] is not None or jump_line(block.text):
        return False  # `新华社西安9月12日电 题:……` repeats the headline under it: it opens the text
    if (
        photo_captioned(block.text)
        or is_caption_label(block.text)
        or _SCENE_LABEL.match(block.norm.strip())
        or shows_someone_at_work(block.text)
    ):
        # `瑷珲乡野公园 摄影 吕岩`, `种植户X正在采摘蘑菇`, `会议现场`, `某坝区群众在采摘蔬菜`: a picture's caption
        return False
    text = split_trailing_series(block.norm.strip())[0]
    if not 2 <= len(text) <= MAX_HEADING_CHARS:
        return False
    if is_subtitle_line(text):
        return True
    if _SPEECH_END.search(text):
        return False
    outside_quotes = _unquoted(text)
    if "。" in outside_quotes or ";" in outside_quotes:
        return False
    if ends_sentence(text):
        if _is_titled_question(text, outside_quotes):
            return True
        if _is_exclaimed_headline(text, outside_quotes, following):
            return True
        over_byline = following is not None and following.credit is not None and opens_strongly(following)
        if is_question_over_byline(text, over_byline):
            return True  # `……这个村是怎么做到的?` over its reporter's credit line
        # A question or exclamation can be a kicker, but only directly above another heading line.
        return (
            text.rstrip('”’"')[-1:] in "?!"
            and len(text) <= 30
            and following is not None
            and (_could_be_heading(following, None))
        )
    if text[-1] in _CUT_ENDINGS:
        return False
    if opens_with_column_bar(text):
        return (
            True  # `云新闻联动丨云南冬日土地“热辣滚烫”!万寿菊、玉米、魔芋……`: a column's name, its bar and a headline
        )
    if "," in outside_quotes or "、" in outside_quotes:
        if _RUNS_ON.search(text):
            return False  # a clause announcing a list: running text (a subtitle's dash follows no comma)
        # A comma reads like running text; accept only when a credit or dateline proves a headline, or an
        # unindented line over an indented paragraph on a page that indents its paragraphs.
        over_indented = indenting and not block.indented and following is not None and following.indented
        over_caption = following is not None and (following.is_caption_mark or reads_as_caption(following.text))
        if opens_strongly(following) or over_caption:
            return True
        if over_indented and not _word_crosses(text, following.norm):
            return True
        if is_topic_and_balanced_clauses(text) and not (following is not None and _word_crosses(text, following.norm)):
            return True
        if is_spaced_headline_with_list(text) and not (following is not None and _word_crosses(text, following.norm)):
            return True
        # `福建省8个乡(镇)、9个村入选……名单` over `10日,农业农村部……`: a list inside a headline, over the
        # news lede that says when; a comma would make it running text.
        return "," not in outside_quotes and opens_with_lede(following) and not _word_crosses(text, following.norm)
    return not (following is not None and following.credit is None and _word_crosses(text, following.norm))


# A topic, a colon, then two clauses of (nearly) one length (`某某县:沃野千里,答卷常新`, `图读某地:业兴物丰足,畅通
# 富裕路`): a headline's couplet. Reported speech after a colon runs on in quotes and ends its sentence.
# Quotes inside a clause (`探访“浙西第一门户”,追寻共富“常山经验”`) are not counted, but must close in it.
_TOPIC_AND_COUPLET = re.compile(r"^([\u4e00-\u9fff]{2,10}):([\u4e00-\u9fff“”]{3,13}),([\u4e00-\u9fff“”]{3,13})$")
MIN_CLAUSE_CHARS, MAX_CLAUSE_CHARS, MAX_COUPLET_LENGTH_GAP = 3, 9, 1


def is_topic_and_balanced_clauses(text: str) -> bool:
    """A topic and its colon over a couplet of two clauses one length: the shape of a headline, whatever its commas."""
    match = _TOPIC_AND_COUPLET.match(text.replace(" ", ""))
    if match is None or any(part.count("“") != part.count("”") for part in match.groups()[1:]):
        return False
    first, second = (len(part.replace("“", "").replace("”", "")) for part in match.groups()[1:])
    fits = all(MIN_CLAUSE_CHARS <= n <= MAX_CLAUSE_CHARS for n in (first, second))
    return fits and abs(first - second) <= MAX_COUPLET_LENGTH_GAP


MAX_EXCLAIMED_HEADLINE_CHARS = 14


def _is_exclaimed_headline(text: str, outside_quotes: str, following: Block | None) -> bool:
    """`香菇丰收啦!` over `11月26日,……`: a few words and an exclamation mark, no comma, over a paragraph that opens
    on its date — a headline (a picture item's, often); an exclamation in a text is a clause of a sentence."""
    return (
        text.endswith("!")
        and len(text) <= MAX_EXCLAIMED_HEADLINE_CHARS
        and outside_quotes == text
        and not re.search(r"[,,、:;!?]", text[:-1])
        and opens_with_lede(following)
    )


MAX_QUESTION_HEADLINE_CHARS = 40


def _is_titled_question(text: str, outside_quotes: str) -> bool:
    """`破解三大难题(2):钱从哪里来?`: a topic, a colon and the question it asks, with no comma — a headline
    (a sentence asking a question reads `他问:…?` with a comma or quotes around it)."""
    if not text.endswith("?") or len(text) > MAX_QUESTION_HEADLINE_CHARS:
        return False
    head, colon, question = outside_quotes.partition(":")
    return bool(colon) and len(head) >= 4 and len(question) >= 3 and not re.search(r"[,,、]", outside_quotes)


@lru_cache(maxsize=4096)
def _word_crosses(line: str, next_text: str) -> bool:
    """True when a dictionary word spans the end of `line` and the start of the next block
    (`……这一民心` + `工程作为……` -> 民心工程): the line is a paragraph cut by the layout."""
    tail, head = line[-6:], next_text[:6]
    if not head or not ("\u4e00" <= head[0] <= "\u9fff") or not ("\u4e00" <= tail[-1] <= "\u9fff"):
        return False
    position = 0
    for word in words(tail + head, hmm=False):
        end = position + len(word)
        if position < len(tail) < end and len(word) >= 3:
            return True
        position = end
    return False
