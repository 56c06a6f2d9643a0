"""The one dateline reader both apps use (`core.text.datelines`): the articles read a report's dateline with it, the
indicators pass it before reading what a figure counts."""

from articles.dateline_lines import find_dateline
from core.text.datelines import after_dateline, read_dateline


def test_the_articles_and_the_indicators_read_the_same_dateline() -> None:
    text = "江城日报讯(记者 张明)全县新建大棚120座。"
    assert read_dateline(text) == "江城日报讯" == find_dateline(text)[0]
    assert text[after_dateline(text, 0, len(text)) :] == "全县新建大棚120座。"


def test_a_clause_inside_a_text_is_read_from_its_own_start() -> None:
    text = "此前,新华社西安9月12日电 全县新建大棚120座"
    begin = text.index("新华社")
    assert text[after_dateline(text, begin, len(text)) :] == "全县新建大棚120座"
    assert after_dateline(text, 0, len(text)) == 0


def test_full_width_brackets_and_spaces_are_passed_too() -> None:
    text = "　本报讯（通讯员 刘芳）全县新建大棚120座"
    assert text[after_dateline(text, 0, len(text)) :] == "全县新建大棚120座"


def test_words_ending_in_xun_or_dian_are_no_datelines() -> None:
    for text in ("喜讯传来,全村沸腾。", "江城7月15日电视台播出了村里的故事。", "通讯员走访农户30户"):
        assert read_dateline(text) is None
        assert after_dateline(text, 0, len(text)) == 0
