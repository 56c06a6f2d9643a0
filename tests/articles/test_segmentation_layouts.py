"""Segmentation of layouts met on pages from other papers: statistics tables, bulleted brief
columns, pen-name credits, topic lines inside a report, and the kinds of short items."""

from articles.bylines import parse_credit_line, split_trailing_paren_credit
from articles.headline_shapes import is_column_label
from articles.page_blocks import parse_blocks
from articles.page_tables import is_table_row_shape
from articles.segmentation import segment_page


def page(*blocks: str) -> str:
    return "\n\n" + "".join(block + "\n\n" for block in blocks)


INTRO = "春分时节,走进白沙镇杏林村,连片的果园里一派忙碌景象。全镇果树面积达到3.2万亩。"
SECTION_TEXT = "合作社统一提供技术服务,果农户均增收1.5万元。"


def test_table_rows_and_caption_stay_in_the_article_body() -> None:
    text = page(
        "白沙镇果业见闻",
        "□ 本报记者 秦立峰",
        INTRO,
        "产业提质",
        SECTION_TEXT,
        "全镇主要果品生产情况",
        "杏子 种植面积 1.1万亩 产量 2.3万吨",
        "桃子 种植面积 0.8万亩 产量 1.6万吨",
        "(数据来源:镇农业服务中心)",
        "红岭村建成冷链仓库",
        "□ 本报通讯员 邹海鸣",
        "本报白沙讯 红岭村建成冷链仓库一座,库容达到500吨。",
    )
    feature, news = segment_page(text)
    assert [feature.title, news.title] == ["白沙镇果业见闻", "红岭村建成冷链仓库"]
    lines = feature.body.split("\n")
    # rows are kept one per line, neither joined to each other nor to the caption and source note
    assert "全镇主要果品生产情况" in lines
    assert "杏子 种植面积 1.1万亩 产量 2.3万吨" in lines
    assert "桃子 种植面积 0.8万亩 产量 1.6万吨" in lines
    assert lines[-1] == "(数据来源:镇农业服务中心)"


def test_year_value_list_is_a_table_but_one_row_shaped_headline_is_not() -> None:
    blocks = parse_blocks(
        page("全村人均收入变化", "2015年 3200元", "2023年 15800元", INTRO, "全年接待游客 12万人次", INTRO)
    )
    assert [b.table_row for b in blocks] == [False, True, True, False, False, False]
    assert blocks[0].table_caption and not blocks[0].heading_candidate
    assert blocks[4].heading_candidate  # a single row-shaped line may be a headline with a figure
    assert is_table_row_shape("产值 16.3亿元 增长9.3%")
    assert not is_table_row_shape("口岸活了 边城兴了")
    assert not is_table_row_shape("全镇果树面积达到3.2万亩,同比增长5%")


def test_bulleted_brief_column_gives_one_untitled_brief_per_item() -> None:
    text = page(
        "红岭村建成冷链仓库",
        "本报白沙讯 红岭村建成冷链仓库一座,库容达到500吨。全村果品实现错峰销售。",
        "简讯",
        "■ 杏林村入选省级美丽乡村示范村。该村今年新建游步道3公里。(邹海鸣)",
        "■ 白沙镇举办果树修剪培训班。全镇200余名果农参加培训。(秦立峰)",
    )
    news, first, second = segment_page(text)
    assert news.kind == "news"
    assert (first.title, first.kind, first.byline) == (None, "brief", "邹海鸣")
    assert first.body == "杏林村入选省级美丽乡村示范村。该村今年新建游步道3公里。"
    assert (second.title, second.kind, second.byline) == (None, "brief", "秦立峰")
    assert second.body.startswith("白沙镇举办果树修剪培训班")


def test_bullet_inside_an_open_article_stays_a_list_item() -> None:
    text = page("白沙镇部署春耕工作", INTRO, "■ 抓好种子化肥供应。", "■ 抓好农田水利建设。")
    [article] = segment_page(text)
    assert article.title == "白沙镇部署春耕工作"
    assert "■ 抓好农田水利建设。" in article.body


def test_pen_name_ending_in_wen_is_a_byline_above_or_below_a_commentary() -> None:
    body = "发展特色产业,既要守住生态底色,也要拓宽市场渠道。"
    [above] = segment_page(page("评论", "让好果子卖出好价钱", "□ 沙文", body))
    assert (above.title, above.kind, above.byline) == ("让好果子卖出好价钱", "commentary", "沙文")
    [below] = segment_page(page("评论", "让好果子卖出好价钱", body, "□ 沙文"))
    assert (below.title, below.byline) == ("让好果子卖出好价钱", "沙文")
    assert parse_credit_line("□ 图文") is None


def test_topic_line_inside_a_dated_report_is_not_an_article() -> None:
    text = page(
        "杏林村走上致富路",
        "□ 本报通讯员 邹海鸣",
        "本报白沙讯 走进白沙镇杏林村,果园连片,游客络绎不绝。全村果品年销售额达到800万元。",
        "文旅融合",
        "白沙镇负责人介绍,全镇今年已接待游客12万人次。",
        "柳溪县召开果业大会",
        "本报柳溪讯 柳溪县召开果业发展大会,部署全年工作。",
    )
    report, other = segment_page(text)
    assert [report.title, other.title] == ["杏林村走上致富路", "柳溪县召开果业大会"]
    assert "白沙镇负责人介绍" in report.body


def test_short_heading_about_another_subject_still_starts_an_article() -> None:
    text = page(
        "杏林村走上致富路",
        "□ 本报通讯员 邹海鸣",
        "本报白沙讯 走进白沙镇杏林村,果园连片,游客络绎不绝。",
        "柳溪义诊",
        "柳溪县人民医院组织专家开展义诊活动,服务群众300余人。",
    )
    assert [s.title for s in segment_page(text)] == ["杏林村走上致富路", "柳溪义诊"]


def test_topic_line_before_a_smaller_place_of_the_headline_is_a_section() -> None:
    # A town's report goes on, under a topic word, to one of its villages or to a nearby village.
    for opening in ("红岭村推行“果园托管”,果农户均增收8000元。", "在附近的红岭村,果园家家挂果。"):
        text = page(
            "白沙镇:果园里的丰收季",
            "□ 本报通讯员 邹海鸣",
            "本报白沙讯 走进白沙镇,连片的果园里一派忙碌景象。全镇果树面积达到3.2万亩。",
            "果园托管",
            opening,
            "柳溪县召开果业大会",
            "本报柳溪讯 柳溪县召开果业发展大会,部署全年工作。",
        )
        report, other = segment_page(text)
        assert [report.title, other.title] == ["白沙镇:果园里的丰收季", "柳溪县召开果业大会"]
        assert opening in report.body


def test_topic_line_over_a_signed_item_about_a_smaller_place_starts_an_article() -> None:
    text = page(
        "白沙镇:果园里的丰收季",
        "□ 本报通讯员 邹海鸣",
        "本报白沙讯 走进白沙镇,连片的果园里一派忙碌景象。",
        "红岭村见闻",
        "红岭村建成冷链仓库一座,库容达到500吨。(秦立峰)",
    )
    assert [s.title for s in segment_page(text)] == ["白沙镇:果园里的丰收季", "红岭村见闻"]


def test_kinds_of_short_items() -> None:
    text = page(
        "柳溪县果业大会召开",
        "本报柳溪讯 柳溪县召开果业发展大会,部署全年工作。",
        "要闻简报",
        "白沙镇修缮村道",
        "本报白沙讯 白沙镇今年修缮村道12公里。(秦立峰)",
        "红岭村建成冷链仓库",
        "本报白沙讯 红岭村建成冷链仓库一座。(邹海鸣)",
        "杏林村举办采摘节",
        "本报讯 杏林村举办首届采摘节,吸引游客5000余人次。",
    )
    news, first, second, bare = segment_page(text)
    assert news.kind == "news"  # a single paragraph under its own place dateline, outside a brief column
    assert (first.kind, second.kind, bare.kind) == ("brief", "brief", "brief")
    assert (first.byline, second.byline) == ("秦立峰", "邹海鸣")
    assert second.body.endswith("建成冷链仓库一座。")


def test_dotted_banner_is_a_column_label_not_a_subtitle() -> None:
    assert is_column_label("白沙新闻·乡村振兴")
    [article] = segment_page(page("白沙新闻·乡村振兴", "杏林村走上致富路", "□ 本报通讯员 邹海鸣", INTRO))
    assert (article.title, article.subtitle) == ("杏林村走上致富路", None)


def test_trailing_bracketed_credit() -> None:
    assert split_trailing_paren_credit("全村增收。(邹海鸣)") == (("邹海鸣",), 5)
    assert split_trailing_paren_credit("全村增收。(待续)")[0] == ()
    assert split_trailing_paren_credit("全村增收(邹海鸣)")[0] == ()  # no sentence closed before it
    assert split_trailing_paren_credit("全村增收。(数据来源:镇统计站)")[0] == ()
