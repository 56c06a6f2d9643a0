"""The parts of a paragraph the segmenter reads at its edges, and how a paragraph joins its draft.

Credits and notes printed inside a paragraph (a leading `□ 记者 X 报道`, a dateline, a trailing `通讯员 X 摄`,
a bracketed `(X)` or `(作者系…)`) are cut off the body and remembered on the draft as its byline, dateline
or closing; these helpers find them. `articles.segmentation` decides where articles start.
"""

from __future__ import annotations

import re

from articles.article_body import BodyPiece, Draft
from articles.bylines import (
    find_dateline,
    split_bracketed_photo_credit,
    split_leading_credit,
    split_trailing_credit,
    split_trailing_paren_credit,
    trailing_release_start,
)
from articles.dateline_lines import is_dateline_line, leading_paren_credit
from articles.edge_credits import split_trailing_spaced_names
from articles.headline_shapes import BRIEF_LABEL, is_column_label
from articles.page_blocks import BULLET_MARKS, Block, is_short_caption
from core.text.cleaning import normalize_for_matching

_AGENCY_TITLE = re.compile(r"^\s*题[::]")


def repeats_headline(draft: Draft) -> bool:
    """The draft's only text is an agency dateline repeating the headline (`新华社…电 题:……`): the credit
    printed under it signs this report."""
    paragraphs = draft.paragraphs
    if not draft.heading or draft.dateline is None or len(paragraphs) != 1:
        return False
    text = paragraphs[0].block.text
    return bool(_AGENCY_TITLE.match(normalize_for_matching(text[len(draft.dateline) :])))


def has_photo_credit(text: str) -> bool:
    """A paragraph closed by a photographer's credit (`……。通讯员 曹雨 摄`) is a caption even where the
    layout leaves no room for the picture (exports without blank lines)."""
    names, credit_start = split_trailing_credit(text)
    if names and "摄" in normalize_for_matching(text[credit_start:]):
        return True
    return bool(split_bracketed_photo_credit(text)[0])


def author_note_start(text: str) -> int | None:
    """Index of a trailing `(作者系…)` note inside a paragraph, or None."""
    stripped = text.rstrip()
    if not stripped.endswith((")", ")")):
        return None
    for opener in ("(作者", "(作者"):
        index = stripped.rfind(opener)
        if index > 0:
            return index
    return None


def is_brief_label(text: str) -> bool:
    compact = text.replace(" ", "")
    return is_column_label(compact) and bool(BRIEF_LABEL.search(compact))


def paragraph_piece(block: Block, draft: Draft) -> BodyPiece:
    """The body part of a paragraph: credits printed inside it are cut off and remembered."""
    text = block.text
    start, end = 0, len(text)
    if draft.bullet and not draft.pieces:
        start = len(text) - len(text.lstrip(BULLET_MARKS + " \t\u3000"))
    names, consumed = split_leading_credit(text)
    if consumed:
        draft.inline_names.extend(names)
        start = consumed
    first_text = all(piece.block.is_caption_mark for piece in draft.pieces)  # a caption may precede the text
    if first_text and draft.dateline is None:
        dateline, dateline_names = find_dateline(text[start:])
        if dateline:
            draft.dateline = dateline
            draft.inline_names.extend(dateline_names)
            if is_dateline_line(text[start:]):
                start = len(text)  # `本报讯(记者 X 文/图)` on a line of its own: the text starts below it
        elif not consumed:
            draft.inline_names.extend(leading_paren_credit(text))  # `(王小川)11月8日,……`: its reporter
    names, credit_start = split_trailing_credit(text)
    if names and credit_start > start:
        draft.photo_names.extend(names)
        end = credit_start
    names, credit_start = split_trailing_paren_credit(text)
    if names and credit_start > start:
        # A bracketed reporter's name after the last sentence closes the item.
        draft.trailing_names.extend(names)
        draft.closed = True
        end = min(end, credit_start)
    names, credit_start = split_trailing_spaced_names(text)
    if names and credit_start > start:
        draft.trailing_names.extend(names)  # `……。      周仕镊`: the closing credit line run into the paragraph
        draft.closed = True
        end = min(end, credit_start)
    release = trailing_release_start(text)
    if release is not None and release > start:
        draft.closed = True  # `……。 新华社 发`: the agency released the item, it ends here
        end = min(end, release)
    note = author_note_start(text)
    if note is not None and note > start:
        draft.author_note = True
        draft.closed = True
        end = min(end, note)
    while end > start and text[end - 1].isspace():
        end -= 1
    return BodyPiece(block, block.start + start, block.start + end)


def opens_another_item(current: Draft) -> bool:
    """Whether a dateline here opens an item of its own rather than the current one's text."""
    if current.dateline is not None or not current.heading:
        return True
    # A titled text two paragraphs on, undated: a dateline now opens another item (an untitled report
    # printed under it), not a dateline the headline's text forgot to print first.
    credit_line = current.leading_credit.index if current.leading_credit is not None else -1
    text_paragraphs = sum(
        piece.block.index > credit_line if credit_line >= 0 else not is_short_caption(piece.block)
        for piece in current.paragraphs
    )
    return text_paragraphs >= 2
