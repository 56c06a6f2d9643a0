"""Where a credit line belongs: the byline of the article it opens, or the closing credit of the one above.

Kept apart from the segmenter's walk (`articles.segmentation`) because a credit (`新华社记者 陆波岸 摄`,
`(杜明德 江玉宝)`, `□ 柳岸`) is placed by its own kind of evidence — what it names, whether it is marked, and
what was read just before it — and closing an article is a decision the heading rules later rely on.
"""

from __future__ import annotations

from collections.abc import Callable

from articles.article_body import BodyPiece, Draft
from articles.bylines import Credit, find_dateline, split_leading_credit
from articles.caption_cues import CaptionCues
from articles.dateline_lines import leading_paren_credit
from articles.headline_captions import names_a_picture_credit
from articles.page_blocks import MAX_CAPTIONS_OVER_CREDIT, Block, is_short_caption
from articles.paragraph_parts import repeats_headline
from core.text.cleaning import ends_sentence


def pictures_over_byline(current: Draft, i: int) -> tuple[list[BodyPiece], list[Block]]:
    """Take from `current` the captions (each naming its picture's credit, `……。 (稻香上陵 供图)`) and their photo
    credit lines printed last, right above the credit line at `i`; `current` keeps at least one paragraph."""
    credits: list[Block] = []
    below = i
    while current.closing_credits and current.closing_credits[-1].index == below - 1:
        credit = current.closing_credits[-1].credit
        if credit is None or not credit.photo:
            return [], []
        below -= 1
        credits.insert(0, current.closing_credits.pop())
    pictures: list[BodyPiece] = []
    while (
        len(current.pieces) > 1
        and current.pieces[-1].block.index == below - 1
        and not current.pieces[-1].section
        and names_a_picture_credit(current.pieces[-1].block.text)
    ):
        below -= 1
        pictures.insert(0, current.pieces.pop())
    if not pictures or not current.has_text:
        current.pieces.extend(pictures)
        current.closing_credits.extend(credits)
        return [], []
    current.closed = any(b.credit is not None and b.credit.closing for b in current.closing_credits)
    return pictures, credits


class CreditPlacement(CaptionCues):
    """Mixed into `_PageSegmenter`, which sets these attributes and provides `_open` (start a new draft)."""

    _open: Callable[[Draft], None]

    def _on_credit(self, block: Block, i: int) -> None:
        credit: Credit = block.credit  # type: ignore[assignment]
        current = self.current
        if credit.picture_source or credit.closing:
            target = current or (self.drafts[-1] if self.drafts else None)
            if target is not None:
                target.closing_credits.append(block)
                # A page's production credit under text ends it: what follows is another item.
                target.closed = target.closed or credit.closing or (credit.production and target.has_text)
            return
        if not credit.names and current is not None and not current.photo:
            # `新华社记者` printed under the dateline without names: part of the report, it opens nothing.
            current.closing_credits.append(block)
            return
        last = self.drafts[-1] if self.drafts else None
        signs_next = self._signs_the_text_below(i)
        if current is not None and self._goes_on_closing_photo_credit(current, i) and not self._byline_over_text(i):
            # `■ 摄影 记者 A` / `通讯员 B` / `实习生 C` under a picture item, over the next headline: one credit.
            current.closing_credits.append(block)
            return
        if last is not None and last.photo and last.pieces and last.pieces[-1].block.index == i - 1:
            if not (signs_next and last.byline_names()):
                last.closing_credits.append(block)
                return
            # `……。薛顺鑫 文/图` / `伍岳` / text: the caption is signed already; the names sign the item below.
            self._open(Draft(leading_credit=block))
            return
        if self._signs_under_picture_credit(current, credit, i):
            # `山清水秀茶飘香` / `万亩茶园 姚咏 摄` / `□本报记者 李佳` / text: the line under the headline credited the
            # picture printed there (its caption); the reporter's line under it signs the text.
            current.photo_names.extend(current.leading_credit.credit.names)  # type: ignore[union-attr]
            current.leading_credit = block  # type: ignore[union-attr]
            return
        if (
            current is not None
            and current.heading
            and current.leading_credit is None
            and (
                (
                    len(current.pieces) <= MAX_CAPTIONS_OVER_CREDIT
                    and all(is_short_caption(piece.block) for piece in current.pieces)
                )
                or self._still_in_deck(current)
            )
        ):
            # Under the headline, or under the caption of the picture printed between headline and credit.
            current.leading_credit = block
            return
        if self._signs_the_titled_text_above(current, credit, i):
            # `标题` / lede paragraphs / `□某台记者 A B/文 C/图` / `小标题`: the byline printed after the standfirst,
            # over the feature's first section head; a credit over a headline would sign nothing below.
            current.leading_credit = block  # type: ignore[union-attr]
            return
        if self._closes_text_over_headline(current, credit, i):
            # `……。` / `通讯员:A 全媒体记者:B` / `标题` / text: a credit between a finished text and the next headline
            # signs the text above; a byline is printed under its headline, never over it.
            current.closing_credits.append(block)  # type: ignore[union-attr]
            current.closed = True  # type: ignore[union-attr]
            return
        if credit.photo and current is not None and current.has_text:
            # `新华社记者 陆波岸 摄` under text: the picture's credit closes what it illustrates; it opens nothing.
            current.closing_credits.append(block)
            current.closed = True
            return
        if current is not None and (current.closed or current.photo_names) and current.byline_names() and signs_next:
            # Bare names under an item its own credit closed or signed (`……。薛顺鑫 文/图`), over text: they sign the
            # item below.
            self._open(Draft(leading_credit=block))
            return
        if current is not None and (not credit.marked or (i + 1 == len(self.blocks) and current.has_text)):
            # Bare names after a body close the article they follow; so does any credit (`□ 柳岸`)
            # printed under the last text of the page, where no article can follow it.
            current.closing_credits.append(block)
            current.closed = True
            return
        if current is not None and current.has_text and not current.photo and self._signed_again_below(credit, i):
            # `……。` / `某中心记者:A B` / `(C D 报道)眼下,……`: the text below names its own reporters, so the credit
            # line signs the text above it.
            current.closing_credits.append(block)
            current.closed = True
            return
        if current is not None and current.leading_credit is None and repeats_headline(current):
            current.leading_credit = block  # `中新网…电 题:……` / `作者 A B`: the agency's credit under its dateline
            return
        if current is not None and self._second_credit_line(current, i):
            # `本报记者 X` / `通讯员 Y Z` over the text: two lines of one byline.
            current.closing_credits.append(block)
            return
        if current is not None and current.has_text and not current.photo and self._over_a_headline(i):
            # `……眼前……` / `通讯员:A 全媒体记者:B` / `某市七大产业齐发力`: a byline is printed under its headline, never
            # over it, so a credit line between a text and the next headline signs the text above.
            current.closing_credits.append(block)
            current.closed = True
            return
        opened = Draft(leading_credit=block)
        if current is not None and not current.photo and self._byline_over_text(i):
            # Captions printed under a report's last text and over the credit line of an untitled item below:
            # the pictures that item opens with.
            pictures, credits = pictures_over_byline(current, i)
            opened.pieces.extend(pictures)
            opened.closing_credits.extend(credits)
        self._open(opened)

    def _signs_the_titled_text_above(self, current: Draft | None, credit: Credit, i: int) -> bool:
        """A role-led credit (no photographer's) under the text of a titled, unsigned article and over a heading:
        the article's byline, printed after its opening paragraphs."""
        k = i + 1
        while k < len(self.blocks) and self.blocks[k].credit is not None and not self.blocks[k].credit.photo:
            k += 1  # the byline's second line (`D/图` under `□某台记者 A B C/文`)
        below = self.blocks[k] if k < len(self.blocks) else None
        return (
            current is not None
            and bool(current.heading)
            and current.leading_credit is None
            and current.has_text
            and not current.closed
            and not current.photo
            and not credit.photo
            and credit.marked
            and bool(credit.names)
            and not current.byline_names()
            and below is not None
            and below.heading_candidate
            and not below.after_image_gap
        )

    def _closes_text_over_headline(self, current: Draft | None, credit: Credit, i: int) -> bool:
        """A named credit right under the finished text of an item and right over a headline with text under it."""
        below = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        last = current.pieces[-1].block if current is not None and current.pieces else None
        return (
            current is not None
            and current.has_text
            and not current.photo
            and bool(credit.names)
            and last is not None
            and last.index == i - 1
            and ends_sentence(last.text)
            and below is not None
            and below.heading_candidate
            and not below.after_image_gap
            and self._signs_the_text_below(i + 1)
        )

    def _signs_under_picture_credit(self, current: Draft | None, credit: Credit, i: int) -> bool:
        """A reporter's credit line over text, right under a photographer's credit that a headline without text yet
        took as its byline."""
        lead = current.leading_credit if current is not None else None
        return (
            current is not None
            and lead is not None
            and lead.index == i - 1
            and lead.credit is not None
            and lead.credit.photo
            and bool(current.heading)
            and not current.pieces
            and not credit.photo
            and bool(credit.names)
            and self._signs_the_text_below(i)
        )

    @staticmethod
    def _goes_on_closing_photo_credit(current: Draft, i: int) -> bool:
        """The credit line at `i` is printed right under the photographer's credit printed under `current`'s text
        (`■ 摄影 记者 A` / `通讯员 B`): another line of that credit."""
        by_index = {b.index: b for b in (current.leading_credit, *current.closing_credits) if b is not None}
        k = i - 1
        while k in by_index:
            credit = by_index[k].credit
            if credit is not None and credit.photo:
                return current.has_text and all(piece.block.index < k for piece in current.pieces)
            k -= 1
        return False

    def _signed_again_below(self, credit: Credit, i: int) -> bool:
        """The paragraph under the credit line at `i` opens on a credit of other names (`(A B 报道)……`,
        `某某报讯(记者 A)……`): a report signed at its own head."""
        below = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        if below is None or below.credit is not None or below.heading_candidate:
            return False
        names = leading_paren_credit(below.text) or split_leading_credit(below.text)[0] or find_dateline(below.text)[1]
        return bool(names) and not set(names) & set(credit.names)

    def _second_credit_line(self, current: Draft, i: int) -> bool:
        """The credit line at `i` is printed right under the one an untitled item opened on, no text between."""
        lead = current.leading_credit
        return (
            lead is not None
            and not current.heading
            and lead.index == i - 1
            and all(piece.block.index < lead.index for piece in current.pieces)  # its pictures above it only
            and self._signs_the_text_below(i)
        )

    def _over_a_headline(self, i: int) -> bool:
        """The block under the credit line at `i` is a heading line printed without a picture slot between them."""
        below = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return below is not None and below.heading_candidate and not below.after_image_gap

    def _byline_over_text(self, i: int) -> bool:
        """The credit line at `i` has text under it, or a second credit line and then text."""
        below = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        second_line = below is not None and below.credit is not None and not below.credit.photo
        return self._signs_the_text_below(i) or (second_line and self._signs_the_text_below(i + 1))

    def _signs_the_text_below(self, i: int) -> bool:
        """The credit line at `i` has a paragraph of text under it (no headline, credit or caption)."""
        below = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return (
            below is not None
            and below.credit is None
            and not below.heading_candidate
            and not below.is_caption_mark
            and not below.after_image_gap
        )
