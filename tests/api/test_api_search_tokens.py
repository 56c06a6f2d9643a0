"""The shared segmentation: what is stored and what a query asks for must meet on whole words."""

from __future__ import annotations

import pytest

from core.text.search import QueryTerm, article_search_text, search_query_terms, search_tokens


@pytest.mark.parametrize(
    ("text", "must_contain", "must_not_contain"),
    [
        ("镇里开展扶贫工作", {"扶贫", "开展"}, {"扶贫工作"}),
        ("帮扶贫困户", {"帮扶", "贫困户", "贫困"}, {"扶贫"}),  # characters in a row are not the word
        ("中华人民共和国", {"中华人民共和国", "人民", "共和国"}, set()),  # short words inside long ones
        ("ＡＢＣ，１２３。", {"abc", "123"}, {"，", "。"}),  # width folded, punctuation dropped
        ("网格化_治理\x00", {"网格", "网格化", "治理"}, {"_", "\x00"}),
    ],
)
def test_search_tokens(text, must_contain, must_not_contain):
    tokens = set(search_tokens(text).split(" "))
    assert must_contain <= tokens
    assert not (must_not_contain & tokens)


def test_article_search_text_covers_title_subtitle_and_body():
    assert set(article_search_text("脱贫攻坚", "", "公路通到村口").split()) >= {"脱贫", "攻坚", "公路"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("扶贫", [QueryTerm("扶贫")]),
        ("扶贫 扶贫", [QueryTerm("扶贫")]),
        ("中华人民共和国", [QueryTerm("中华人民共和国", ("中华", "华人", "人民", "共和", "共和国"))]),
        ("贫困户", [QueryTerm("贫困户")]),  # 贫困 alone would leave 户 uncovered: no weaker alternative
        ("！？", []),
        ("'; DROP TABLE", [QueryTerm("drop"), QueryTerm("table")]),
    ],
)
def test_search_query_terms(query, expected):
    assert search_query_terms(query) == expected
