"""The shapes of a page's short lines: headline parts, column labels, kickers, series names and section numbers.

A headline line may carry more than the headline: a column's name before a bar (`影像记录|……`) or in black
brackets, a series name in brackets after it, a subtitle's dash. Column labels (`评论`, `区内动态`) and section
numbers (`01`, `二、`) are lines of their own that head no article. These are pure questions about one line's
text; `articles.page_blocks` and `articles.article_body` ask them.
"""

from __future__ import annotations

import re

from core.text.cleaning import normalize_for_matching

_SUBTITLE_DASH = re.compile(r"^(?:——|—|--|－－|─)+\s*")
_COLUMN_LABEL = re.compile(
    r"(评论|时评|短评|社评|言论|观点|论坛|杂谈|随笔|动态|简讯|快讯|短讯|速递|速览|简报|资讯|要闻|专栏|[谈说论评])$"
)
COLUMN_LABEL_WORD = _COLUMN_LABEL
"""The word a column's name ends on (评论, 简讯, 要闻): a label that names a column, not a part of a text."""
COMMENTARY_LABEL = re.compile(r"(评论|时评|短评|社评|言论|观点|论坛|杂谈|随笔|[谈说论评])$")
# Page and column names joined by a middle dot (脱贫攻坚·乡村振兴, 定西·三农): a banner, not a headline.
_DOTTED_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,10}[·•・][\u4e00-\u9fff]{2,8}$")
BRIEF_LABEL = re.compile(r"(动态|简讯|快讯|短讯|速递|速览|简报|资讯|一句话新闻)$")


def is_subtitle_line(text: str) -> bool:
    return bool(_SUBTITLE_DASH.match(normalize_for_matching(text[:4])))


_TRAILING_DASH = re.compile(r"\s*(?:——|—|--|－－|─)+$")


def strip_subtitle_dash(text: str) -> str:
    return _TRAILING_DASH.sub("", _SUBTITLE_DASH.sub("", text)).strip()


_BRACKETED = re.compile(r"^[【\[〖][^】\]〗]{2,24}[】\]〗]$")


def is_column_label(text: str) -> bool:
    """A short line naming a page column (区内动态, 评论, 恩施新闻·乡村振兴, 【脱贫攻坚基层采访行·修文站】) rather
    than an article."""
    compact = re.sub(r"\s+", "", text)
    if _BRACKETED.match(compact):
        return True
    if _DOTTED_LABEL.match(normalize_for_matching(compact)):
        return True
    return len(compact) <= 5 or (len(compact) <= 8 and bool(_COLUMN_LABEL.search(compact)))


def label_segment(text: str) -> str | None:
    """The column label printed at the end of a banner line (`强化社会治理 共建和谐家园 党委书记谈`)."""
    segments = text.split()
    if len(segments) >= 2 and len(segments[-1]) <= 6 and _COLUMN_LABEL.search(segments[-1]):
        return segments[-1]
    return None


def is_parallel_phrase(text: str) -> bool:
    """Two or more balanced short phrases separated by spaces: the shape of kickers and
    subtitles (`下足绣花功夫 注重产业扶贫`), rarely of a main headline."""
    segments = normalize_for_matching(text).split()
    if len(segments) < 2:
        return False
    lengths = [len(s) for s in segments]
    return all(2 <= n <= 10 for n in lengths) and max(lengths) <= 1.5 * min(lengths)


# A series or column name in brackets closing a headline: `……生活变模样(走向我们的小康生活)`.
_TRAILING_SERIES = re.compile(r"^(?P<head>.*[^\s(])\s*\((?P<series>[\u4e00-\u9fff“”]{4,16})\)$")
# A kicker or column name set before the headline on its line: `云新闻联动丨……`, `锚定现代化 | 陕西……`.
_KICKER_BAR = re.compile(r"\s*[丨|▏｜]\s*")


def split_trailing_series(text: str) -> tuple[str, str | None]:
    """(headline, series name) of a headline closed by a bracketed series name; (text, None) otherwise."""
    match = _TRAILING_SERIES.match(normalize_for_matching(text).strip())
    if match is None or "," in match["head"] or "。" in match["head"]:
        return text, None
    return match["head"].strip(), match["series"]


# A column name in black brackets before the headline on its line: `【三农思考】以……为例看……路径`.
_BRACKETED_KICKER = re.compile(r"^【(?P<kicker>[^】]{2,10})】\s*(?P<title>[^【】]{4,})$")


def split_kicker_bar(text: str) -> tuple[str, str | None]:
    """(headline, kicker) of a line that prints a column name or kicker before `丨`/`|`; (text, None) otherwise."""
    bracketed = _BRACKETED_KICKER.match(text.strip())
    if bracketed is not None:
        return bracketed["title"], bracketed["kicker"]
    parts = _KICKER_BAR.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or len(parts[0]) < 2 or len(parts[1]) < 4:
        return text, None
    if is_parallel_phrase(parts[1]) and not is_parallel_phrase(parts[0]):
        return parts[0], parts[1]  # `产业“星火”照亮“致富路”▏脱贫攻坚 清新担当`: a series slogan after the headline
    return parts[1], parts[0]


# A line holding only a section number or letter (`A`, `01`, `二、`, `③`): it opens a section of the
# article around it, the way a feature numbers its parts; it never heads an article.
_SECTION_MARKER = re.compile(r"^(?:[A-Za-z]|\d{1,2}|[一二三四五六七八九十]{1,3}|[①②③④⑤⑥⑦⑧⑨⑩])[、.．]?$")


def is_section_marker(text: str) -> bool:
    return bool(_SECTION_MARKER.match(text.strip()))


MIN_HEADLINE_SENTENCE_CHARS = 18
_QUOTED_SPAN = re.compile(r"“[^”]*”|‘[^’]*’|《[^》]*》")


def is_headline_sentence(text: str) -> bool:
    """Two clauses joined by a comma, no colon, longer than a section head (`“红绿”融合发展,为丽水高质量绿色发展注入
    新动能`): the shape of an article's headline; a feature's section heads are a phrase (`茶旅融合`) or a topic and its
    colon (`兴村: 从“出山”到“回流”,乡村焕发新生机`)."""
    compact = text.replace(" ", "").replace("\u3000", "")
    bare = _QUOTED_SPAN.sub("", compact)
    return (
        len(re.sub(r"[“”‘’]", "", compact)) >= MIN_HEADLINE_SENTENCE_CHARS
        and ("," in bare or "，" in bare)
        and not any(mark in bare for mark in ":：。;；")
    )


# Two phrases of a headline set apart by a space (`以田园、家园、乐园“三园一体”为抓手 某区全力建设……样板地`).
_SPACED_PHRASES = re.compile(r"(?<=[\u4e00-\u9fff”])[ \u3000]+(?=[\u4e00-\u9fff“])")
MIN_SPACED_PHRASE_CHARS = 6
MAX_LISTED_WORD_CHARS = 4


def is_spaced_headline_with_list(text: str) -> bool:
    """Two long phrases set apart by a space, one of them listing short words with 、 (`田园、家园、乐园`), no comma: a
    headline's list, where running text would list its items in a clause of a sentence (,…、…,)."""
    norm = normalize_for_matching(text).strip()
    if "," in norm or "、" not in norm or any(mark in norm for mark in ":;。!?"):
        return False
    phrases = _SPACED_PHRASES.split(norm)
    if len(phrases) != 2 or any(len(phrase) < MIN_SPACED_PHRASE_CHARS for phrase in phrases):
        return False
    # Every word of the list is short: the words between two 、 are the listed ones.
    listed = [word for phrase in phrases for word in phrase.split("、")[1:-1]]
    return all(len(_QUOTED_SPAN.sub("", word)) <= MAX_LISTED_WORD_CHARS for word in listed)


# A column's name and its bar opening a headline line (`云新闻联动丨云南冬日土地……`).
# The headline after the bar is a phrase; a name after a role word (`记者|王仲昀`) is a credit.
_COLUMN_BAR_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,10}\s*[丨|▏｜]\s*[\u4e00-\u9fff“][^丨|▏｜]{5,}$")


def opens_with_column_bar(text: str) -> bool:
    """A headline line printed under its column's name and a bar: an article's headline, never a section head."""
    return bool(_COLUMN_BAR_OPENING.match(normalize_for_matching(text).strip()))


# `(上接第1版)`, `上接第一版`, `下转A03版`, `(转第4版)`: the page says where a report goes on or came from.
_JUMP_LINE = re.compile(
    r"^[(\[【]?\s*(?P<way>上接|接上|接|下转|转下|转至|转)\s*(?:第|本报)?\s*[0-9A-Za-z一二三四五六七八九十]{1,4}\s*版"
    r"\s*[)\]】]?$"
)


def jump_line(text: str) -> str | None:
    """`"from"` for a line saying the text under it continues a report begun on another page (`(上接第1版)`),
    `"to"` for one saying the text goes on elsewhere (`下转A03版`), None for any other line. Either is a note
    of the page's make-up: never a headline, never a sentence of the text."""
    match = _JUMP_LINE.match(normalize_for_matching(text).strip())
    if match is None:
        return None
    return "from" if "接" in match["way"] else "to"


# `南宁7月20日电 题:从……到…… 某地“极贫角落”展焕新颜`: a wire dateline that names the report's headline after `题:`.
_WIRE_TITLE = re.compile(r"^[^\s,,。::]{0,20}?[0-9]{1,2}月[0-9]{1,2}日(?:电|讯|消息)\s*题[::]\s*(?=\S{4,})")


def without_wire_dateline(title: str) -> str:
    """The headline a wire dateline line gives after `题:`; the line unchanged when it is no such line."""
    match = _WIRE_TITLE.match(normalize_for_matching(title).strip())
    return title.strip()[match.end() :] if match else title


MAX_QUESTION_OVER_BYLINE_CHARS = 40
_CLAUSE_MARKS = re.compile(r"[,,;;。:]")


def is_question_over_byline(text: str, byline_follows: bool) -> bool:
    """`某村人均年收入达3万元 这个村是怎么做到的?` over a reporter's credit line: a headline asking a question (its
    halves set apart by a space, no comma), not a sentence of a text — a text's question is a clause after a comma
    or inside quotes, and no credit line follows it."""
    norm = normalize_for_matching(text).strip()
    return (
        byline_follows
        and norm.endswith("?")
        and len(norm) <= MAX_QUESTION_OVER_BYLINE_CHARS
        and not _CLAUSE_MARKS.search(norm)
        and not _QUOTED_SPAN.search(norm)
    )


# `某某市某某县:……`: a city and one of its counties, then a colon — a report's headline names its place so in full;
# a section of a text names its town or village alone (`新寨村:……`).
_FULL_PLACE_COLON = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,5}[省市州盟])(?P<county>[\u4e00-\u9fff]{1,5}[县区市旗])[::]\S{4,}"
)


def full_place_heading(text: str) -> str | None:
    """The county of a heading that opens on a city, one of its counties and a colon (`某市某县:竹产业做出大文章`);
    None for any other heading."""
    match = _FULL_PLACE_COLON.match(normalize_for_matching(text).strip())
    return match["county"] if match else None
