"""Segmentation of small hand-written pages, one layout pattern per test."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.segmentation import ArticleSegment, segment_page

GAP = "\n\n\n\n"  # blank lines left for a picture


def page(*blocks: str) -> str:
    """Blocks separated by one blank line; a block equal to GAP adds a picture gap instead."""
    out = "\n\n"
    for block in blocks:
        if block == GAP:
            out = out.rstrip("\n") + GAP
        else:
            out += block + "\n\n"
    return out


NEWS_A = "近日,青石镇新建村级文化广场3处,惠及群众2000余人。该镇还组织志愿者开展环境整治。"
NEWS_B = "今年以来,东湖街道累计办理民生实事45件,群众满意度持续提升。"
NEWS_C = "柳河县大力发展特色种植,全县种植面积达到1.2万亩,带动农户增收。"


def titles(segments: list[ArticleSegment]) -> list[str | None]:
    return [s.title for s in segments]


def test_empty_page_has_no_articles() -> None:
    assert segment_page("") == []
    assert segment_page("\n\n  \n") == []


def test_headline_with_marked_byline() -> None:
    text = page("青石镇建设文化广场", "□ 本报记者 王立新", NEWS_A)
    [article] = segment_page(text)
    assert article.title == "青石镇建设文化广场"
    assert article.byline == "王立新"
    assert article.body == NEWS_A
    assert article.kind == "news"


@pytest.mark.parametrize("credit", ["□ 本报评论员 王立新", "□ 柳河时评员 王立新", "□ 河东日报特约评论员 王立新"])
def test_commentator_credit_is_a_byline_not_a_title(credit: str) -> None:
    [article] = segment_page(page("让特色产业落地生根", credit, NEWS_C))
    assert article.title == "让特色产业落地生根"
    assert article.byline == "王立新"
    assert article.body == NEWS_C


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("□ 记者 王立新 报道 ", "王立新"),
        ("□ 记者 王立新 通讯员 李春华 报道 ", "王立新 李春华"),
    ],
)
def test_inline_credit_and_dateline(credit: str, byline: str) -> None:
    text = page("东湖街道办好民生实事", credit + "本报柳河讯 " + NEWS_B)
    [article] = segment_page(text)
    assert article.byline == byline
    assert article.dateline == "本报柳河讯"
    assert article.body.startswith("本报柳河讯 今年以来")
    assert article.kind == "news"


def test_dateline_with_bracketed_credit() -> None:
    text = page(
        "东湖街道办好民生实事",
        "本报柳河讯(通讯员 赵明 孙丽)" + NEWS_B,
        "柳河县特色种植见成效",
        "本报柳河讯(通讯员 钱进)" + NEWS_C,
    )
    first, second = segment_page(text)
    assert (first.byline, first.dateline) == ("赵明 孙丽", "本报柳河讯")
    assert (second.title, second.byline) == ("柳河县特色种植见成效", "钱进")


def test_kicker_above_title_is_the_subtitle() -> None:
    text = page("聚焦民生实事 提升群众满意度", "东湖街道办好民生实事", "□ 本报记者 王立新", NEWS_B)
    [article] = segment_page(text)
    assert article.title == "东湖街道办好民生实事"
    assert article.subtitle == "聚焦民生实事 提升群众满意度"


def test_dash_subtitle_and_parallel_subtitle_below_title() -> None:
    text = page(
        "青石镇“文化”惠民",
        "——一个山区镇的文化建设之路",
        "□ 本报记者 王立新",
        NEWS_A,
        "东湖街道“智慧”治理见实效",
        "群众“指尖办事” 干部“上门服务”",
        "□ 本报记者 李春华",
        NEWS_B,
    )
    first, second = segment_page(text)
    assert (first.title, first.subtitle) == ("青石镇“文化”惠民", "一个山区镇的文化建设之路")
    assert (second.title, second.subtitle) == ("东湖街道“智慧”治理见实效", "群众“指尖办事” 干部“上门服务”")


def test_untitled_headlines_on_a_page_without_credits_are_separate_articles() -> None:
    text = page("青石镇建设文化广场", NEWS_A, "东湖街道办好民生实事", NEWS_B, "柳河县特色种植见成效", NEWS_C)
    assert titles(segment_page(text)) == ["青石镇建设文化广场", "东湖街道办好民生实事", "柳河县特色种植见成效"]


def test_column_label_is_not_an_article_and_sets_the_kind() -> None:
    text = page(
        "区内动态",
        "东湖街道召开 民生实事推进会",
        NEWS_B,
        "(李春华)",
        "评论",
        "把实事办到群众心坎上",
        "□柳岸",
        "民生无小事,枝叶总关情。办好民生实事,要从群众最关心的问题入手。",
    )
    brief, commentary = segment_page(text)
    assert (brief.title, brief.kind, brief.byline) == ("东湖街道召开 民生实事推进会", "brief", "李春华")
    assert (commentary.title, commentary.kind, commentary.byline) == ("把实事办到群众心坎上", "commentary", "柳岸")


def test_feature_section_headings_stay_inside_until_the_closing_credit() -> None:
    text = page(
        "青石镇绘就振兴新画卷",
        NEWS_A,
        "产业兴旺 农民增收",
        NEWS_C,
        "治理有效 乡风文明",
        NEWS_B,
        "王立新 李春华/文",
        "柳河县召开 春耕生产会议",
        "近日,柳河县召开春耕生产会议,部署春耕备耕工作。",
    )
    feature, news = segment_page(text)
    assert feature.title == "青石镇绘就振兴新画卷"
    assert feature.byline == "王立新 李春华"
    assert feature.kind == "feature"
    assert "产业兴旺 农民增收\n" + NEWS_C in feature.body
    assert news.title == "柳河县召开 春耕生产会议"


def test_single_heading_inside_a_signed_feature_is_a_section() -> None:
    text = page("青石镇绘就振兴新画卷", "本报通讯员 王立新", NEWS_A, "产业兴旺", NEWS_C, "乡风文明", NEWS_B)
    [feature] = segment_page(text)
    assert feature.kind == "feature"
    assert feature.byline == "王立新"
    assert feature.body.count("\n") == 4


def test_author_note_marks_commentary_and_is_cut_from_the_body() -> None:
    text = page(
        "抓党建 促治理",
        "王立新",
        NEWS_A,
        "网格为基 服务为本",
        "精细管理 贴心服务",
        NEWS_B + "(作者系青石镇党委书记)",
        "柳河县特色种植见成效",
        "本报柳河讯(通讯员 钱进)" + NEWS_C,
    )
    commentary, news = segment_page(text)
    assert (commentary.title, commentary.kind, commentary.byline) == ("抓党建 促治理", "commentary", "王立新")
    assert commentary.body.endswith("持续提升。")
    assert news.title == "柳河县特色种植见成效"


@pytest.mark.parametrize(
    "caption",
    [
        "▲青石镇村民在新建的文化广场上跳广场舞。",
        "近日,青石镇举办首届农民运动会,共有12支代表队参加。通讯员 赵明 摄",
    ],
)
def test_stand_alone_caption_after_a_picture_gap_is_a_photo(caption: str) -> None:
    text = page("青石镇建设文化广场", NEWS_A, GAP, caption, "东湖街道办好民生实事", NEWS_B)
    segments = segment_page(text)
    assert titles(segments) == ["青石镇建设文化广场", None, "东湖街道办好民生实事"]
    photo = segments[1]
    assert photo.kind == "photo"
    assert photo.body.startswith(caption[:10])
    assert "摄" not in photo.body
    if "摄" in caption:
        assert photo.byline == "赵明"


def test_caption_inside_an_article_splits_a_sentence_that_is_joined_again() -> None:
    text = page(
        "青石镇建设文化广场",
        "□ 本报记者 王立新",
        "近日,青石镇新建村级文化广场3处,又为开展群众",
        GAP,
        "青石镇南山村文化广场一角。",
        "□赵明 报道",
        "文体活动提供了场所。该镇还组织志愿者开展环境整治。",
    )
    article, photo = segment_page(text)
    assert (
        article.body == "近日,青石镇新建村级文化广场3处,又为开展群众文体活动提供了场所。该镇还组织志愿者开展环境整治。"
    )
    assert (photo.kind, photo.byline, photo.body) == ("photo", "赵明", "青石镇南山村文化广场一角。")


def test_duplicated_paragraph_is_kept_once_in_the_article_it_matches() -> None:
    dup = "建设“智慧东湖”,实现一网通办。东湖街道开发了多种服务码,方便群众扫码办事,办结率达到98%。"
    text = page(
        "青石镇建设文化广场",
        "□ 本报记者 王立新",
        NEWS_A,
        NEWS_A,
        dup,
        "东湖街道“智慧”治理见实效",
        "□ 本报记者 李春华",
        NEWS_B,
        dup,
    )
    first, second = segment_page(text)
    assert first.body == NEWS_A
    assert second.body == NEWS_B + "\n" + dup


def test_layout_split_sentence_is_joined_and_maps_back() -> None:
    text = page("青石镇建设文化广场", "近日,青石镇新建村级文化广场3处,城管等部门有“监管", "码”,实现全过程追溯管理。")
    [article] = segment_page(text)
    assert article.body == "近日,青石镇新建村级文化广场3处,城管等部门有“监管码”,实现全过程追溯管理。"
    i = article.body.index("监管码")
    start, end = article.source_span(i, i + 3)
    assert text[start:end].replace("\n", "") == "监管码"
    for k, ch in enumerate(article.body):
        assert text[article.body_map[k]] == ch
    assert len(article.body_map) == len(article.body) + 1
    assert text[article.start : article.end].startswith("青石镇建设文化广场")


def test_cut_line_that_looks_like_a_heading_is_joined() -> None:
    text = page("青石镇建设文化广场", NEWS_A, "青石镇把道路硬化这一民心", "工程作为重点,全面推进。")
    [article] = segment_page(text)
    assert article.body.endswith("青石镇把道路硬化这一民心工程作为重点,全面推进。")


def test_paragraphs_placed_after_another_article_are_reattached() -> None:
    text = page(
        "青石镇:干部上门办事 群众少跑腿",
        "□记者 王立新 报道",
        "本报青石讯 近日,青石镇推行上门代办服务,群众办事不出村。",
        "东湖街道召开民生恳谈会",
        "□本报记者 李春华",
        "近日,东湖街道召开民生恳谈会,30名居民代表参加。",
        "青石镇还建立代办员队伍,全镇共有代办员56名。",
        "会上,居民代表踊跃发言。",
    )
    first, second = segment_page(text)
    assert "代办员56名" in first.body
    assert "代办员" not in second.body
    assert second.body.endswith("会上,居民代表踊跃发言。")


def test_byline_printed_before_a_misplaced_headline_is_adopted() -> None:
    text = page(
        "青石镇建设文化广场",
        "□ 本报记者 王立新",
        NEWS_A,
        "□赵明 钱进",
        NEWS_B,
        "共建共享",
        NEWS_C,
        "社区该做什么?",
        "东湖:居民议事“议”出新天地",
        "近日,东湖街道举办居民议事会,共收集建议26条。",
    )
    _first, second = segment_page(text)
    assert second.title == "东湖:居民议事“议”出新天地"
    assert second.subtitle == "社区该做什么?"
    assert second.byline == "赵明 钱进"
    assert second.body.startswith(NEWS_B)


def test_titled_photo_after_a_gap_is_a_photo() -> None:
    text = page("青石镇建设文化广场", NEWS_A, GAP, "邻里守望", "南山村村民李大娘每天为独居老人送饭,已坚持3年。")
    segments = segment_page(text)
    assert [(s.title, s.kind) for s in segments] == [("青石镇建设文化广场", "news"), ("邻里守望", "photo")]


def test_source_span_rejects_out_of_range_slices() -> None:
    [article] = segment_page(page("青石镇建设文化广场", NEWS_A))
    with pytest.raises(ValueError):
        article.source_span(0, len(article.body) + 1)
    assert article.source_span(2, 2)[0] == article.source_span(2, 2)[1]


def test_positions_follow_page_order() -> None:
    text = page("青石镇建设文化广场", NEWS_A, "东湖街道办好民生实事", NEWS_B)
    assert [s.position for s in segment_page(text)] == [0, 1]


BLOCK_CHOICES = [
    "青石镇建设文化广场",
    "——一个山区镇的文化建设之路",
    "聚焦民生实事 提升群众满意度",
    "区内动态",
    "□ 本报记者 王立新",
    "(李春华)",
    "王立新 李春华/文",
    "▲青石镇村民在新建的文化广场上跳广场舞。",
    "近日,青石镇举办首届农民运动会。通讯员 赵明 摄",
    "本报柳河讯(通讯员 钱进)" + NEWS_C,
    NEWS_A,
    NEWS_B,
    "城管等部门有“监管",
    "码”,实现全过程追溯管理。",
    GAP,
    "",
]


@given(st.lists(st.sampled_from(BLOCK_CHOICES), max_size=25))
@settings(max_examples=150, deadline=None)
def test_any_arrangement_of_blocks_gives_consistent_offsets(blocks: list[str]) -> None:
    text = page(*blocks)
    for article in segment_page(text):
        assert article.body
        assert 0 <= article.start <= article.end <= len(text)
        assert len(article.body_map) == len(article.body) + 1
        for k, ch in enumerate(article.body):
            if ch != "\n":
                assert text[article.body_map[k]] == ch
        assert article.kind in {"news", "feature", "commentary", "photo", "brief"}
