"""What lies ahead of every block of a page, computed once before the segmenter walks it.

Whether a heading starts an article or a section of the one above often depends on what follows: a closing
credit before the next sure article start, a bracketed picture credit, a credit line under a caption. These
tables give, for every block index, the next such block, so each decision is a lookup.
"""

from __future__ import annotations

from articles.article_body import Draft
from articles.bylines import split_trailing_paren_credit
from articles.caption_cues import CaptionCues
from articles.headline_shapes import is_subtitle_line
from articles.page_blocks import Block, opens_strongly
from articles.paragraph_cues import heads_report_on_another_place, opens_dated_report, place_chain
from articles.paragraph_parts import author_note_start
from articles.report_openings import locates_a_county_not_seen
from core.text.cleaning import ends_sentence, normalize_for_matching

MAX_LABEL_TWIN_DISTANCE = 3
"""A picture label repeated under the next photo of a spread comes after a paragraph or two, not further."""


class PageLookahead(CaptionCues):
    """Mixed into `_PageSegmenter`, which sets `blocks`; its `_runs` come from `_heading_runs`."""

    blocks: list[Block]
    _runs: dict[int, int]

    def _heading_runs(self) -> dict[int, int]:
        runs: dict[int, int] = {}
        i = 0
        while i < len(self.blocks):
            if self.blocks[i].heading_candidate:
                j = i + 1
                while j < len(self.blocks) and self.blocks[j].heading_candidate and not self.blocks[j].boundary_before:
                    j += 1
                runs[i] = j
                i = j
            else:
                i += 1
        return runs

    def _is_repeated_label(self, run: list[Block]) -> bool:
        """A one-line heading printed again a few blocks away, with no other heading between the two: the label of
        the pictures of a spread (`某地“菠萝的海”` under two photos). A page prints an article's headline once, so
        neither copy opens an item."""
        if len(run) != 1:
            return False
        block = run[0]
        for step in (-1, 1):
            j = block.index + step
            while 0 <= j < len(self.blocks) and abs(j - block.index) <= MAX_LABEL_TWIN_DISTANCE:
                other = self.blocks[j]
                if other.norm.strip() == block.norm.strip():
                    return True
                if other.heading_candidate or other.credit is not None:
                    break
                j += step
        return False

    def _lookahead(self) -> tuple[list[tuple[int, bool]], list[int]]:
        """For every block index: the next closing credit (index, is it an author note) and the
        next block that certainly starts an article (a kicker+title run, a run followed by a
        credit or dateline, or a heading after a picture gap)."""
        n = len(self.blocks)
        starts = [n] * (n + 1)
        for i, end in self._runs.items():
            run = self.blocks[i:end]
            nxt = self.blocks[end] if end < n else None
            if (
                len(run) >= 2
                or any(is_subtitle_line(b.text) for b in run)
                or opens_strongly(nxt)
                or self._credited_under_caption(end)
                or run[0].after_image_gap
                or run[0].boundary_before
            ):
                starts[i] = i
        closings: list[tuple[int, bool]] = [(n, False)] * (n + 1)
        for i in range(n - 1, -1, -1):
            starts[i] = min(starts[i], starts[i + 1])
            block = self.blocks[i]
            credit = block.credit
            if credit is not None and credit.closing:
                closings[i] = (i, credit.author_note)
            elif credit is None and author_note_start(block.text) is not None:
                closings[i] = (i, True)
            else:
                closings[i] = closings[i + 1]
        return closings, starts

    @staticmethod
    def _heads_another_report(run: list[Block], current: Draft, following: Block | None) -> bool:
        """A one-line headline after a finished text that reads as a report of its own whatever the layout: over a
        paragraph opening on a date and a town named under its county (`又到樱桃成熟季` / `5月26日,五莲县松柏镇……`),
        or naming a chain of places the text above never names (`走进静海区团泊镇团泊村:说不尽的喜乐幸福`). It
        holds even where a credit lies ahead before the next sure start (photo news items each close on one)."""
        if len(run) != 1 or len(current.paragraphs) < 2 or not ends_sentence(current.last_paragraph_text() or ""):
            return False
        if following is None or following.credit is not None or following.heading_candidate:
            return False
        if opens_dated_report(following.text):
            return True
        headline = "".join(block.text for block in current.heading)
        earlier_text = "".join(p.block.text for p in current.paragraphs)
        if heads_report_on_another_place(run[0].text, following.text, headline, earlier_text):
            return True
        if locates_a_county_not_seen(following.text, headline + earlier_text):
            return True  # `某乡产业扶贫托起致富梦` over `邵东县某乡位于大云山脚下,……` after a text on another county
        chain = place_chain(run[0].text)
        seen = headline + earlier_text
        return bool(chain) and not any(place in seen for place in chain)

    def _bracketed_credits_ahead(self) -> list[int]:
        """For every block index: the next paragraph closed by a bracketed picture credit (`……。(新华社发 X摄)`).
        A bracketed reporter's name alone (`(陈雅琴)`) closes briefs, which sit inside columns and features."""
        n = len(self.blocks)
        ahead = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            block = self.blocks[i]
            pictured = normalize_for_matching(block.text).rstrip().endswith("摄)")
            bracketed = block.credit is None and pictured and bool(split_trailing_paren_credit(block.text)[0])
            ahead[i] = i if bracketed else ahead[i + 1]
        return ahead
