from articles.keywords import article_keywords

TEXT = (
    "青石镇大力发展山楂种植和农村电商,建成电商产业园一处,引导农户通过直播销售山楂。"
    "今年以来,电商产业园带动农户增收,山楂销量持续增长,农村电商成为增收新渠道。"
)


def test_keywords_are_distinctive_words_of_the_text() -> None:
    keywords = article_keywords(TEXT, k=5)
    assert 1 <= len(keywords) <= 5
    assert "山楂" in keywords
    assert "电商" in keywords


def test_keywords_exclude_numbers_single_characters_and_stop_words() -> None:
    keywords = article_keywords("今年以来,全镇新建道路12公里,投资3600万元,开展工作。" * 3, k=10)
    assert all(len(w) >= 2 and not w.isdigit() for w in keywords)
    assert "今年" not in keywords and "开展" not in keywords


def test_empty_text_and_zero_k_give_no_keywords() -> None:
    assert article_keywords("") == []
    assert article_keywords(TEXT, k=0) == []
