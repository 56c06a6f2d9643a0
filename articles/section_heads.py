"""Is a heading inside an open article one of its section heads? Content cues the segmenter asks.

A feature's section heads are a word or two (乡村振兴) or a pair of balanced phrases (收益可观 村民点赞),
and the text under them goes on about what the article already reports on. These helpers read those
cues; the segmenter (`articles.segmentation`) weighs them with the layout's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from articles.article_body import Draft, headline_parts
from articles.page_blocks import Block, is_parallel_phrase, opens_on_smaller_place, opens_strongly

MAX_TOPIC_HEADING_CHARS = 8
"""In-article topic lines (乡村振兴, 橡胶产业) are a word or two; headlines are longer."""
_HEADING_PUNCTUATION = frozenset(",，、:：;；。!！?？“”\"'‘’《》()（）·—-")


def is_topic_heading(text: str) -> bool:
    """A word or two without punctuation (乡村振兴): the shape of a topic line inside an article."""
    compact = text.replace(" ", "")
    return 2 <= len(compact) <= MAX_TOPIC_HEADING_CHARS and not _HEADING_PUNCTUATION.intersection(compact)


MAX_SECTION_HEAD_CHARS = 16


def is_section_head_shape(text: str) -> bool:
    """A short line without any punctuation (乡村治理趟出新路子): a section head may look like this; a
    headline that needs a colon, quotes or a comma does not."""
    compact = text.replace(" ", "")
    return 4 <= len(compact) <= MAX_SECTION_HEAD_CHARS and not _HEADING_PUNCTUATION.intersection(compact)


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
    import jieba.posseg as pseg

    clause = re.split(r"[,，。;；:：!！?？]", paragraph[:30], maxsplit=1)[0]
    for piece in pseg.cut(clause):
        word, flag = piece.word, piece.flag
        if flag.startswith("v") or flag == "p":
            return None
        if len(word) >= 2 and flag in _SUBJECT_FLAGS and not word.startswith(_DEICTIC_PREFIXES):
            return word
    return None


def names_its_subject(heading: str, following: Block | None) -> bool:
    """True when the paragraph under a heading opens on the person or thing the heading names
    (`小李的第三次回乡` over `小李今年35岁,……`)."""
    if following is None:
        return False
    subject = _opening_subject(following.text)
    return bool(subject) and subject in heading
