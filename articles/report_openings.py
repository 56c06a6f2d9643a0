"""Does a paragraph open a headless report of its own, printed right after a titled one?

Where no headline, blank line or dateline sets a report apart, its lede still says so by how it opens:

* it names its place down from the city or the region (`近年来,赤峰市松山区……`, `盛夏时节,内蒙古赤峰市喀喇沁旗
  马鞍山村……`) — a report introduces its place once, in full, in its first lines; a paragraph going on with the
  text above names the places that text has already named, or names them short;
* it opens on its place and says where that place lies (`承德某某县地处……`, `某某镇,广西壮族自治区某市某县下辖镇,……`):
  a report introduces a county it has not named yet once, at its head; a paragraph going on with a text locates
  a village or town of the place that text is about (`某某村位于……`);
* it dates itself the way only a lede does, the day in brackets after 今/昨 (`……今(29)日,由……主办的……`): a
  paragraph later in a report says 当天 or repeats no date.

`articles.segmentation` asks this only of a paragraph after a finished text of two paragraphs or more, on pages
whose layout does not separate items (the blank lines of pages that print them only between items decide there).
"""

from __future__ import annotations

import re

from articles.article_body import Draft
from core.text.cleaning import ends_sentence, normalize_for_matching
from core.text.segmentation import tagged

# A short opening phrase of when (`近年来,`, `盛夏时节 ,`, `今年以来,`) before the place: a lede's first words. A
# paragraph opening on the place itself (`四川巴中市……的安居村。`, `成都市蒲江县农业局……`) is a caption or a text
# going on with who did what.
# Or the span since a programme began (`乡村振兴战略实施以来,`): a longer phrase, but one only a lede opens on.
_OPENER = (
    r"(?:[\u4e00-\u9fff\d]{1,6}(?:来|时节|时分|期间|之际|年|月|日|前|后|初|末|底|季|下)"
    r"|[\u4e00-\u9fff]{2,10}(?:实施|开展|启动|提出)以来)\s*[,:]\s*(?:在)?"
)
# Regions named without their 自治区 suffix in running text.
_REGION = (
    r"(?:[\u4e00-\u9fff]{2,3}省|内蒙古(?:自治区)?|广西(?:壮族自治区)?|宁夏(?:回族自治区)?"
    r"|新疆(?:维吾尔自治区)?|西藏(?:自治区)?)"
)
# A city and a county or district under it, optionally under its province: the place named in full.
_CHAIN = re.compile(
    "^" + _OPENER + r"(?P<chain>" + _REGION + r"?[\u4e00-\u9fff]{2,4}?市(?P<county>[\u4e00-\u9fff]{1,5}?(?:区|县|旗)))"
)
# Or a county and a town under it (`近年来,大方县达溪镇……`).
_COUNTY_CHAIN = re.compile(
    "^" + _OPENER + r"(?P<chain>(?P<county>[\u4e00-\u9fff]{2,5}?(?:县|旗))[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))"
)
# `今(29)日,` / `昨(28)日,`: the date a news lede gives, within the lede's first sentence.
_LEDE_DAY = re.compile(r"(?:今|昨)\s*[((]\s*\d{1,2}\s*[))]\s*日\s*[,,]")
MIN_LEDE_CHARS = 30
"""A lede is a paragraph; a line shorter than this naming a place is a picture's caption."""
LEDE_SENTENCE_CHARS = 80
"""How far into a paragraph its first sentence, and the date a lede gives in it, may run."""


def full_place_opening(text: str) -> tuple[str, str] | None:
    """(the chain as printed, its county or district) when `text` opens on a place named down from its city, or None:
    `近年来,赤峰市松山区不断……` -> (赤峰市松山区, 松山区)."""
    opening = normalize_for_matching(text[:LEDE_SENTENCE_CHARS]).lstrip()
    match = _CHAIN.match(opening) or _COUNTY_CHAIN.match(opening)
    return (match.group("chain"), match.group("county")) if match else None


# Or a county named alone after the opener (`近年来,某某县立足……`, `近年来,某某特区……`): a lede where the text above
# never named that county; a district (区) or a city (市) is as often the subject of a paragraph going on with a text.
_COUNTY_OPENING = re.compile(
    "^"
    + _OPENER
    + r"(?P<chain>(?P<county>[\u4e00-\u9fff]{2,4}?(?:自治县|县|旗|特区)))(?![\u4e00-\u9fff]{1,5}?(?:镇|乡))"
)
# A county-level place or larger (optionally under its region and city) and the verb that locates it:
# `承德兴隆县地处……`, `河南省某某县位于……`. A town or village so located is more often a part of the text above
# than a new report's head.
_LOCATED_COUNTY = re.compile(
    r"^(?P<chain>" + _REGION + r"?(?:[\u4e00-\u9fff]{2,4}?(?:市|州|盟))?"
    r"(?P<county>[\u4e00-\u9fff]{1,5}?(?:县|区|旗|市)))(?:,)?(?:地处|位于)"
)
# A town defined by its chain, the way a gazetteer entry opens: `京南镇,广西壮族自治区梧州市苍梧县下辖镇,`.
_DEFINED_TOWN = re.compile(
    r"^[\u4e00-\u9fff]{1,6}?(?:镇|乡),(?P<chain>" + _REGION + r"?[\u4e00-\u9fff]{2,4}?(?:市|州|盟)"
    r"(?P<county>[\u4e00-\u9fff]{1,5}?(?:县|区|旗|市)))下辖(?:镇|乡)"
)
# Or by what kind of town it is, the appositive ending on its own class noun (`某某镇,全国百强产粮大镇、……`): the
# town, named for the first time, is the subject of the report.
_TOWN_AND_ITS_KIND = re.compile(
    r"^(?P<chain>(?P<county>[\u4e00-\u9fff]{1,6}?(?P<kind>镇|乡))),[\u4e00-\u9fff]{2,16}?(?P=kind)[、,]"
)


# A county and what it is, in a description (`封开县,一片北回归线上碧水浸润的广袤土地,……`): a feature's lede
# introducing its place.
_DESCRIBED_COUNTY = re.compile(
    r"^(?P<chain>(?P<county>[\u4e00-\u9fff]{2,4}?(?:自治县|县|旗))),(?:一|这)(?:片|座|方|个)[\u4e00-\u9fff]"
)
# A town and the policy it carries out, the way a government report's lede opens (`某某镇认真贯彻落实《……》,`).
_TOWN_CARRYING_OUT = re.compile(
    r"^(?P<chain>(?P<county>[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)))(?:认真|深入|全面)?(?:贯彻落实|紧紧围绕)"
)


def located_place_opening(text: str) -> tuple[str, str] | None:
    """(the chain as printed, its county) when `text` opens on a county-level place and where it lies, or on a town and
    the chain it belongs to (a gazetteer's definition), or None: `承德兴隆县地处京、津……` -> (承德兴隆县, 兴隆县)."""
    opening = normalize_for_matching(text[:LEDE_SENTENCE_CHARS]).lstrip()
    match = (
        _LOCATED_COUNTY.match(opening)
        or _DEFINED_TOWN.match(opening)
        or _TOWN_AND_ITS_KIND.match(opening)
        or _DESCRIBED_COUNTY.match(opening)
        or _TOWN_CARRYING_OUT.match(opening)
    )
    if match is None:
        match = _COUNTY_OPENING.match(opening)
        if match is not None and not _is_one_place_word(opening[match.start("county") :], match.group("county")):
            return None  # `2012年,还未撤县设区的……`: a clause that happens to end on 县
    return (match.group("chain"), match.group("county")) if match else None


def _is_one_place_word(text: str, county: str) -> bool:
    """`text` opens on `county` read as one place name (`休宁县` / `立足`), not on words that end on its suffix."""
    first = next(iter(tagged(text[: len(county) + 4])), None)
    return first is not None and first[0] == county and first[1] == "ns"


# A town under its county and where it lies (`邵东县某某乡位于大云山脚下`): under a headline, a report's first words.
_LOCATED_TOWN = re.compile(
    r"^(?P<chain>(?P<county>[\u4e00-\u9fff]{2,5}?(?:县|区|旗|市))[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)),?(?:地处|位于)"
)


def locates_a_county_not_seen(text: str, seen: str) -> bool:
    """True when paragraph `text` opens by saying where its county, or a town under its county, lies, and `seen` (the
    headline and text above) never names that county: under a headline, the lede of another report."""
    opening = normalize_for_matching(text[:LEDE_SENTENCE_CHARS]).lstrip()
    match = _LOCATED_COUNTY.match(opening) or _LOCATED_TOWN.match(opening)
    if match is None:
        return False
    county = match.group("county")
    return not any(name in seen for name in {county[-3:-1], county[-2:]})


def dates_like_a_lede(text: str) -> bool:
    """`一栋栋的控温大棚……今(29)日,由……主办的……来到龙江县`: the first sentence gives the day in brackets."""
    first_sentence = normalize_for_matching(text[:LEDE_SENTENCE_CHARS]).split("。")[0]
    return bool(_LEDE_DAY.search(first_sentence))


def opens_headless_report(text: str, headline: str, earlier_text: str) -> bool:
    """True when paragraph `text`, printed after a text with headline `headline` (may be empty) and paragraphs
    `earlier_text`, opens a report of its own: it names in full a place that text never named so, and not the
    place of its headline; or it dates itself like a lede where that text never did."""
    opening = full_place_opening(text)
    if opening is not None:
        chain, county = opening
        return len(text) >= MIN_LEDE_CHARS and chain not in earlier_text and county[:-1] not in headline
    located = located_place_opening(text)
    if located is not None:
        # Where it lies is said once, where the county is first named: not when the text above named it already.
        # The county's name may be printed under a city name the pattern cannot split off (`承德兴隆县`): its last
        # characters with and without the suffix (兴隆, 隆县) stand for it.
        county = located[1]
        names = {county[-3:-1], county[-2:]}
        return len(text) >= MIN_LEDE_CHARS and not any(name in earlier_text or name in headline for name in names)
    return dates_like_a_lede(text) and not dates_like_a_lede_anywhere(earlier_text)


def dates_like_a_lede_anywhere(text: str) -> bool:
    return bool(_LEDE_DAY.search(normalize_for_matching(text)))


MIN_PARAGRAPHS_BEFORE = 2
"""A text of one paragraph may be a lede still being set up; two finished ones make a text a new lede can follow."""


def opens_report_after(current: Draft, text: str) -> bool:
    """`opens_headless_report` for paragraph `text` after the open draft `current`, once `current` holds a finished
    text of its own (not a picture item)."""
    if current.photo or len(current.paragraphs) < MIN_PARAGRAPHS_BEFORE:
        return False
    if not ends_sentence(current.last_paragraph_text() or ""):
        return False
    if current.pieces[-1].section:
        return False  # the paragraph right under a heading read as the text's section head goes on under it
    if full_place_opening(text) is None and located_place_opening(text) is None and not dates_like_a_lede(text):
        return False  # most paragraphs: no need to gather the draft's text (this runs on every paragraph)
    headline = " ".join(block.text for block in current.heading)
    earlier = "".join(piece.block.text for piece in current.paragraphs)
    return opens_headless_report(text, headline, earlier)
