"""Does the text under a heading go on with the open article? Cues read from the places the text and its headline
have already named, where the layout sets no heading apart (exports without blank lines).

A new report says where it happens from the county or the city down; a part of a text goes on at a place the text
has brought the reader to, named short (`官滩镇` after `……盱眙县官滩……`), or at the place its headline names
(`放眼昌吉` under `……新疆昌吉市……`, the first head under a feature's standfirst). `articles.heading_decisions` weighs
these with the layout's cues.
"""

from __future__ import annotations

import re

from articles.article_body import Draft, headline_parts
from articles.page_blocks import MIN_PARAGRAPH_CHARS, Block
from articles.paragraph_cues import LEDE_WINDOW, places_named
from articles.section_heads import _may_go_on_under_a_heading
from core.text.cleaning import normalize_for_matching
from core.text.segmentation import tagged

# A town named in the first clause of a paragraph, after its opening words (`夏季还没到,官滩镇的……`).
_TOWN_IN_OPENING = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:镇|乡|街道)")
OPENING_CLAUSE_CHARS = 16


def names_a_town_its_text_named(current: Draft, following: Block | None) -> bool:
    """True when the paragraph under a heading names early on a town whose name the open article's text has already
    printed, even without its suffix (`……盱眙县官滩这一幅画卷……` then `夏季还没到,官滩镇的小龙虾……`): the text goes
    on there. A new report would name its place from the county or city down."""
    if following is None or not _may_go_on_under_a_heading(current, following):
        return False
    opening = normalize_for_matching(following.text).lstrip()[:OPENING_CLAUSE_CHARS]
    earlier = "".join(piece.block.text for piece in current.paragraphs)
    # The match may take in words before the name (`今年官滩镇`): any tail of two characters or more may be the name.
    names = (match.group(1) for match in _TOWN_IN_OPENING.finditer(opening))
    return any(name[k:] in earlier for name in names for k in range(len(name) - 1))


_PLACE_SUFFIXES = ("自治州", "自治县", "地区", "市", "县", "区", "州", "盟", "旗")
MIN_STEM_CHARS = 2


def _place_stems(text: str) -> set[str]:
    """The names a headline's places go by without their suffix (`新疆昌吉市` -> 昌吉)."""
    stems: set[str] = set()
    for place in places_named(text):
        for suffix in _PLACE_SUFFIXES:
            if place.endswith(suffix) and len(place) - len(suffix) >= MIN_STEM_CHARS:
                stems.add(place[-len(suffix) - MIN_STEM_CHARS : -len(suffix)])
                break
    return stems


def first_head_under_standfirst(current: Draft, below: list[Block]) -> bool:
    """True when the open article is a titled, unsigned standfirst of one paragraph (a picture's label aside) and the
    text under the heading names early on the place its headline names (`风景这边独好——新疆昌吉市……` / one paragraph /
    `口袋鼓囊囊` / `……放眼昌吉,……`): a feature's first part. A short opening line (`横于“成渝之星”,纵享绿水青山。`) may
    come first; a report of its own after a one-paragraph brief names its place in full, not short.
    `below` is the blocks under the heading, in page order."""
    if not current.heading or current.byline_names() or not below:
        return False
    if sum(len(piece.block.text) > MIN_PARAGRAPH_CHARS for piece in current.paragraphs) != 1:
        return False
    following = below[0]
    if not _may_go_on_under_a_heading(current, following):
        return False
    opening = normalize_for_matching(following.text[:LEDE_WINDOW])
    if len(following.text) <= MIN_PARAGRAPH_CHARS and len(below) > 1 and _is_plain_paragraph(below[1]):
        opening += normalize_for_matching(below[1].text[:LEDE_WINDOW])
    title = headline_parts(current.heading)[0] or ""
    return any(stem in opening for stem in _place_stems(normalize_for_matching(title)))


def _is_plain_paragraph(block: Block) -> bool:
    return block.credit is None and not block.heading_candidate and not block.is_caption_mark


_COUNTY_SUFFIXES = ("自治县", "县", "区", "旗")
_NOT_A_NAME = frozenset("全该本各我此两三城山景园社")


# A lede's short opening phrase of when (`前不久,`, `近年来,`), then its place.
_WHEN_THEN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}[,,](?:在)?")
PLACE_WINDOW = 10


def opens_on_a_county_not_named(current: Draft, following: Block | None) -> bool:
    """True when the paragraph under a heading opens like a lede, on when and then on a county or district the open
    article's text never names (`前不久,桃江县……` under a head after a report on 资阳区长春镇): a report on another
    place begins there. A part of a text opening on a county at once (`某县大力发展……`) is read elsewhere."""
    if following is None or following.credit is not None or following.heading_candidate:
        return False
    norm = normalize_for_matching(following.text).lstrip()
    when = _WHEN_THEN_PLACE.match(norm)
    if when is None:
        return False
    window = norm[when.end() : when.end() + PLACE_WINDOW]
    earlier = "".join(piece.block.text for piece in current.paragraphs)
    for place in places_named(window):
        suffix = next((s for s in _COUNTY_SUFFIXES if place.endswith(s)), None)
        if suffix is None or not window.startswith(place) or len(place) - len(suffix) < MIN_STEM_CHARS:
            continue
        if place[-len(suffix) - 1] in _NOT_A_NAME:
            continue  # `今年,全县`, `该区`: the text's own county, pointed at
        if place[-len(suffix) - MIN_STEM_CHARS : -len(suffix)] not in earlier:
            return True
    return False


MIN_PERSON_NAME_CHARS = 2
_PLACE_SUFFIX_CHARS = tuple("省市州盟县旗区镇乡村")


def opens_on_a_person_it_named(current: Draft, following: Block | None) -> bool:
    """True when the paragraph under a heading opens on a person the open article's text has already named
    (`赵立坚在推特上提及的养蚕……` under a feature that quoted 赵立坚): the text goes on with someone the reader knows;
    a new report introduces its people with their office or place first."""
    if following is None or not _may_go_on_under_a_heading(current, following):
        return False
    first = next(iter(tagged(normalize_for_matching(following.text).lstrip()[:OPENING_CLAUSE_CHARS])), None)
    if first is None or not first[1].startswith("nr") or len(first[0]) < MIN_PERSON_NAME_CHARS:
        return False
    if first[0].endswith(_PLACE_SUFFIX_CHARS):
        return False  # `青禾县` read as a name by the tagger: a place, the way a new report opens
    return any(first[0] in piece.block.text for piece in current.paragraphs)
