"""Article drafts and the assembly of a finished article from one.

A draft collects the blocks the segmenter assigned to one article. Assembly reads the headline
run (labels, kicker, title, subtitle), picks the byline, decides the kind and builds the body:
paragraphs in order, a paragraph the layout cut mid-sentence joined to the next one without a
line break, and for every body character the offset of the character it came from in the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from articles.bylines import byline_text, names_of
from articles.headline_shapes import (
    BRIEF_LABEL,
    COMMENTARY_LABEL,
    is_column_label,
    is_parallel_phrase,
    is_subtitle_line,
    label_segment,
    split_kicker_bar,
    split_trailing_series,
    strip_subtitle_dash,
    without_wire_dateline,
)
from articles.headline_stacks import headline_over_its_sections, stack_read_from_its_lines
from articles.page_blocks import Block
from articles.phrase_lines import is_progressive_caption
from core.text.cleaning import ends_sentence, normalize_for_matching
from core.text.segmentation import words

FEATURE_MIN_CHARS = 1000
"""Untitled-by-structure texts this long are features (reportage), shorter ones news."""
TITLED_PHOTO_MAX_CHARS = 400
MAX_PICTURE_STORY_PARAGRAPHS = 2
"""A picture story uncredited: its caption and a paragraph of background; a longer text is a report."""


@dataclass
class BodyPiece:
    """A paragraph (or a section heading inside an article) as a span of the original text."""

    block: Block
    start: int
    end: int
    section: bool = False


@dataclass
class Draft:
    heading: list[Block] = field(default_factory=list)
    pieces: list[BodyPiece] = field(default_factory=list)
    leading_credit: Block | None = None
    closing_credits: list[Block] = field(default_factory=list)
    inline_names: list[str] = field(default_factory=list)
    photo_names: list[str] = field(default_factory=list)
    dateline: str | None = None
    photo: bool = False
    closed: bool = False
    author_note: bool = False
    bullet: bool = False
    """An item of a bulleted brief column (`■ …`): an untitled brief."""
    in_brief_column: bool = False
    """Opened under a brief column label (简讯, 要闻简报) printed above an earlier item."""
    trailing_names: list[str] = field(default_factory=list)

    def byline_names(self) -> list[str]:
        if self.leading_credit is not None and self.leading_credit.credit is not None:
            # `■ 摄影 记者 A` / `通讯员 B` / `实习生 C`: the lines printed right under the leading credit go on with it.
            names = list(self.leading_credit.credit.names)
            below = self.leading_credit.index + 1
            for block in sorted(self.closing_credits, key=lambda b: b.index):
                if block.index == below and block.credit is not None:
                    names.extend(name for name in block.credit.names if name not in names)
                    below += 1
            return names
        if self.inline_names:
            return self.inline_names
        if self.photo_names:
            return self.photo_names
        names: list[str] = []
        for block in self.closing_credits:
            if block.credit is not None:
                names.extend(block.credit.names)
        return names or self.trailing_names

    def last_paragraph_text(self) -> str | None:
        for piece in reversed(self.pieces):
            if not piece.section:
                return piece.block.text[: piece.end - piece.block.start]
        return None

    @property
    def paragraphs(self) -> list[BodyPiece]:
        return [p for p in self.pieces if not p.section]

    @property
    def has_text(self) -> bool:
        return any(p.end > p.start for p in self.paragraphs)

    @property
    def start(self) -> int:
        title_blocks = headline_parts(self.heading)[3]
        candidates = [b.start for b in title_blocks]
        if self.leading_credit is not None:
            candidates.append(self.leading_credit.start)
        candidates.extend(p.start for p in self.pieces[:1])
        return min(candidates) if candidates else 0

    @property
    def end(self) -> int:
        ends = [p.end for p in self.pieces] + [b.end for b in self.closing_credits]
        return max(ends) if ends else self.start


def headline_parts(run: list[Block]) -> tuple[str | None, str | None, list[str], list[Block]]:
    """(title, subtitle, column labels, blocks holding title/subtitle) of a heading run.

    Conventions: a `——` line is the subtitle of the line above it; otherwise the last line is
    the title and the line above it a kicker (subtitle), except when the last line is a pair of
    parallel phrases under a plain headline (`西岗镇…满意度` / `群众“掌上点单” 干部“线下跑腿”`).
    Earlier lines, and short lines naming a column, are labels.
    """
    lines = [b for b in run if b.text.strip()]
    cut = _cut_headline(lines)
    if cut is not None:
        # `大埔县……发展特色项目 产业扶` / `贫圆村民“致富梦”`: a headline too long for its line, cut inside a word. It is
        # the title; a line under it is its deck.
        head = lines[cut].text.strip() + lines[cut + 1].text.strip()
        deck = lines[cut + 2].text.strip() if cut + 2 < len(lines) else None
        used = lines[cut : cut + 2] + lines[cut + 2 : cut + 3]
        labels = [b.text.strip() for k, b in enumerate(lines) if k < cut or k > cut + 2]
        return head, strip_subtitle_dash(deck) if deck else None, labels, used
    title, subtitle, labels, used = _headline_parts(tuple(b.text for b in lines))
    stacked = stack_read_from_its_lines(tuple(b.text for b in lines))
    if stacked is not None:
        title, subtitle, used = stacked
        labels = ()
    return title, subtitle, list(labels), [lines[k] for k in used]


MIN_CUT_HEADLINE_CHARS = 16
"""A headline the layout had to cut fills a column's line; shorter lines end where their text does."""


def _cut_headline(lines: list[Block]) -> int | None:
    """Index of the first of two heading lines that are one headline cut inside a word, or None."""
    for k in range(len(lines) - 1):
        text, below = lines[k].text.strip(), lines[k + 1].text.strip()
        if (
            len(text) < MIN_CUT_HEADLINE_CHARS
            or is_subtitle_line(text)
            or is_subtitle_line(below)
            or is_column_label(text)
        ):
            continue
        if _cut_inside_word(lines[k].norm.strip(), lines[k + 1].norm.strip()):
            return k
    return None


@lru_cache(maxsize=1024)
def _cut_inside_word(line: str, below: str) -> bool:
    """A word of two or more hanzi spans the end of `line` and the start of `below` (`产业扶` + `贫圆村民` -> 扶贫)."""
    tail, head = line[-6:].replace(" ", ""), below[:6]
    if not tail or not head or not ("\u4e00" <= tail[-1] <= "\u9fff") or not ("\u4e00" <= head[0] <= "\u9fff"):
        return False
    position = 0
    for word in words(tail + head, hmm=False):
        end = position + len(word)
        if position < len(tail) < end:
            return True
        position = end
    return False


@lru_cache(maxsize=4096)
def _headline_parts(texts: tuple[str, ...]) -> tuple[str | None, str | None, tuple[str, ...], tuple[int, ...]]:
    if not texts:
        return None, None, (), ()
    labels: list[str] = []
    first = 0
    while len(texts) - first >= 2 and is_column_label(texts[first]):
        labels.append(texts[first].strip())
        first += 1
    lines = list(range(first, len(texts)))
    dash = next((k for k in lines[1:] if is_subtitle_line(texts[k]) or _leads_on(texts[k])), None)
    if dash is not None:
        title_k, sub_k = dash - 1, dash
    elif len(lines) == 2 and _section_label_under(texts[-2], texts[-1]):
        # `天津市蓟州区下营镇乡村振兴示范区` / `基本情况`: a word-long label of the first part under the headline.
        title_k, sub_k = len(texts) - 2, None
    elif (
        len(lines) >= 2
        and is_parallel_phrase(texts[-1])
        and not is_parallel_phrase(texts[-2])
        and not texts[-2].rstrip().endswith((":", "："))  # `白泉镇树安村:` announces the title under it
        and not _leads_on(texts[-2])  # so does a kicker ending in a dash (`某某村党总支——`)
    ):
        title_k, sub_k = len(texts) - 2, len(texts) - 1
    elif len(lines) >= 2 and is_parallel_phrase(texts[-2]) and _gives_figures(texts[-1]):
        # `脱贫攻坚 奔向小康` over `近6年贫困发生率从13.43%下降至1.49%`: the subtitle under a slogan title
        # carries the figures; a kicker above a title does not.
        title_k, sub_k = len(texts) - 2, len(texts) - 1
    else:
        title_k, sub_k = len(texts) - 1, (len(texts) - 2 if len(lines) >= 2 else None)
    labels.extend(texts[k].strip() for k in lines if k not in (title_k, sub_k))
    title = texts[title_k].strip()
    subtitle = strip_subtitle_dash(texts[sub_k]).rstrip(":：") if sub_k is not None else None
    used = (title_k,) + ((sub_k,) if sub_k is not None else ())
    if subtitle is not None and label_segment(subtitle):
        labels.append(subtitle)
        subtitle = None
    title, kicker = split_kicker_bar(without_wire_dateline(title))
    if kicker is None:
        title, kicker = split_trailing_series(title)
    if kicker is not None:
        if subtitle is not None:
            labels.append(subtitle)
        subtitle = kicker
    if subtitle is None:
        title, subtitle = _split_one_line_kicker(title)
    return title, subtitle, tuple(labels), used


MAX_PART_LABEL_CHARS = 4


def _section_label_under(above: str, text: str) -> bool:
    """A bare word (`基本情况`, `概况`) under a headline three times its length: the first part's label, not a title;
    a kicker sits above its headline."""
    label = text.strip()
    return (
        2 <= len(label) <= MAX_PART_LABEL_CHARS
        and all("\u4e00" <= ch <= "\u9fff" for ch in label)
        and len(above.strip()) >= 3 * len(label)
    )


def _leads_on(text: str) -> bool:
    """`来自8个观察点的所见所思——` under a headline: a deck that leads on to the text, never the title."""
    return normalize_for_matching(text).rstrip().endswith(("——", "—"))


_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|‰|万|亿|元|倍)")


def _gives_figures(text: str) -> bool:
    return bool(_FIGURE.search(normalize_for_matching(text)))


def _split_one_line_kicker(title: str) -> tuple[str, str | None]:
    """`招远:干部到村民家门口办公,94项… 农村党建示范区建成“幸福新高地”` is a kicker sentence and a
    title printed on one line; the sentence-like part before the last space is the kicker."""
    head, _, tail = title.rpartition(" ")
    norm_head = normalize_for_matching(head)
    if head and len(tail) >= 6 and "," in norm_head and len(norm_head) >= 8:
        return tail.strip(), head.strip()
    return title, None


def _kind(draft: Draft, title: str | None, labels: list[str], body_chars: int) -> str:
    if draft.photo:
        return "photo"
    if draft.bullet:
        return "brief"
    heading_gap = bool(draft.heading) and draft.heading[0].after_image_gap
    single = len(draft.paragraphs) == 1
    if title is None:
        short = single and body_chars <= TITLED_PHOTO_MAX_CHARS and draft.leading_credit is None
        return "photo" if short or _picture_story(draft, body_chars) else "news"
    label_text = [label_segment(lab) or lab for lab in labels]
    if draft.author_note or any(COMMENTARY_LABEL.search(lab.replace(" ", "")) for lab in label_text):
        return "commentary"
    if any(BRIEF_LABEL.search(lab.replace(" ", "")) for lab in label_text):
        return "brief"
    if single and draft.leading_credit is None and (draft.in_brief_column or _bare_dateline(draft.dateline)):
        # One paragraph without a credit line, in a brief column or under the bare `本报讯` of
        # the paper's own short items: a brief, not a report.
        return "brief"
    if heading_gap and single and body_chars <= TITLED_PHOTO_MAX_CHARS and not draft.byline_names():
        return "photo"
    if _picture_story(draft, body_chars):
        return "photo"
    if draft.dateline:
        return "news"
    if any(p.section for p in draft.pieces) or body_chars >= FEATURE_MIN_CHARS:
        return "feature"
    if draft.leading_credit is not None and headline_parts(draft.heading)[1]:
        return "feature"  # a kicker or subtitle over a signed text: a feature, not a dated report
    return "news"


def _picture_story(draft: Draft, body_chars: int) -> bool:
    """A titled text of a caption's length, without a credit line or dateline of a report, credited only to its
    photographer (`(本报记者 X 摄)`) or opening on what someone in the picture is doing now: a picture story."""
    if body_chars > TITLED_PHOTO_MAX_CHARS or draft.leading_credit is not None or draft.dateline or draft.inline_names:
        return False
    credits = [block.credit for block in draft.closing_credits if block.credit is not None]
    if credits:
        return all(credit.photo for credit in credits) and not draft.trailing_names
    paragraphs = draft.paragraphs
    return 0 < len(paragraphs) <= MAX_PICTURE_STORY_PARAGRAPHS and is_progressive_caption(paragraphs[0].block.text)


def _bare_dateline(dateline: str | None) -> bool:
    return dateline is not None and normalize_for_matching(dateline).replace(" ", "") == "本报讯"


def build_segment(text: str, draft: Draft, position: int) -> dict[str, Any]:
    """Field values of the finished article for `draft` (see `ArticleSegment`)."""
    title, subtitle, labels, _ = headline_parts(draft.heading)
    section_heads = [piece.block.text for piece in draft.pieces if piece.section]
    title, subtitle = headline_over_its_sections(title, subtitle, section_heads)
    body, body_map = _body_with_map(text, draft.pieces)
    names = draft.byline_names()
    if not names and draft.leading_credit is not None:
        names = list(names_of(draft.leading_credit.text))
    return {
        "position": position,
        "title": title,
        "subtitle": subtitle or None,
        "kind": _kind(draft, title, labels, len(body)),
        "byline": byline_text(names),
        "dateline": draft.dateline,
        "body": body,
        "start": draft.start,
        "end": max(draft.end, draft.start),
        "body_map": tuple(body_map),
    }


def _body_with_map(text: str, pieces: list[BodyPiece]) -> tuple[str, list[int]]:
    parts: list[str] = []
    offsets: list[int] = []
    previous: BodyPiece | None = None
    for piece in pieces:
        if piece.end <= piece.start:
            continue
        if previous is not None:
            joins = (
                not previous.section
                and not piece.section
                and not previous.block.in_table
                and not piece.block.in_table
                and not ends_sentence(text[previous.start : previous.end])
            )
            if not joins:
                parts.append("\n")
                offsets.append(previous.end)
        parts.append(text[piece.start : piece.end])
        offsets.extend(range(piece.start, piece.end))
        previous = piece
    offsets.append(previous.end if previous is not None else 0)
    return "".join(parts), offsets
