"""The general dictionary that tells vocabulary from coined names.

A quoted or compounded phrase that the dictionary holds as one word (“一揽子”, 夜间) is ordinary language; a
programme's coined name (“两近”, “码上西岗”) is not in it."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def is_dictionary_word(phrase: str) -> bool:
    """Whether jieba's dictionary holds `phrase` as one word: then it is vocabulary or an idiom
    (“一揽子”, “牛皮癣”), not a coined program name."""
    try:
        import jieba
    except ImportError:  # the rule only sharpens precision; without jieba it is simply skipped
        return False
    if not jieba.dt.initialized:  # FREQ is empty until the dictionary is loaded
        jieba.setLogLevel(60)
        jieba.dt.check_initialized()
    return bool(jieba.dt.FREQ.get(phrase))
