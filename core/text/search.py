"""One Chinese word segmentation for search, shared by the stored search text and by queries.

Neither PostgreSQL's text-search parser nor SQLite's FTS5 tokenizers know Chinese: PostgreSQL keeps a run of Chinese
characters as one token and FTS5's trigram tokenizer cannot match two-character words (扶贫, 脱贫), which dominate the
language. So the words are cut here, with jieba, and stored space-separated; both engines then only split on spaces.
Documents use jieba's search mode, which emits the short words inside long ones (中华人民共和国 also yields
人民, 共和国), so a query for a short word finds the long one. Queries are cut the same way (see `search_query_terms`).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import jieba

from core.text.segmentation import search_words

jieba.setLogLevel(logging.WARNING)

# A token is a run of letters or digits (CJK characters are letters). Splitting on everything else keeps punctuation
# out of the index and keeps the query syntax of either engine from ever seeing a character it would interpret.
_WORD_RUN = re.compile(r"[^\W_]+")


def _normalise(text: str) -> str:
    # NFKC folds full-width Latin and digits (ＡＢＣ１２) into their ASCII forms, as typed in queries; NUL is dropped
    # because PostgreSQL refuses it in text.
    return unicodedata.normalize("NFKC", text.replace("\x00", "")).lower()


def _word_runs(words: list[str]) -> list[str]:
    return [run for word in words for run in _WORD_RUN.findall(word)]


def search_tokens(text: str) -> str:
    """The words of `text` for the search index, space-separated, lower-cased, without punctuation.

    Store `search_tokens(title + "\\n" + subtitle + "\\n" + body)` in `Article.search_text` (see
    `article_search_text`) and search it with the terms of `search_query_terms`.
    """
    return " ".join(_word_runs(list(search_words(_normalise(text)))))


def article_search_text(title: str, subtitle: str, body: str) -> str:
    """What the import and the API store in `Article.search_text`, so that both index an article identically."""
    return search_tokens("\n".join(part for part in (title, subtitle, body) if part))


@dataclass(frozen=True)
class QueryTerm:
    """One word of a query. A document matches it when it contains `word`, or all of `parts` when the query word
    is longer than the words the document was cut into (the query 小额信贷 against a text cut as 小额 / 信贷)."""

    word: str
    parts: tuple[str, ...] = ()


@lru_cache(maxsize=1024)
def _parts_covering(word: str) -> tuple[str, ...]:
    """The shorter dictionary words inside `word`, only when together they cover every character of it — a part
    set that leaves characters out (贫困户 → 贫困) would match texts that do not contain the word at all."""
    parts = [part for part in _word_runs(list(jieba.cut_for_search(word))) if part != word]
    covered = [False] * len(word)
    for part in parts:
        start = word.find(part)
        while start != -1:
            covered[start : start + len(part)] = [True] * len(part)
            start = word.find(part, start + 1)
    if not parts or not all(covered):
        return ()
    return tuple(dict.fromkeys(parts))


def search_query_terms(query: str) -> list[QueryTerm]:
    """The terms a document must all contain to match `query` (AND of terms; each term is a word or its parts).

    The query is cut in jieba's precise mode — the reading a person means — and each word keeps its parts as an
    alternative, because the same characters inside a longer sentence may have been cut differently.
    """
    words = _word_runs(list(jieba.cut(_normalise(query))))
    return [QueryTerm(word, _parts_covering(word)) for word in dict.fromkeys(words)]
