"""Does a heading run open a new article, head a section of the open one, or give a headless text its headline?

Kept apart from the segmenter's walk (`articles.segmentation`) because this one decision weighs the most evidence
— layout (blank lines, picture gaps, run length), the credits ahead (`articles.page_lookahead`), the text under
the heading (`articles.section_heads`, `articles.paragraph_cues`) — and reads best as a whole, on its own.
"""

from __future__ import annotations

from articles.article_body import Draft
from articles.headline_shapes import (
    full_place_heading,
    is_headline_sentence,
    is_section_marker,
    is_subtitle_line,
    opens_with_column_bar,
)
from articles.page_blocks import Block, opens_strongly, opens_with_lede
from articles.page_lookahead import PageLookahead
from articles.paragraph_cues import continues_earlier_text, is_quoted_slogan, refers_back, restates_heading
from articles.section_continuation import (
    first_head_under_standfirst,
    names_a_town_its_text_named,
    opens_on_a_county_not_named,
    opens_on_a_person_it_named,
)
from articles.section_heads import (
    SectionCues,
    continues_subject,
    drills_down,
    is_phrase_heading,
    is_section_head_shape,
    is_topic_heading,
    labels_its_opening_place,
    opens_on_a_town_it_named,
    returns_to_its_places,
    shorter_than_title,
    takes_up_headline_item,
)

MAX_PICTURE_ITEM_CHARS = 400
"""A picture item's caption text; a section of a text runs longer before the text's closing credit."""


class HeadingDecisions(SectionCues, PageLookahead):
    """Mixed into `_PageSegmenter`, which sets these attributes: `_heading_decision` answers "new", "section" or
    "adopt" for a heading run, from the open article (`current`) and what the page prints around the run."""

    _next_bracketed_credit: list[int]

    def _open_with_text(self) -> bool:
        current = self.current
        return current is not None and not current.closed and not current.photo and current.has_text

    def _heading_decision(self, run: list[Block], end: int, following: Block | None) -> str:
        current = self.current
        if current is None or current.closed:
            return "new"
        if following is not None and following.phrase_line and self.blocks[end - 1].index == following.index - 1:
            return "new"  # the headline of a text stored one phrase a line (`articles.phrase_lines`): its own item
        if (opens_strongly(following) or self._credited_under_caption(end)) and not self._still_in_deck(current):
            return "new"
        if opens_with_column_bar(run[0].text):
            return "new"  # `云新闻联动丨……`: a column's name over a headline, never a section head
        if len(run) == 1 and self._open_with_text() and self._printed_twice(run[0]):
            # `某地“菠萝的海”` over one paragraph and again over the next: the label of the pictures set between an
            # article's paragraphs; a page prints an article's headline once.
            return "section"
        start = end - len(run)
        if start > 0 and is_section_marker(self.blocks[start - 1].text) and self._open_with_text():
            return "section"  # `A` / `三合村:……`: a numbered part of the article it is printed in
        if following is not None and is_section_marker(following.text) and self._open_with_text():
            return "section"  # a line over a part's number (`……农场` / `3`): a picture's label; no article opens on `3`
        multi_line = len(run) >= 2 or any(is_subtitle_line(b.text) for b in run)
        if not current.heading:
            # A signed text whose headline the OCR printed further down adopts that headline.
            if current.leading_credit is not None and not current.photo:
                if multi_line:
                    return "adopt"
                # A report's text opens on its date (`2月24日,记者从……`): a headline over its own report, after an
                # untitled text signed at its head; a part of that text goes on from it.
                if current.has_text and (opens_with_lede(following) or opens_on_a_county_not_named(current, following)):
                    return "new"
                return "section"
            if self._boundaries and current.has_text and (not current.photo or self._report_under_caption(current)):
                return "section"  # an untitled report goes on until the next blank line
            if (
                current.dateline is not None
                and current.has_text
                and not multi_line
                and not self._under_caption_item(start)
                and not (following is not None and restates_heading(run[0].text, following.text))
            ):
                # A datelined report printed without a headline has topic lines, not headlines; but a caption item
                # printed between its text and the heading ended it (`……摄` / `脱贫一年来 西海固呈现“新图景”`).
                return "section"
            if (
                current.has_text
                and not multi_line
                and is_topic_heading(run[0].text, quotes=True)
                and not self._signed_ahead(end)
            ):
                # `集体经济带领脱贫`, `特色农业“花为媒”` inside an untitled report, over text that never signs itself
                return "section"
            if labels_its_opening_place(run[0].text, current) and not self._signed_ahead(end):
                return "section"  # `某某镇美景` (and a head under it) in an untitled report on 某某镇: its label
            if (
                current.has_text
                and not multi_line
                and opens_on_a_town_it_named(current, following)
                and not self._signed_ahead(end)
            ):
                return "section"  # `新寨村:……` over `达溪镇新寨村……` in an untitled report on 达溪镇: its next part
            return "new"
        if self._boundaries and current.has_text:
            return "section"  # no blank line above it, on a page that separates its articles by one
        if (
            len(run) == 1
            and current.has_text
            and takes_up_headline_item(run[0].text, current)
            and following is not None
            and following.credit is None
            and not following.heading_candidate
            and not self._signed_ahead(end)
        ):
            return "section"  # `玉米棒压弯了秸秆,……` under `……万寿菊、玉米、魔芋绘就……`: the part on one listed item
        if opens_strongly(following) and self._still_in_deck(current):
            return "section"  # a standfirst line over the credit, under a headline whose text has not begun
        if self._quoted_section(run) and current.has_text and not self._signed_ahead(end):
            return "section"  # `“人均两头牛,脱贫致富不用愁”`: a quoted slogan heads a part of the text above
        closing_index, closing_is_note = self._next_closing[end]
        closing_ahead = closing_index < self._next_start[end]
        unsigned = not current.byline_names()
        if closing_ahead and len(run) == 1 and current.has_text and self._picture_item_ahead(end, closing_index):
            return "new"  # `又到樱桃成熟季` over `5月26日,……` closed by a photographer: a picture item
        if self._heads_another_report(run, current, following):
            return "new"
        if closing_ahead and (unsigned or closing_is_note):
            return "section"
        if multi_line and self._section_stack_of_unsigned_feature(run, end, following):
            return "section"
        if multi_line and self._labelled_part_of_signed_feature(run, end):
            return "section"
        if self._labelled_section_of_dated_report(run, end, following):
            return "section"  # `生态立村` / `绿色发展底气足` inside a datelined report: its next part
        if (
            len(run) == 2
            and not run[0].after_image_gap
            and all(is_section_head_shape(b.text, quotes=True) for b in run)
            and returns_to_its_places(current, following)
            and not self._signed_ahead(end)
        ):
            return "section"  # `加快脱贫摘帽` / `因地制宜开展产业扶贫` over text going on about the article's subject
        if (
            len(run) == 1
            and not run[0].after_image_gap
            and is_section_head_shape(run[0].text, quotes=True)
            and shorter_than_title(run[0].text, current)
            and (opens_on_a_town_it_named(current, following) or names_a_town_its_text_named(current, following))
            and not self._signed_ahead(end)
        ):
            return "section"  # `“没落贵族”走新路` over `鹤市镇因……`: a part going on about the place the text named
        if (
            len(run) == 1
            and not run[0].after_image_gap
            and is_phrase_heading(run[0].text)
            and shorter_than_title(run[0].text, current)
            and first_head_under_standfirst(current, self.blocks[end : end + 2])
            and not self._signed_ahead(end)
        ):
            return "section"  # `口袋鼓囊囊` under a feature's standfirst, over `……放眼昌吉,……`: its first part
        if multi_line or run[0].after_image_gap:
            return "new"
        if (
            current.leading_credit is not None
            and len(run) == 1
            and is_headline_sentence(run[0].text)
            and following is not None
            and following.credit is None
            and not following.heading_candidate
            and not continues_earlier_text(following.text)
            and not refers_back(following.text)
        ):
            # `“红绿”融合发展,为丽水高质量绿色发展注入新动能` inside a signed feature: a section head is a phrase or a
            # topic and its colon; a headline's two clauses over text that does not point back open the next article.
            return "new"
        if current.leading_credit is not None and current.dateline is None:
            # A feature signed at its head has no closing credit; one ahead belongs to a new article, and so
            # does a bracketed credit closing a paragraph (`……。(新华社发 X摄)`, a picture item's).
            credited_ahead = closing_ahead or self._next_bracketed_credit[end] < self._next_start[end]
            # A report's text opens on its date (`10日,…`, `11月5日,村民在……`); a feature's part goes on.
            # A part of a feature goes on with its text; a bulleted line (`■连州市…村。`) opens another item.
            bulleted = following is not None and following.is_bulleted
            if credited_ahead or opens_with_lede(following) or bulleted:
                return "new"
            return "new" if self._heads_report_on_another_county(run, current) else "section"
        if is_topic_heading(run[0].text) and continues_subject(current, following):
            return "section"
        if (
            len(run) == 1
            and current.has_text
            and following is not None
            and not following.heading_candidate
            and following.credit is None
            and (refers_back(following.text) or opens_on_a_person_it_named(current, following))
            and not self._signed_ahead(end)
        ):
            # `念好新时代“山海经”` over `这一年,浙江……`, `曼某:……` over `赵某在推特上提及的……` (赵某 quoted above): the
            # text under it points back at the article
            return "section"
        if (
            len(run) == 1
            and is_phrase_heading(run[0].text)
            and following is not None
            and not following.heading_candidate
            and following.credit is None
            and continues_earlier_text(following.text)
            and not self._signed_ahead(end)
        ):
            # `特色产业 创新转变` over `无独有偶,……` or over a village named without its county: the next
            # part of the feature above, not a new report (which would say where it happens).
            return "section"
        if (
            is_topic_heading(run[0].text)
            and current.dateline is not None
            and drills_down(current, following)
            and not self._signed_ahead(end)
        ):
            # A topic word inside a datelined report, over unsigned text about a smaller place than the
            # headline's (a town's report going on to one of its villages): a section of that report.
            return "section"
        if self._section_of_dated_report(run, end, following):
            return "section"
        if self._profile_of_unsigned_feature(run, end, following):
            return "section"
        return "new"

    def _printed_twice(self, line: Block) -> bool:
        """Another line of the page, shaped like a heading too, reads exactly as this one."""
        text = line.norm.strip()
        return any(
            block.index != line.index and block.heading_candidate and block.norm.strip() == text
            for block in self.blocks
        )

    @staticmethod
    def _heads_report_on_another_county(run: list[Block], current: Draft) -> bool:
        """`某市某县:竹产业做出大文章` under a feature whose headline does not name that county: a report's headline,
        naming its place in full; a part of the feature would name a town or village of its own place."""
        county = full_place_heading(run[0].text) if len(run) == 1 else None
        if county is None:
            return False
        headline = " ".join(block.text for block in current.heading)
        short = county[:-1] if len(county) > 2 else county  # 兴文县 is printed 兴文 too; 高县 stays whole
        return county not in headline and short not in headline

    def _picture_item_ahead(self, end: int, closing_index: int) -> bool:
        """The text under a heading opens on its date and is closed, a picture's caption long at most, by a
        photographer's credit: the heading titles a picture item."""
        closing = self.blocks[closing_index]
        if closing.credit is None or not closing.credit.photo or end >= closing_index:
            return False
        text = self.blocks[end:closing_index]
        return (
            opens_with_lede(text[0])
            and not any(b.heading_candidate for b in text)
            and sum(len(b.text) for b in text) <= MAX_PICTURE_ITEM_CHARS
        )

    @staticmethod
    def _quoted_section(run: list[Block]) -> bool:
        """A quoted two-clause slogan, alone or under a short section head (`“平谷大桃”不只是富民产业` /
        `“亏了这桃树,要不真供不起孩子上学”`): a part of a text opened by what someone said, not a headline."""
        if len(run) == 1:
            return is_quoted_slogan(run[0].text)
        return len(run) == 2 and is_section_head_shape(run[0].text, quotes=True) and is_quoted_slogan(run[1].text)
