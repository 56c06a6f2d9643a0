"""Keywords of an article for search and browsing (jieba's TF-IDF extractor).

TF-IDF over jieba's bundled IDF table favours the words that make an article distinctive
(山楂, 电商, 公益性公墓) over the genre's boilerplate. Numbers, single characters and
credit words are dropped because they are never useful as browse terms.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace

from core.text.segmentation import words

_NOT_A_KEYWORD = re.compile(r"^[\d.%,]+$|^[\da-zA-Z]$")
_STOP_WORDS = frozenset(
    [
        "记者",
        "通讯员",
        "本报",
        "报道",
        "今年",
        "去年",
        "目前",
        "近日",
        "近年来",
        "工作",
        "开展",
        "进行",
        "实现",
        "推进",
        "提升",
    ]
)


@lru_cache(maxsize=1)
def _extractor():  # type: ignore[no-untyped-def]
    import copy

    import jieba.analyse

    # A copy of jieba's default extractor shares its IDF table, which a new TFIDF() would read from disk again.
    extractor = copy.copy(jieba.analyse.default_tfidf)
    extractor.tokenizer = SimpleNamespace(cut=words)  # the page's one segmentation of the text (`segmentation`)
    return extractor


def article_keywords(text: str, k: int = 8) -> list[str]:
    """Up to `k` keywords of `text`, most distinctive first."""
    if k <= 0 or not text.strip():
        return []
    words = _extractor().extract_tags(text, topK=k * 3)
    keywords = [w for w in words if len(w) >= 2 and not _NOT_A_KEYWORD.match(w) and w not in _STOP_WORDS]
    return keywords[:k]
