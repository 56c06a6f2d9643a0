"""Is a heading inside an open article one of its section heads? Content cues the segmenter asks.

A feature's section heads are a word or two (乡村振兴) or a pair of balanced phrases (收益可观 村民点赞),
and the text under them goes on about what the article already reports on. These helpers read those
cues; the segmenter (`articles.segmentation`) weighs them with the layout's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from articles.article_body import Draft, headline_parts
from articles.bylines import find_dateline, split_trailing_paren_credit
from articles.headline_shapes import COLUMN_LABEL_WORD, is_column_label, is_parallel_phrase, is_subtitle_line
from articles.headline_stacks import opens_on_phrase_of
from articles.page_blocks import Block, opens_strongly, opens_with_lede
from articles.paragraph_cues import (
    LEDE_WINDOW,
    opening_small_place,
    opens_on_smaller_place,
    places_named,
    small_places,
)
from core.text.cleaning import normalize_for_matching
from core.text.segmentation import tagged, words

_BRACKETED_LABEL = re.compile(r"^【[^】]{2,12}】$")
MAX_TOPIC_HEADING_CHARS = 8
"""In-article topic lines (乡村振兴, 橡胶产业) are a word or two; headlines are longer."""
MIN_LABEL_CHARS, MAX_LABEL_CHARS = 2, 5
"""A section's label over its head (`生态立村`): a word or two."""
_QUOTES = str.maketrans("", "", "“”‘’")
# A kicker bar (`影像记录|城市安村民安家记`) sets a column's name before a headline: never a section head's shape.
_HEADING_PUNCTUATION = frozenset(",，、:：;；。!！?？“”\"'‘’《》()（）·—-|丨")


def is_topic_heading(text: str, *, quotes: bool = False) -> bool:
    """A word or two without punctuation (乡村振兴): the shape of a topic line inside an article. With `quotes`, a word
    may be set in quotes (特色农业“花为媒”): a topic's catchword, as short as a topic."""
    compact = text.replace(" ", "")
    if quotes:
        compact = compact.translate(_QUOTES)
    return 2 <= len(compact) <= MAX_TOPIC_HEADING_CHARS and not _HEADING_PUNCTUATION.intersection(compact)


MAX_SECTION_HEAD_CHARS = 16


def is_section_head_shape(text: str, *, quotes: bool = False) -> bool:
    """A short line without punctuation other than quotes (乡村治理趟出新路子, 铺开示范区 打好“绿色牌”): a section
    head may look like this; a headline that needs a colon or a comma does not."""
    compact = text.replace(" ", "")
    bare = compact.translate(_QUOTES) if quotes else compact
    return 4 <= len(bare) <= MAX_SECTION_HEAD_CHARS and not _HEADING_PUNCTUATION.intersection(bare)


def headline_items(title: str) -> set[str]:
    """The items a headline lists (`……!万寿菊、玉米、魔芋绘就“金色钱景”` -> 万寿菊, 玉米, 魔芋): the words on either
    side of each `、`."""
    items: set[str] = set()
    chunks = re.split(r"[、]", re.sub(r"[“”‘’\"]", "", title))
    if len(chunks) < 2:
        return items
    for k, chunk in enumerate(chunks):
        tokens = [w for w in words(chunk, hmm=False) if w.strip()]
        if not tokens:
            continue
        if k > 0:
            items.add(tokens[0])
        if k < len(chunks) - 1:
            items.add(tokens[-1])
    return {item for item in items if len(item) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in item)}


def takes_up_headline_item(heading: str, current: Draft) -> bool:
    """A heading that opens on one of the items the open article's headline lists (`玉米棒压弯了秸秆,……` under
    `……万寿菊、玉米、魔芋绘就“金色钱景”`): the part of that article about the item."""
    title = headline_parts(current.heading)[0] if current.heading else None
    opening = heading.strip()[:MAX_TOPIC_HEADING_CHARS]
    if title is not None and any(item in opening for item in headline_items(title)):
        return True
    return any(opens_on_phrase_of(heading, block.text) for block in current.heading)


def is_phrase_heading(text: str) -> bool:
    """A topic word or a pair of balanced phrases without punctuation (收益可观 村民点赞): the shape of
    a feature's section heads."""
    return is_topic_heading(text) or (is_parallel_phrase(text) and not _HEADING_PUNCTUATION.intersection(text))


def continues_subject(current: Draft, following: Block | None) -> bool:
    """True when the paragraph under a heading goes on about a place the open article already
    reports on (`叶坪镇负责人介绍…` under an article about 叶坪镇), with no dateline or credit of
    its own: the heading is a topic line of that article, not the headline of a new one."""
    if current.photo or current.closed or not current.heading or not current.has_text:
        return False
    if following is None or following.credit is not None or following.heading_candidate:
        return False
    if following.is_caption_mark or following.is_bulleted or opens_strongly(following):
        return False
    subject = _opening_subject(following.text)
    if not subject:
        return False
    title = headline_parts(current.heading)[0] or ""
    return subject in title or any(subject in p.block.text for p in current.paragraphs)


def _may_go_on_under_a_heading(current: Draft, following: Block) -> bool:
    """An open text article whose next paragraph opens like neither news, a credit, a caption nor a heading:
    only then can the paragraph's places say the text goes on."""
    if current.photo or current.closed or not current.has_text:
        return False
    if following.credit is not None or following.heading_candidate or following.is_caption_mark:
        return False
    return not (opens_strongly(following) or opens_with_lede(following))


def returns_to_its_places(current: Draft, following: Block | None) -> bool:
    """True when the paragraph under a heading names, in its opening, a place the open article's text has
    named (`近年来,清新区坚持……` in an article on 清新区) and opens neither like news nor with a credit."""
    if following is None or not _may_go_on_under_a_heading(current, following):
        return False
    opening = places_named(following.text[:LEDE_WINDOW])
    return bool(opening) and any(opening & places_named(piece.block.text) for piece in current.paragraphs)


def opens_on_a_town_it_named(current: Draft, following: Block | None) -> bool:
    """True when the paragraph under a heading opens on a town or village the open article's text has named
    (`鹤市镇因白鹤蹁跹而得名,……` in an article that named 鹤市镇): the text goes on there. A new report names its
    place from the county or city down."""
    if following is None or not _may_go_on_under_a_heading(current, following):
        return False
    place = opening_small_place(following.text)
    return place is not None and any(place in piece.block.text for piece in current.paragraphs)


def labels_its_opening_place(label: str, current: Draft) -> bool:
    """True when a topic-shaped label opens on the town or village an untitled text opened on (`某某镇美景` inside a
    report that opened `某某镇,……县下辖镇,……`): the label of that report's picture or part. A new item's headline
    says what happens there, in more than a place and a noun."""
    if current.heading or current.photo or not current.paragraphs or not is_topic_heading(label):
        return False
    place = opening_small_place(label)
    if place is None or len(label.strip()) <= len(place):
        return False
    return opening_small_place(current.paragraphs[0].block.text) == place


def drills_down(current: Draft, following: Block | None) -> bool:
    """True when the paragraph under a heading opens on a smaller place than the one the open
    article's headline names (a 镇 report going on to a 村, a 街道 report to a 社区)."""
    if following is None or not current.heading:
        return False
    return opens_on_smaller_place(headline_parts(current.heading)[0] or "", following.text)


# Nouns that open a paragraph without naming what it is about (全镇, 该村, 负责人).
_DEICTIC_PREFIXES = ("全", "该", "本", "我", "各", "每")
_SUBJECT_FLAGS = ("n", "nr", "ns", "nz", "nt", "j")


@lru_cache(maxsize=2048)
def _opening_subject(paragraph: str) -> str | None:
    """The first named noun of a paragraph's opening clause (`叶坪镇负责人介绍,…` -> 叶坪镇), or
    None when the clause opens with a verb or only with deictic words (全镇, 该村)."""
    clause = re.split(r"[,，。;；:：!！?？]", paragraph[:30], maxsplit=1)[0]
    for word, flag in tagged(clause):
        if flag.startswith("v") or flag == "p":
            return None
        if len(word) >= 2 and flag in _SUBJECT_FLAGS and not word.startswith(_DEICTIC_PREFIXES):
            return word
    return None


MIN_PLACE_NAME_CHARS = 3


def _visits_within_the_headline_place(named: set[str], paragraph: str, current: Draft) -> bool:
    """`某某村“大筐队”下岗了` over `9月16日,采访组来到某某镇,……该镇某某村……` inside a feature headed on 某某镇: the text
    under the heading names the place the feature's headline names, then the heading's village in it — the feature
    goes on to one of its places. A new report would name its village from the county down, not the feature's town."""
    headline = " ".join(block.text for block in current.heading)  # its lines, whichever of them the title is
    first_sentence = re.split(r"[。!?!?]", normalize_for_matching(paragraph), maxsplit=1)[0]
    own = {p for p in places_named(headline) if len(p) >= MIN_PLACE_NAME_CHARS and not named & {p}}
    headline_place = next((p for p in own if p in first_sentence), None)
    return headline_place is not None and any(
        place in first_sentence and headline_place + place not in first_sentence for place in named
    )


def names_its_subject(heading: str, following: Block | None) -> bool:
    """True when the paragraph under a heading opens on the person or thing the heading names
    (`小李的第三次回乡` over `小李今年35岁,……`)."""
    if following is None:
        return False
    subject = _opening_subject(following.text)
    return bool(subject) and subject in heading


def shorter_than_title(text: str, current: Draft) -> bool:
    title = headline_parts(current.heading)[0] if current.heading else None
    return title is not None and len(text.replace(" ", "")) < len(title.replace(" ", ""))


@lru_cache(maxsize=2048)
def _opening_place(text: str) -> str | None:
    """The place name a line opens on (`西藏贫困县区全部摘帽` -> 西藏), or None."""
    for word, flag in tagged(text[:12]):
        return word if flag == "ns" and len(word) >= 2 else None
    return None


def opens_on_headline_place(text: str, current: Draft) -> bool:
    """True when a heading opens on the place the open article's headline opens on (`西藏贫困县区全部摘帽` under
    `西藏当雄:……`): the next headline of a page of that place's news. A section head leaves the place implied."""
    title = headline_parts(current.heading)[0] if current.heading else None
    place = _opening_place(text.strip())
    return title is not None and place is not None and _opening_place(title.strip()) == place


class SectionCues:
    """The segmenter's questions about the text ahead of a heading (mixed into `_PageSegmenter`, which
    sets these attributes): does it sign itself, and is the heading a part of the article still open?"""

    blocks: list[Block]
    current: Draft | None
    _next_closing: list[tuple[int, bool]]
    _next_start: list[int]

    def _section_stack_of_unsigned_feature(self, run: list[Block], end: int, following: Block | None) -> bool:
        """A two-line heading inside a feature that carries no credit or dateline, over text that does not
        open like news (`日前,` …), opens on whom the heading names and never signs itself: the feature's
        next part (`种植大户:年轻人回来了` / `小李的第三次回乡` over `小李今年35岁,……`). A new article
        under a kicker and title opens with its lede or a credit."""
        current = self.current
        if current is None or current.dateline is not None or current.byline_names() or current.leading_credit:
            return False
        plain = following is not None and following.credit is None and not following.heading_candidate
        start = end - len(run)
        right_under_its_text = bool(current.pieces) and current.pieces[-1].block.index == start - 1
        if self._stack_over_a_place_it_named(run, end, following):
            return True
        return (
            len(run) == 2
            and right_under_its_text
            and not run[0].after_image_gap
            and not any(is_subtitle_line(b.text) or is_column_label(b.text) for b in run)
            and plain
            and not following.is_caption_mark  # type: ignore[union-attr]
            and not opens_with_lede(following)
            and names_its_subject(run[-1].text, following)
            and not self._signed_ahead(end)
            and self._next_closing[end][0] >= self._next_start[end]
        )

    def _stack_over_a_place_it_named(self, run: list[Block], end: int, following: Block | None) -> bool:
        """A stack of heading lines inside an unsigned feature, one of them a town or village alone that the feature's
        text has named (`某某村` / `壮大集体经济……` / `……产业`), over plain text that neither opens like news nor signs
        itself: the feature goes on to that place, under its part's heads. A new report says where from the county."""
        current = self.current
        if current is None or following is None or not current.has_text:
            return False
        if following.credit is not None or following.heading_candidate or following.is_caption_mark:
            return False
        if opens_strongly(following) or opens_with_lede(following) or run[0].after_image_gap:
            return False
        named = [b.norm.strip() for b in run if small_places(b.text) == {b.norm.strip()}]
        return (
            bool(named)
            and any(place in piece.block.text for place in named for piece in current.paragraphs)
            and not self._signed_ahead(end)
        )

    def _labelled_part_of_signed_feature(self, run: list[Block], end: int) -> bool:
        """`破局之道` / `普通乡村逆势而起` inside a feature signed at its head: a short label over the part's
        title, with no credit, dateline or closing ahead before the next sure start — the feature goes on."""
        current = self.current
        if current is None or current.leading_credit is None or current.dateline is not None or not current.has_text:
            return False
        label, title = (run[0].text, run[1].text) if len(run) == 2 else ("", "")
        if len(run) == 2 and not is_column_label(label) and _BRACKETED_LABEL.match(title.strip()):
            label, title = title, label  # `缩小三大差距` over `【总书记嘱托】`: the part's title, then its label
        closing_ahead = self._next_closing[end][0] < self._next_start[end]
        return (
            bool(label)
            and is_column_label(label)
            and not is_subtitle_line(title)
            and not closing_ahead
            and not self._signed_ahead(end)
            and not self._photo_credit_line_ahead(end)
        )

    def _section_of_dated_report(self, run: list[Block], end: int, following: Block | None) -> bool:
        """One short unpunctuated line inside a datelined report, over plain text that never signs itself
        before the next headline: a section of the report. A new report would carry a dateline or a credit
        of its own; a column's name (开栏的话) opens an item all the same."""
        text = run[0].text
        plain = following is not None and following.credit is None and not following.heading_candidate
        return (
            len(run) == 1
            and self.current is not None
            and (
                (self.current.dateline is not None and is_section_head_shape(text, quotes=True))
                or (
                    shorter_than_title(text, self.current)
                    and is_section_head_shape(text)
                    and not opens_on_headline_place(text, self.current)
                )
            )
            and not is_column_label(text)
            and plain
            and not following.is_caption_mark  # type: ignore[union-attr]
            and not self._signed_ahead(end)
        )

    def _labelled_section_of_dated_report(self, run: list[Block], end: int, following: Block | None) -> bool:
        """`生态立村` / `绿色发展底气足` inside a datelined report: a bare word-long label over a section head's phrase,
        over plain text that neither opens like news nor signs itself before the next headline — the report's next
        part. A new report under a column's name (`评论`, `简讯`) carries that name's word, or its own credit."""
        current = self.current
        if current is None or not current.has_text or len(run) != 2:
            return False
        if current.dateline is None and not any(find_dateline(p.block.text)[0] for p in current.paragraphs):
            return False  # (a caption printed first keeps the report's dateline from being read as its own)
        label, head = (b.text.strip() for b in run)
        label = label.removeprefix("“").removesuffix("”")  # `“喜绿”` / `农家乐留住过路客`: a label may be quoted
        plain = following is not None and following.credit is None and not following.heading_candidate
        return (
            MIN_LABEL_CHARS <= len(label) <= MAX_LABEL_CHARS
            and all("\u4e00" <= ch <= "\u9fff" for ch in label)
            and not COLUMN_LABEL_WORD.search(label)
            and is_section_head_shape(head, quotes=True)
            and not run[0].after_image_gap
            and plain
            and not following.is_caption_mark  # type: ignore[union-attr]
            and not opens_with_lede(following)
            and not self._signed_ahead(end)
        )

    def _profile_of_unsigned_feature(self, run: list[Block], end: int, following: Block | None) -> bool:
        """`骆驼湾村民唐荣美:摊黄子成为新职业` inside an unsigned, undated feature whose text already named 骆驼湾村,
        over plain text that neither opens like news nor signs itself: the feature's next part goes to a place
        it has already taken the reader to. A new article would say where it happens from the top."""
        current = self.current
        if current is None or len(run) != 1 or current.dateline is not None:
            return False
        if current.leading_credit is not None or current.inline_names or current.closed:
            return False  # signed text (a caption's photographer does not sign it)
        if following is None or following.credit is not None or following.heading_candidate:
            return False
        if following.is_caption_mark or opens_strongly(following):
            return False
        if opens_on_headline_place(run[0].text, current) or self._signed_ahead(end):
            return False
        named = small_places(run[0].text)
        if named and any(place in piece.block.text for place in named for piece in current.pieces):
            return not opens_with_lede(following)
        opening = opening_small_place(run[0].text)  # a village or town the heading opens on (`某河村“……”`)
        return opening is not None and _visits_within_the_headline_place({opening}, following.text, current)

    def _signed_ahead(self, end: int) -> bool:
        """True when the text under a heading may be an item of its own: before the next headline,
        picture or credit line it signs itself (a dateline, a leading or trailing credit), or it
        runs into a bulleted list or a picture gap, where the layout says nothing either way."""
        for block in self.blocks[end:]:
            if block.heading_candidate or block.credit is not None or block.is_caption_mark:
                return block.credit is not None and not block.credit.picture_source
            if block.after_image_gap or block.is_bulleted:
                return True
            if opens_strongly(block) or split_trailing_paren_credit(block.text)[0]:
                return True
        return False

    def _photo_credit_line_ahead(self, end: int) -> bool:
        """A photographer's credit line (`新华社记者 X 摄`) comes before the next article start."""
        stop = self._next_start[end]
        return any(b.credit is not None and b.credit.photo for b in self.blocks[end:stop])
