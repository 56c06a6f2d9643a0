"""Content cues of a paragraph's opening words, for pages whose layout no longer shows where items part.

Where no blank line, indent or headline sets two items apart, the words do: a report's lede says when and
where (`近来,在某某县……`), a paragraph that points back (`这一年,`, `为此,`) or opens on a connective or a
village named without its county goes on with the text above, and a quoted two-clause slogan heads a part
of a text. A line's end can tell too: a photographer's credit closes a caption (`……。张卉/摄`), and a name-only
caption (`瑷珲乡野公园 摄影 吕岩`) labels a picture inside the text it illustrates. `articles.segmentation` and
`articles.section_heads` weigh these with the layout's cues.
"""

from __future__ import annotations

import re

from articles.bylines import split_trailing_credit
from core.text.cleaning import normalize_for_matching
from core.text.segmentation import tagged

# A report's lede: when (a recent span, not a date the text above may go on with) and where, by a full name of
# a county or a larger place (`近来,在四川凉山彝族自治州越西县,…`, `连日来,和布克赛尔蒙古自治县水利局…`).
_REPORT_LEDE = re.compile(
    r"^(?:近日|近来|连日来|日前)[,:](?:在)?(?!记者|笔者|我们)[\u4e00-\u9fff]{2,14}?(?:省|自治区|自治州|自治县|县|旗|盟)"
    # or who: a ministry or a bureau issuing something (`近日,农业农村部公布了……`).
    r"|^(?:近日|日前)[,:][\u4e00-\u9fff]{2,10}?(?:(?<!干)部|委|局|厅)(?:公布|发布|印发|公示|认定|命名|下发|出台)"
)
# A date, then a place named down from its city (`2月3日,沈阳市铁西区……`): the lede of a dated item.
_DATED_LEDE = re.compile(
    r"^\d{1,2}月\d{1,2}日[,:](?:在)?[\u4e00-\u9fff]{2,6}?(?:省|自治区|市)[\u4e00-\u9fff]{1,8}?(?:市|区|县|旗)"
)


# A report that opens on its place named down from its county or city (`大安市两家子镇同德村以……`).
_PLACE_LEDE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:市|县|旗)[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)")

# A date, then a town named under its county or city (`5月26日,五莲县松柏镇露天大樱桃……`): a report's lede.
_DATED_TOWN_LEDE = re.compile(
    r"^\d{1,2}月\d{1,2}日[,:](?:在)?[\u4e00-\u9fff]{2,6}?(?:市|县|旗)[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)"
)

LEDE_WINDOW = 40
"""A lede's date and place come first: only the opening characters are examined."""


def opens_report(text: str, *, dates_count: bool = True) -> bool:
    """`dates_count=False` inside a datelined report, whose paragraphs may go on with dated events."""
    norm = normalize_for_matching(text[:LEDE_WINDOW]).lstrip()
    return bool(_REPORT_LEDE.match(norm) or (dates_count and _DATED_LEDE.match(norm)))


def opens_dated_report(text: str) -> bool:
    """True when `text` opens on a date and a town named under its county or city (`5月26日,五莲县松柏镇……`): the
    lede of a report of its own; a part of a feature goes on with a place the text has already named."""
    norm = normalize_for_matching(text[:LEDE_WINDOW]).lstrip()
    return bool(_DATED_TOWN_LEDE.match(norm) or _DATED_LEDE.match(norm))


def opens_on_full_place(text: str) -> bool:
    """True when `text` opens on a town named under its county or city: how a report says where it happens
    first, where a paragraph going on with a text names the town alone."""
    return bool(_PLACE_LEDE.match(normalize_for_matching(text[:LEDE_WINDOW]).lstrip()))


# A news lede opens on when it happened: `10日,`, `3月5日,`, `近日,`, `日前,`.
_LEDE_OPENING = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|近期|昨天|昨日|今天)[,:]")


def opens_on_its_date(text: str) -> bool:
    """True when `text` opens the way a news lede does, on when it happened (`1月9日,记者从……`)."""
    return bool(_LEDE_OPENING.match(normalize_for_matching(text[:LEDE_WINDOW]).lstrip()))


def is_quoted_slogan(text: str) -> bool:
    """A whole line in quotes holding two clauses (`“人均两头牛,脱贫致富不用愁”`): a slogan set over a part of
    a text; a quoted headline is one utterance."""
    norm = normalize_for_matching(text).strip()
    return norm.startswith("“") and norm.endswith("”") and norm.count("“") == 1 and "," in norm


# A place name and the level its suffix gives it (smaller places have higher numbers); the shortest name
# that ends in a suffix wins, and two-character suffixes come first so 春江社区 is not read as 春江社 + 区.
_LEVEL_OF_SUFFIX = {"社区": 4, "村": 4, "街道": 3, "镇": 3, "乡": 3, "县": 2, "区": 2, "市": 1}
_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{2,5}?(?:社区|街道|村|镇|乡|县|区|市)")
# A paragraph may open on a place seen from the last one: 在附近的华山村, 相邻的错高村.
_OPENING_PLACE_RE = re.compile(r"(?:在)?(?:(?:附近|相邻|邻近|周边)的)?(" + _PLACE_RE.pattern + ")")


def _place_level(name: str) -> int:
    return next(level for suffix, level in _LEVEL_OF_SUFFIX.items() if name.endswith(suffix))


def opens_on_smaller_place(headline: str, paragraph: str) -> bool:
    """True when `paragraph` opens on a place of a lower level than the first place `headline` names
    (a 镇 headline over a paragraph opening on one of its villages or a nearby one)."""
    headline_place = _PLACE_RE.search(headline)
    opening = _OPENING_PLACE_RE.match(paragraph)
    if headline_place is None or opening is None:
        return False
    return _place_level(opening.group(1)) > _place_level(headline_place.group())


# Words that tie a paragraph to the text before it (无独有偶: "likewise"): it goes on with an article, it
# never opens one.
_CONNECTIVE_OPENING = re.compile(r"^(?:无独有偶|与此同时|不仅如此|除此之外|除此以外|此外|另外|同样)")
_TOWN_LEVEL = 3


# Openers that point back at the text above (`这一年,`, `该村`, `为此`): a paragraph like this goes on with an
# article, it never opens one.
_BACK_REFERENCE = re.compile(
    r"^(?:这一年|这一天|这一次|这些年|这里|这时|此后|此前|为此|对此|由此|因此|然而|但是|同时|随后|该(?:村|镇|乡|县|市|区|社区|公司|合作社))"
)


def refers_back(paragraph: str) -> bool:
    return bool(_BACK_REFERENCE.match(normalize_for_matching(paragraph[:LEDE_WINDOW]).lstrip()))


def opening_small_place(paragraph: str) -> str | None:
    """The town or village a paragraph opens on (`岗藏村易地搬迁项目……` -> 岗藏村), or None."""
    opening = _PLACE_RE.match(normalize_for_matching(paragraph).lstrip())
    if opening is None or _place_level(opening.group()) < _TOWN_LEVEL:
        return None
    return opening.group()


def small_places(text: str) -> set[str]:
    """Towns and villages a line names by their suffix with a name of three characters or more (`骆驼湾村民唐荣美:……`
    -> {骆驼湾村}); two characters before the suffix are too often a common noun (贫困村, 示范村)."""
    found = (m.group() for m in _PLACE_RE.finditer(normalize_for_matching(text)))
    return {p for p in found if _place_level(p) >= _TOWN_LEVEL and len(p) - _suffix_length(p) >= MIN_NAMED_PLACE_CHARS}


MIN_NAMED_PLACE_CHARS = 3


def places_named(text: str) -> set[str]:
    """Every place a text names by its suffix, at any level (`在彭水县三义乡莲花村` -> 彭水县, 三义乡, 莲花村)."""
    return {m.group() for m in _PLACE_RE.finditer(normalize_for_matching(text))}


MIN_PLACE_CHAIN = 2


def place_chain(text: str) -> set[str]:
    """Places a line names down a chain of levels (`走进静海区团泊镇团泊村:……` -> 区, 镇 and 村 names), or an empty set
    when it names fewer than two levels: a headline that says where its report happens from the top down."""
    found = {m.group(): _place_level(m.group()) for m in _PLACE_RE.finditer(normalize_for_matching(text))}
    return set(found) if len(set(found.values())) >= MIN_PLACE_CHAIN else set()


def _suffix_length(name: str) -> int:
    return next(len(suffix) for suffix in _LEVEL_OF_SUFFIX if name.endswith(suffix))


def continues_earlier_text(paragraph: str) -> bool:
    """True when `paragraph` reads as the next part of a text already under way: it opens with a
    connective, or on a town or village named without its county or city (the reader knows where)."""
    text = normalize_for_matching(paragraph).lstrip()
    if _CONNECTIVE_OPENING.match(text):
        return True
    opening = _PLACE_RE.match(text)
    return opening is not None and _place_level(opening.group()) >= _TOWN_LEVEL


_LABEL_PUNCTUATION = re.compile(r"[,，。;；:：!！?？、“”\"()（）]")
MAX_PICTURE_LABEL_CHARS = 16
MAX_CREDIT_TAIL_CHARS = 30


def is_picture_label(text: str) -> bool:
    """A photographer-credited line whose caption is a name only, no clause (`瑷珲乡野公园 摄影 吕岩`)."""
    if len(text) > MAX_PICTURE_LABEL_CHARS + MAX_CREDIT_TAIL_CHARS:
        return False
    names, credit_start = split_trailing_credit(text)
    if not names:
        return False
    label = normalize_for_matching(text[:credit_start]).strip()
    return (
        "摄" in text[credit_start:]
        and 2 <= len(label) <= MAX_PICTURE_LABEL_CHARS
        and not _LABEL_PUNCTUATION.search(label)
    )


def photo_captioned(text: str) -> bool:
    """A line closed by its photographer's credit (`……。张卉/摄`, `瑷珲乡野公园 摄影 吕岩`)."""
    names, credit_start = split_trailing_credit(text)
    return bool(names) and "摄" in text[credit_start:]


# How a picture's caption opens or what it says of the picture: `图为…`, `左图:…`, `拼版照片:…`, `这是…拍摄的…`,
# or a bracketed shooting note (`(8月2日摄)`, `(无人机照片)`, `(资料照片)`).
_CAPTION_OPENING = re.compile(
    r"^(?:[▲△↑]|图为|(?:上|下|左|右)图[为::]|(?:拼版|资料|无人机)照片[::]|这是[^,。]{0,20}拍摄的)"
)
_SHOT_NOTE = re.compile(r"[((][^()()]{0,20}(?:摄|照片)[^()()]{0,12}[))]")


def reads_as_caption(text: str) -> bool:
    """True when `text` has a caption's own wording: it opens the way captions open, notes how the picture was
    taken, or closes with its photographer's credit. A comma-bearing line over such a caption is its headline,
    not a sentence cut by the layout (`西藏林芝:易地搬迁,迎来幸福新生活` / `这是5月29日拍摄的……`)."""
    norm = normalize_for_matching(text).strip()
    return bool(_CAPTION_OPENING.match(norm) or _SHOT_NOTE.search(norm)) or photo_captioned(text)


MIN_RESTATED_HEADING_CHARS = 8
RESTATED_BIGRAM_SHARE = 0.75
_HANZI_RUN = re.compile(r"[\u4e00-\u9fff]+")


def restates_heading(heading: str, paragraph: str) -> bool:
    """The first sentence of `paragraph` says again what a headline of two phrases or more says (`进入采摘季 某地
    猕猴桃购销两旺` over `进入采摘季之后,某地红心猕猴桃购销两旺。`): the lede of a news report under its headline.
    A topic line heading a part of a text is a word or two, and the part goes on from it."""
    heading_words = _HANZI_RUN.findall(normalize_for_matching(heading))
    if len(heading_words) < 2 or sum(map(len, heading_words)) < MIN_RESTATED_HEADING_CHARS:
        return False
    first_sentence = re.split(r"[。!?!?]", normalize_for_matching(paragraph), maxsplit=1)[0]
    bigrams = [word[k : k + 2] for word in heading_words for k in range(len(word) - 1)]
    found = sum(bigram in first_sentence for bigram in bigrams)
    return bool(bigrams) and found >= RESTATED_BIGRAM_SHARE * len(bigrams)


# A headline's topic before its colon (`某省某县:……`, `某市某区:……`).
_TOPIC_BEFORE_COLON = re.compile(r"^([\u4e00-\u9fff]{2,10})[::]")
PLACE_STEM_CHARS = 2
_COUNTY_LEVEL = 2


def colon_topic_place(heading: str, paragraph: str) -> tuple[str, int] | None:
    """The place a headline's topic names before its colon, as the stem the paragraph under it names the place by
    and that place's level (`江苏某阳:……` over `……位于江苏省的某阳县……` -> (某阳, 2)), or None. A topic is a place
    when it ends on the place's name or the paragraph under it names a place ending on the topic's last words."""
    match = _TOPIC_BEFORE_COLON.match(normalize_for_matching(heading).strip())
    if match is None:
        return None
    topic = match.group(1)
    own = _PLACE_RE.fullmatch(topic)
    if own is not None:
        name = own.group()
        return name[: len(name) - _suffix_length(name)][-PLACE_STEM_CHARS:], _place_level(name)
    stem = topic[-PLACE_STEM_CHARS:]
    for place in places_named(paragraph[:LEDE_WINDOW]):
        if place[: len(place) - _suffix_length(place)].endswith(stem):
            return stem, _place_level(place)
    return None


def heads_report_on_another_place(heading: str, paragraph: str, headline: str, earlier_text: str) -> bool:
    """True when a one-line headline names before its colon a place the open article never names, as large as the
    place that article's headline names (a county or larger where it names none), over a paragraph that names it
    again: a report on another place (`某省某县:……` after a feature on a neighbouring county). A part of a feature
    heads on one of the feature's own villages or a place the text has already taken the reader to."""
    found = colon_topic_place(heading, paragraph)
    if found is None:
        return False
    stem, level = found
    if stem in earlier_text or stem in headline:
        return False
    headline_place = _PLACE_RE.search(normalize_for_matching(headline))
    ceiling = _place_level(headline_place.group()) if headline_place is not None else _COUNTY_LEVEL
    return level <= ceiling


MAX_AT_WORK_LABEL_CHARS = 20
_NOUN_TAGS = ("n", "nr", "ns", "nt", "nz")


def shows_someone_at_work(text: str) -> bool:
    """A short unpunctuated line where someone is doing something to something (`发玉坝区群众在采摘蔬菜`: a noun, 在, a
    verb and its object): the progressive of a picture's label. A headline's 在 frames a place or a time (`村民在家门口
    就业`, `青春在奋斗中闪光`), it does not show a deed under way."""
    norm = normalize_for_matching(text).strip()
    if not 4 <= len(norm) <= MAX_AT_WORK_LABEL_CHARS or _LABEL_PUNCTUATION.search(norm):
        return False
    tokens = list(tagged(norm))
    for k in range(1, len(tokens) - 2):
        word, tag = tokens[k]
        if word != "在" or tag != "p":
            continue
        before, verb, after = tokens[k - 1][1], tokens[k + 1][1], tokens[k + 2][1]
        if before in _NOUN_TAGS and verb == "v" and after in _NOUN_TAGS:
            return True
    return False
