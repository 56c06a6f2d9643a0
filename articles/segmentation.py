"""Split an OCR'd newspaper page into articles.

A page holds news reports, features with section headings, commentary, photo captions and
briefs, interleaved with column labels, credits and OCR artefacts. The segmenter walks the
page's blocks once and decides, from layout evidence only, where an article starts:

* a heading run (short lines without sentence-final punctuation) followed by a credit line or
  a dateline always starts an article;
* a heading inside an article that is still *open* — a closing credit (`(作者系…)`,
  `吴珊 刘梦琪/文`, `(杜明德 江玉宝)`) lies ahead before the next article start — is a section
  heading, and so is a single heading inside a signed feature;
* a paragraph after a picture gap that stands alone, or carries a photo credit, is a caption.

Where the layout says nothing (exports without blank lines or indents), content decides: a dateline or a
report's lede (`近来,在某某县……`) opens an untitled item, a paragraph pointing back (`这一年,`) keeps the
heading above it a section (`articles.paragraph_cues`); captions and the credit lines under them are read by
`articles.caption_cues`, and what lies ahead of every block is tabled once by `articles.page_lookahead`.
The walk itself lives here; whether a heading run opens an article is decided in `articles.heading_decisions`,
and where a credit line belongs in `articles.credit_placement`.

Repairs that need the whole page (duplicated paragraphs, paragraphs the OCR moved into another
article) run afterwards in `articles.page_repairs`; `articles.article_body` then joins the
sentences the layout split and builds each body with its map back to the original offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from articles.article_body import BodyPiece, Draft, build_segment, headline_parts
from articles.bylines import find_dateline
from articles.credit_placement import CreditPlacement
from articles.heading_decisions import HeadingDecisions
from articles.headline_captions import split_captions_under_headline
from articles.headline_shapes import BRIEF_LABEL, is_section_marker, is_subtitle_line, jump_line
from articles.layout import Reflowed, unwrap_columns
from articles.page_blocks import Block, parse_blocks
from articles.page_repairs import drop_duplicate_paragraphs, reattach_misplaced_paragraphs
from articles.paragraph_cues import is_picture_label, opens_on_full_place, opens_report
from articles.paragraph_parts import has_photo_credit, is_brief_label, opens_another_item, paragraph_piece
from articles.phrase_lines import ends_phrase_text, is_caption_label, opens_on_dated_place
from articles.report_openings import opens_report_after
from articles.report_pictures import pictures_the_report_above
from core.text.cleaning import ends_sentence


@dataclass(frozen=True)
class ArticleSegment:
    """One article of a page. `start`/`end` delimit it in the original page text; `body` is the
    cleaned text and `body_map[i]` the original offset of `body[i]` (plus an end sentinel)."""

    position: int
    title: str | None
    subtitle: str | None
    kind: str
    byline: str | None
    dateline: str | None
    body: str
    start: int
    end: int
    body_map: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text offsets of the body slice [start, end). A slice that spans a joined
        line break maps to a span that covers the break in the original."""
        if not 0 <= start <= end <= len(self.body):
            raise ValueError(f"body slice [{start}, {end}) outside a body of length {len(self.body)}")
        if start == end:
            return self.body_map[start], self.body_map[start]
        return self.body_map[start], self.body_map[end - 1] + 1


def segment_page(text: str) -> list[ArticleSegment]:
    """Articles of the decoded page `text`, in page order, with offsets into `text`.

    Hard-wrapped column lines are joined first (`articles.layout`), so the segmenter reads one
    element per line whatever the export's layout; offsets are mapped back to `text`."""
    flow = unwrap_columns(text)
    blocks = parse_blocks(flow.text)
    drafts = _PageSegmenter(blocks).run()
    drop_duplicate_paragraphs(drafts)
    reattach_misplaced_paragraphs(drafts)
    drafts = [d for d in drafts if d.has_text]
    drafts.sort(key=lambda d: d.start)
    segments = [ArticleSegment(**build_segment(flow.text, draft, position)) for position, draft in enumerate(drafts)]
    return segments if flow.origin is None else [_to_page(segment, flow) for segment in segments]


def _to_page(segment: ArticleSegment, flow: Reflowed) -> ArticleSegment:
    """`segment` with its offsets moved from the unwrapped text to the page as stored."""
    body_map = tuple(flow.to_page(offset) for offset in segment.body_map[:-1])
    return replace(
        segment,
        start=flow.to_page(segment.start),
        end=flow.end_to_page(segment.end),
        body_map=(*body_map, flow.end_to_page(segment.body_map[-1])),
    )


MIN_STACK_OVER_PICTURE = 3


def _labels_the_picture_below(run: list[Block], following: Block | None) -> bool:
    """A stack of three heading lines or more right over a photographer's credit line ends in a picture's label."""
    return (
        len(run) >= MIN_STACK_OVER_PICTURE
        and following is not None
        and following.credit is not None
        and following.credit.photo
        and not is_subtitle_line(run[-1].text)
    )


def _closed_by_photographer(draft: Draft) -> bool:
    """The draft's last credit is a photographer's (`(本报记者 X 摄)`): its pictures' labels may follow."""
    last = draft.closing_credits[-1] if draft.closing_credits else None
    return last is not None and last.credit is not None and last.credit.photo


def _pictured_under_headline(draft: Draft | None) -> bool:
    """`draft` has a headline and a byline and, under them, only the captions of its pictures, each closed by its
    photographer's credit (`……示范区。杨兴梅/摄`): the pictures a report prints between its byline and its text. A
    headline over a credited caption and no byline titles a picture item; the next caption is another picture's."""
    return (
        draft is not None
        and bool(draft.heading)
        and draft.leading_credit is not None
        and bool(draft.pieces)
        and all(not piece.section and has_photo_credit(piece.block.text) for piece in draft.pieces)
    )


class _PageSegmenter(HeadingDecisions, CreditPlacement):
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self._brief_column = False  # the last column label printed named a brief column
        # Pages that print blank lines only between articles: a headline needs one above it.
        self._boundaries = any(block.boundary_before for block in blocks)
        self._runs = self._heading_runs()
        self._next_closing, self._next_start = self._lookahead()
        self._next_bracketed_credit = self._bracketed_credits_ahead()
        # (a headline over only its pictures, the text a jump line resumed under them): joined once the page is read
        self._resumed: list[tuple[Draft, Draft]] = []

    def run(self) -> list[Draft]:
        i = 0
        while i < len(self.blocks):
            block = self.blocks[i]
            if block.boundary_before:
                self.current = None  # the blank line closed the article above
            if i in self._runs:
                end = self._runs[i]
                self._on_heading_run(self.blocks[i:end], end)
                i = end
                continue
            if jump_line(block.text):
                self._on_jump_line(block)
            elif is_section_marker(block.text) and self._open_with_text():
                self.current.pieces.append(BodyPiece(block, block.start, block.end, section=True))  # type: ignore[union-attr]
            elif block.credit is not None:
                self._on_credit(block, i)
            elif block.is_caption_mark and not self._awaiting_body():
                if self.current is not None and (
                    self._by_its_reporter(block, self.current)
                    or self._inside_boundaries(block, self.current)
                    or self._illustrates_the_text_below(block, self.current)
                    or pictures_the_report_above(block.text, self.current, last_of_its_column=self._ends_a_column(i))
                ):
                    self.current.pieces.append(paragraph_piece(block, self.current))
                elif (story := self._picture_story_above(block, i)) is not None:
                    story.pieces.append(paragraph_piece(block, story))
                else:
                    self._add_photo(block)
            else:
                self._on_paragraph(block, i)
            i += 1
        for headline, text in self._resumed:
            if text in self.drafts and not text.heading and text.leading_credit is None:
                headline.pieces.extend(text.pieces)
                headline.closing_credits.extend(text.closing_credits)
                self.drafts.remove(text)
        return self.drafts

    # -- handlers -------------------------------------------------------------------------
    def _on_heading_run(self, run: list[Block], end: int) -> None:
        following = self.blocks[end] if end < len(self.blocks) else None
        if len(run) == 1 and following is not None and following.is_bulleted and is_brief_label(run[0].text):
            # `简讯` over `■ item` paragraphs: a column label, each bulleted item is its own brief.
            self._brief_column = True
            self.current = None
            return
        if self._is_repeated_label(run) and self._open_with_text():
            # `某地“菠萝的海”` printed under two photos of a feature: its pictures' label, part of that feature.
            self.current.pieces.append(BodyPiece(run[0], run[0].start, run[0].end, section=True))  # type: ignore[union-attr]
            return
        if _labels_the_picture_below(run, following):
            # `富民路上干出新实景` / `某地:特色小镇争奇斗艳` / `某镇十里菊香景区` over `张三 摄`: the last line is the
            # label of the picture its photographer signs, printed under the headline; it titles nothing.
            run = run[:-1]
        run, captions = split_captions_under_headline(run)
        decision = self._heading_decision(run, end, following)
        current = self.current
        if decision == "section" and current is not None:
            current.pieces.extend(BodyPiece(b, b.start, b.end, section=True) for b in run)
        elif decision == "adopt" and current is not None:
            current.heading = list(run)
        else:
            labels = headline_parts(run)[2]
            if labels:
                self._brief_column = any(BRIEF_LABEL.search(label.replace(" ", "")) for label in labels)
            self._open(Draft(heading=list(run)))
        for caption in captions:  # `秀美的生态(胡林 供图` under the headline: its picture's caption, in its text
            self.current.pieces.append(paragraph_piece(caption, self.current))  # type: ignore[arg-type]

    def _on_jump_line(self, block: Block) -> None:
        """`(上接第1版)` is no text of the report: under a headline it only says the report began elsewhere; after
        another item's text it opens the untitled continuation printed under it. After `下转第3版` the report
        goes on elsewhere, so what follows is another item."""
        if jump_line(block.text) == "from":
            if _pictured_under_headline(self.current):
                # `标题` / byline / `……。X/摄` captions / `(上接7版)`: the report's text resumes under its pictures; it
                # opens as an item so that the page reads its heads as a new text's, and joins its headline at the end.
                headline = self.current
                self._open(Draft())
                self._resumed.append((headline, self.current))  # type: ignore[arg-type]
            elif not self._awaiting_body():
                self._open(Draft())
        elif self.current is not None and self.current.has_text:
            self.current.closed = True

    def _awaiting_body(self) -> bool:
        """A headline was read and no text yet: a caption printed here illustrates that article."""
        current = self.current
        return current is not None and bool(current.heading) and not current.pieces and not current.photo

    def _on_paragraph(self, block: Block, i: int) -> None:
        current = self.current
        if block.is_bulleted and (current is None or current.bullet or current.closed):
            # An item of a bulleted brief column (after its label, another item or a closed
            # article); a bullet inside an open article stays one of its list items.
            self._open(Draft(bullet=True))
            current = self.current
        if current is None:
            self._open(Draft())
            current = self.current
        assert current is not None
        # A caption may come first (`▲……`), or the credited captions of the pictures under a headline.
        awaiting_body = all(piece.block.is_caption_mark for piece in current.pieces)
        awaiting_body = awaiting_body or _pictured_under_headline(current)
        if not current.photo and is_picture_label(block.text) and current.has_text:
            # `瑷珲乡野公园 摄影 吕岩`: a picture labelled with a name only, printed inside the text it illustrates.
            current.pieces.append(paragraph_piece(block, current))
            return
        if (
            not awaiting_body
            and self._pictured(block, i, current)
            and self._is_caption(block, i, current)
            and not self._by_its_reporter(block, current)
            and not self._goes_on_with_text(block, current)
            and not self._pictures_its_titled_text(block, i, current)
            and not pictures_the_report_above(block.text, current, last_of_its_column=self._ends_a_column(i))
        ):
            caption = self._open_caption_above(block)
            if caption is not None:
                # `▲3月5日,……。` over `……。(本报记者 X 摄)`: one caption going on to its credit, not two pictures.
                caption.pieces.append(paragraph_piece(block, caption))
                return
            self._add_photo_with_its_lede(block, current)
            return
        dated = not awaiting_body and not current.photo and find_dateline(block.text)[0] is not None
        if dated and opens_another_item(current):
            # `本报讯(记者 …)…` after a dated or untitled item's text: an item of its own even where no headline
            # or blank line sets it apart (untitled reports of exports without blank lines). Under a headline
            # whose text has no dateline yet, the first dateline opens its body (a caption was printed first).
            self._open(Draft())
            current = self.current
            assert current is not None
        elif (
            not self._boundaries
            and not current.photo
            and opens_report(block.text, dates_count=current.dateline is None)
            and len(current.paragraphs) >= 2
            and ends_sentence(current.last_paragraph_text() or "")
        ):
            # `连日来,在某某县……` after a finished text, on a page without blank lines between items: the lede of
            # an untitled report (its date and a full place name), not a paragraph of the text above.
            self._open(Draft())
            current = self.current
            assert current is not None
        elif not self._boundaries and opens_report_after(current, block.text):
            # `近年来,赤峰市松山区……` / `……今(29)日,……` after a finished text: a headless report's lede
            # (`articles.report_openings`), not a paragraph of the text above.
            self._open(Draft())
            current = self.current
            assert current is not None
        elif (
            not current.photo
            and self._after_picture_item(current)
            and opens_on_full_place(block.text)
            and ends_sentence(current.last_paragraph_text() or "")
        ):
            # A picture item printed after a finished text, then a paragraph saying where it happens from the
            # county down (`大安市两家子镇同德村以……`): a new report, not more of the text above the picture.
            self._open(Draft())
            current = self.current
            assert current is not None
        elif (
            not current.photo
            and current.paragraphs
            and ends_phrase_text(current.paragraphs[-1].block)
            and opens_on_dated_place(block.text)
        ):
            # `近日,东坡区思蒙镇……` after a text stored one phrase a line (which never ends a sentence): the lede
            # of the next item.
            self._open(Draft())
            current = self.current
            assert current is not None
        elif current.closed and _closed_by_photographer(current) and is_caption_label(block.text):
            # `种植户X正在采摘蘑菇` under a picture story's credit: the label of one of its pictures.
            pass
        elif current.closed and not awaiting_body:
            # Text after a closing credit and without a headline: keep it as its own item.
            self._open(Draft())
            current = self.current
            assert current is not None
        current.pieces.append(paragraph_piece(block, current))

    # -- helpers --------------------------------------------------------------------------
    def _ends_a_column(self, i: int) -> bool:
        """Block `i` is the page's last, or a headline or a blank line follows it: nothing of its item goes on."""
        following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return following is None or following.boundary_before or i + 1 in self._runs

    def _open(self, draft: Draft) -> None:
        draft.in_brief_column = self._brief_column
        self.drafts.append(draft)
        self.current = draft

    def _after_picture_item(self, current: Draft) -> bool:
        """The last item read is a picture item printed after `current`'s text."""
        last = self.drafts[-1] if self.drafts else None
        return last is not None and last is not current and last.photo and current.has_text

    def _open_caption_above(self, block: Block) -> Draft | None:
        """The picture item whose uncredited caption is the block right above `block`, with no picture slot
        between them and `block` no caption of its own (`▲`), or None."""
        last = self.drafts[-1] if self.drafts else None
        if last is None or not last.photo or last is self.current or not last.pieces:
            return None
        if block.after_image_gap or block.is_caption_mark or last.pieces[-1].block.index != block.index - 1:
            return None
        return None if last.byline_names() or last.closed else last

    def _add_photo(self, block: Block) -> None:
        """A caption is its own item; the article around it (its host) stays current."""
        photo = Draft(photo=True)
        photo.pieces.append(paragraph_piece(block, photo))
        self.drafts.append(photo)
        if self.current is None:
            self.current = photo
