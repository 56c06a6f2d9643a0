"""Is a line a picture's caption, and does a credit line sign the headline above it? Cues the segmenter asks.

Exports without blank lines leave no room for pictures, so a caption shows itself by its own marks (a
photographer's credit, one short sentence interrupting the text, a credit line under it); captions printed
between a headline and its credit line, and standfirst lines without a full stop, belong to that headline.
A caption credited to the report's own reporter is part of the report. `articles.segmentation` mixes these in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from articles.article_body import Draft
from articles.bylines import find_dateline, split_bracketed_photo_credit, split_leading_credit, split_trailing_credit
from articles.headline_shapes import jump_line
from articles.page_blocks import (
    MAX_CAPTIONS_OVER_CREDIT,
    MAX_SHORT_CAPTION_CHARS,
    Block,
    is_short_caption,
    opens_strongly,
)
from articles.paragraph_cues import LEDE_WINDOW, opening_small_place, opens_report, places_named, reads_as_caption
from articles.paragraph_parts import has_photo_credit
from core.text.cleaning import ends_sentence, normalize_for_matching

MAX_CAPTION_CHARS = 400
"""Photo captions are a few sentences; a longer stand-alone paragraph is article text."""
MAX_GARBLED_CREDIT_CHARS = 8


def is_credited_caption(block: Block) -> bool:
    """A caption closed by its photographer's credit (`……育肥场。 通讯员 郭锋摄`) on a line of its own."""
    return (
        block.credit is None
        and not block.heading_candidate
        and len(block.text) <= MAX_CAPTION_CHARS
        and has_photo_credit(block.text)
        and find_dateline(block.text)[0] is None
    )


def _last_credit_is_photographer(draft: Draft) -> bool:
    last = draft.closing_credits[-1] if draft.closing_credits else None
    return last is not None and last.credit is not None and last.credit.photo


_PHOTOGRAPHER_AT_END = re.compile(r"([\u4e00-\u9fff]{2,4})\s*摄$")


def _photographer_of(block: Block, credit_below: Block | None) -> str | None:
    """The name a caption is signed with (`……。CICPHOTO/柴更利 摄`, or `……CICPHOTO/` over the line `柴更利 摄`)."""
    if credit_below is not None and credit_below.credit is not None and credit_below.credit.photo:
        names = credit_below.credit.names
        return names[0] if len(names) == 1 else None
    match = _PHOTOGRAPHER_AT_END.search(block.text.rstrip())
    return match.group(1) if match else None


def _caption_words(text: str) -> str:
    """The caption without its credit (a paper's name in the credit is no place the picture shows)."""
    names, credit_start = split_trailing_credit(text)
    return text[:credit_start] if names else text.rsplit("。", 1)[0]


MIN_TEXT_UNDER_PICTURE_LEDE = 2
"""Paragraphs the text above keeps, at least, once a picture item takes its caption's first paragraph."""
# `5月24日上午,`: a date down to the part of the day, how a picture's caption says when it was taken.
_DATED_TO_THE_HOUR = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|中午|晚上|傍晚|清晨|早上|凌晨)[,,]")


def _dated_to_the_hour(text: str) -> bool:
    return bool(_DATED_TO_THE_HOUR.match(normalize_for_matching(text).lstrip()))


class CaptionCues:
    """Mixed into `_PageSegmenter`, which sets `blocks`."""

    blocks: list[Block]
    drafts: list[Draft]
    _add_photo: Callable[[Block], None]
    current: Draft | None
    _boundaries: bool

    @staticmethod
    def _by_its_reporter(block: Block, current: Draft) -> bool:
        """A caption credited to a reporter of the text it sits in (`……。戴文昌 摄` inside a report by 戴文昌):
        the report's own picture, part of it rather than an item of its own."""
        names = set(split_trailing_credit(block.text)[0])
        if not current.has_text:
            return False
        if names:
            return bool(names & set(current.inline_names))
        # A credit the copy garbled (`……雕刻核雕。 作庞趁友`) still ends on the reporter's name.
        tail = block.text.rstrip()[-MAX_GARBLED_CREDIT_CHARS:]
        return any(len(name) >= 2 and tail.endswith(name) and " " in tail for name in current.inline_names)

    @staticmethod
    def _goes_on_with_text(block: Block, current: Draft) -> bool:
        """A credited paragraph that opens on a town or village the text above has named (`岗藏村易地搬迁项目……。
        新华社记者 X 摄` under a report on 岗藏村) and opens nothing the way captions do: the report's last
        paragraph, signed by the photographer of its picture, not a caption of its own."""
        if not current.has_text or current.photo or block.after_image_gap or len(block.text) <= MAX_SHORT_CAPTION_CHARS:
            return False  # a picture slot above it, or a caption's length: a caption
        if reads_as_caption(block.text.split("。")[0]):
            return False
        place = opening_small_place(block.text)
        return place is not None and any(place in piece.block.text for piece in current.pieces)

    def _pictured(self, block: Block, i: int, current: Draft) -> bool:
        """Whether `block` may be a picture's caption: it sits after a picture slot, or — where the
        layout leaves no room for pictures — it carries a caption's own marks: a photographer's credit,
        a credit line opening it, or a credit line under one short sentence that interrupts the text."""
        if block.after_image_gap or has_photo_credit(block.text) or split_leading_credit(block.text)[1] > 0:
            return True
        following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        if following is None or following.credit is None or not following.credit.reported:
            return False
        last_text = current.last_paragraph_text()
        interrupts = last_text is not None and not ends_sentence(last_text)
        return interrupts and ends_sentence(block.text) and len(block.text) <= MAX_CAPTION_CHARS

    def _is_caption(self, block: Block, i: int, current: Draft) -> bool:
        following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        credit_below = following is not None and following.credit is not None and following.credit.reported
        credited = (
            credit_below
            or bool(split_trailing_credit(block.text)[0])
            or split_leading_credit(block.text)[1] > 0
            or bool(split_bracketed_photo_credit(block.text)[0])
        )
        if len(block.text) > MAX_CAPTION_CHARS and current.has_text and not block.after_image_gap:
            return False  # a long paragraph under the item's text, closed by the credit of the whole photo report
        last_text = current.last_paragraph_text()
        host_open = last_text is not None and not ends_sentence(last_text)
        if host_open and not credited:
            return False  # the sentence cut before the picture continues here
        if credit_below or split_trailing_credit(block.text)[0] or split_bracketed_photo_credit(block.text)[0]:
            return True
        stands_alone = (
            following is None or following.heading_candidate or following.after_image_gap or following.is_caption_mark
        )
        short = len(block.text) <= MAX_CAPTION_CHARS
        return (stands_alone and (short or credited)) or (host_open and short and ends_sentence(block.text))

    @staticmethod
    def _still_in_deck(current: Draft) -> bool:
        """A headline over lines none of which ends a sentence (a caption credited `X摄/本刊`, standfirst
        lines) and no credit yet: the article's text has not begun, the next credit line signs it."""
        return (
            bool(current.heading)
            and current.leading_credit is None
            and current.dateline is None
            and bool(current.pieces)
            and not any(ends_sentence(piece.block.text) for piece in current.pieces)
        )

    def _credited_under_caption(self, end: int) -> bool:
        """A heading over a picture's one-sentence caption and then a credit line that opens a text
        (`理塘县亚火乡:……` / `村民正在合作社加工野生菌。` / `◎县融媒体中心 A B 文/图`): a headline. So is a heading
        over captions that carry their photographer's credit and then a paragraph opening on a dateline or a
        credit (`……育肥场。 通讯员 X摄` / `某某网讯(记者 Y)……`): the caption of the picture printed under the
        headline, then the report's text."""
        self_credited = False
        for captions, block in enumerate(self.blocks[end : end + MAX_CAPTIONS_OVER_CREDIT + 1]):
            if block.credit is not None:
                return captions > 0 and opens_strongly(block)
            if captions > 0 and self_credited and opens_strongly(block):
                return True
            if is_credited_caption(block):
                self_credited = True
            elif not is_short_caption(block):
                return False
        return False

    @staticmethod
    def _report_under_caption(current: Draft) -> bool:
        """An untitled item that opens on a caption (`↑……摄`) and goes on with text: a report, not a picture."""
        return any(not piece.block.is_caption_mark for piece in current.pieces[1:])

    def _pictures_its_titled_text(self, block: Block, i: int, current: Draft) -> bool:
        """A caption closed by its photographer's credit inside a titled article that already holds one such
        caption (printed under its headline: `……育肥场。 通讯员 X摄` / `某某网讯(记者 Y)……` / `……种植金丝皇菊。
        陇东报全媒体记者 Z摄` / `围绕……`), with its text going on under it: one more of that report's pictures, not an
        item of its own; so is a caption under its last text once a caption was set between its paragraphs. A
        report that began on its text and then prints a credited caption leaves that caption an item of its own."""
        if not current.heading or current.photo or current.closed or not current.has_text:
            return False
        if block.after_image_gap or block.is_caption_mark or not is_credited_caption(block):
            return False
        last = current.paragraphs[-1].block if current.paragraphs else None
        if not ends_sentence(current.last_paragraph_text() or "") and not (last and is_credited_caption(last)):
            return False  # set into a sentence the text above has not finished
        k = i + 1
        while k < len(self.blocks) and is_credited_caption(self.blocks[k]) and not self.blocks[k].after_image_gap:
            k += 1  # `田间……。X 摄` over `农民……。X 摄` over text: a run of the report's pictures, its text below
        if k < len(self.blocks) and jump_line(self.blocks[k].text) == "from":
            k += 1  # `(上接7版)`: the report's text goes on under the line that says where it began
        following = self.blocks[k] if k < len(self.blocks) else None
        text_goes_on = (
            following is not None
            and following.credit is None
            and not following.heading_candidate
            and not following.is_caption_mark
            and not following.after_image_gap
            and not is_credited_caption(following)
        )
        if text_goes_on and (opens_strongly(following) or opens_report(following.text)):  # type: ignore[union-attr]
            return False  # the lede of another item: the caption is a picture item between two texts
        if text_goes_on and not places_named(_caption_words(block.text)):
            return True  # `新闻发布会现场。 X摄` between two paragraphs: says where only with the text around it
        # Under the last text, only a report that set its pictures between its paragraphs keeps one more.
        pictures = current.pieces if text_goes_on else current.pieces[1:]
        return any(is_credited_caption(piece.block) for piece in pictures)

    def _picture_story_above(self, block: Block, i: int) -> Draft | None:
        """The picture item right above a marked caption (`↑……。CICPHOTO/X 摄` over `↑……。CICPHOTO/X 摄`) when
        both are signed by the same photographer and carry the same mark: the pictures of one story, one item.
        Uncredited marked captions (`▲王垅村……。`) and those of different photographers stay items of their own."""
        last = self.drafts[-1] if self.drafts else None
        if last is None or not last.photo or last is self.current or not last.pieces:
            return None
        first = last.pieces[0].block
        if not block.is_caption_mark or not first.is_caption_mark or first.text[0] != block.text[0]:
            return None
        if max(b.index for b in [last.pieces[-1].block, *last.closing_credits]) != i - 1:
            return None  # something else was printed between them
        following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        credit_above = last.closing_credits[-1] if last.closing_credits else None
        photographer = _photographer_of(block, following)
        same = photographer is not None and photographer == _photographer_of(last.pieces[-1].block, credit_above)
        return last if same else None

    def _add_photo_with_its_lede(self, block: Block, current: Draft) -> None:
        """A picture item (`……钟伟/摄`) whose caption opens one paragraph up, on the day and part of the day the
        picture was taken (`5月24日上午,游人在某区某镇某村……。` / `据了解,……。钟伟/摄`), printed after a longer
        text: the item takes that paragraph, which the text above never dates that way."""
        self._add_photo(block)
        photo = self.drafts[-1]
        above = current.pieces[-1] if current.pieces else None
        if photo is current or above is None or above.section or above.block.index != block.index - 1:
            return
        if len(current.paragraphs) < MIN_TEXT_UNDER_PICTURE_LEDE + 1 or not _dated_to_the_hour(above.block.text):
            return
        if any(_dated_to_the_hour(piece.block.text) for piece in current.paragraphs[:-1]):
            return  # a text that dates its paragraphs this way (a diary, a timeline): the paragraph is its own
        current.pieces.pop()
        photo.pieces.insert(0, above)

    def _illustrates_the_text_below(self, block: Block, current: Draft) -> bool:
        """A caption printed between two paragraphs of an article (no picture slot above it) about the place the
        one under it goes on about (`↑3月10日,在某县某乡某村……摄` over `正是采菌时节,某县某乡某村……`): that
        text's picture."""
        if block.after_image_gap or not current.has_text or current.photo or current.closed:
            return False
        if not ends_sentence(current.last_paragraph_text() or ""):
            return False  # set into a sentence the text above has not finished: a picture item of its own
        following = self.blocks[block.index + 1] if block.index + 1 < len(self.blocks) else None
        if following is None or following.credit is not None or following.heading_candidate:
            return False
        if following.is_caption_mark or following.after_image_gap or opens_strongly(following):
            return False
        return bool(places_named(block.text) & places_named(following.text[:LEDE_WINDOW]))

    def _inside_boundaries(self, block: Block, current: Draft) -> bool:
        """On a page that sets its articles apart by blank lines, a caption printed with no blank line above it
        inside an article's text is that article's picture."""
        if not self._boundaries or block.boundary_before or not current.has_text:
            return False
        after_caption = current.pieces[-1].block.is_caption_mark
        # A picture story (`↑……。CICPHOTO/X 摄` over `↑……`): each picture's credit closes the caption it signs,
        # not the story.
        if current.closed and not (after_caption and _last_credit_is_photographer(current)):
            return False
        return after_caption or ends_sentence(current.last_paragraph_text() or "")

    def _under_caption_item(self, start: int) -> bool:
        """The block right above `start` is the caption of a picture item of its own, printed after the current text."""
        last = self.drafts[-1] if self.drafts else None
        return (
            last is not None
            and last is not self.current
            and last.photo
            and bool(last.pieces)
            and last.pieces[-1].block.index == start - 1
        )
