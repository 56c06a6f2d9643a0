"""Where a credit line belongs: the byline of the article it opens, or the closing credit of the one above.

Kept apart from the segmenter's walk (`articles.segmentation`) because a credit (`新华社记者 陆波岸 摄`,
`(杜明德 江玉宝)`, `□ 柳岸`) is placed by its own kind of evidence — what it names, whether it is marked, and
what was read just before it — and closing an article is a decision the heading rules later rely on.
"""

from __future__ import annotations

from collections.abc import Callable

from articles.article_body import Draft
from articles.bylines import Credit
from articles.caption_cues import CaptionCues
from articles.page_blocks import MAX_CAPTIONS_OVER_CREDIT, Block, is_short_caption
from articles.paragraph_parts import repeats_headline


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
        if last is not None and last.photo and last.pieces and last.pieces[-1].block.index == i - 1:
            if not (signs_next and last.byline_names()):
                last.closing_credits.append(block)
                return
            # `……。薛顺鑫 文/图` / `伍岳` / text: the caption is signed already; the names sign the item below.
            self._open(Draft(leading_credit=block))
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
        if current is not None and current.leading_credit is None and repeats_headline(current):
            current.leading_credit = block  # `中新网…电 题:……` / `作者 A B`: the agency's credit under its dateline
            return
        self._open(Draft(leading_credit=block))

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
