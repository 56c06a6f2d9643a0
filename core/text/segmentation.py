"""jieba segmentation computed once per text and shared by every extractor.

Why: a page's text is segmented by several extractors — the place index's word boundaries (precise mode, no HMM),
keywords (TF-IDF over precise mode), the search text (search mode), metric phrases and bylines (part-of-speech
tagging) — and jieba does each from scratch. Its expensive parts are pure functions of a string: the word graph
and best route of one run of Chinese characters (`get_DAG` + `calc`, the same in every mode), and the HMM tagging
of a run of characters its dictionary does not know. `MemoTokenizer` and `MemoPOSTokenizer` keep those results in
bounded per-process memos, so the same run met again — in another mode, another extractor, an overlapping phrase
— is not segmented again, and the public functions below keep whole results keyed by the exact text.

The output is jieba's own: the subclasses run jieba's code unchanged and only remember what it computed (no user
dictionary is ever added here, so the memos cannot go stale). `tests/core/test_segmentation.py` compares every
function with jieba on the seed and fixture pages.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Hashable
from functools import lru_cache
from typing import Any

import jieba
import jieba.posseg
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF

jieba.setLogLevel(logging.WARNING)

# Runs of characters are short (a clause between punctuation marks): 50,000 remembered routes are ~10 MB.
RUN_MEMO_SIZE = 50_000
TEXT_MEMO_SIZE = 1_024


class _Bounded(OrderedDict):
    """A least-recently-used memo of at most `size` entries (a long import must not hold every run it met)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def remember(self, key: Hashable, value: Any) -> Any:
        self[key] = value
        if len(self) > self.size:
            self.popitem(last=False)
        return value


class MemoTokenizer(jieba.Tokenizer):
    """jieba's tokenizer sharing the default one's dictionary, remembering each run's word graph and route."""

    def __init__(self, base: jieba.Tokenizer) -> None:
        base.check_initialized()
        self.__dict__.update(base.__dict__)
        self._routes: _Bounded = _Bounded(RUN_MEMO_SIZE)

    def get_DAG(self, sentence: str) -> dict:
        # jieba only hands the graph to `calc`, which needs none for a run whose route is remembered.
        return {} if sentence in self._routes else super().get_DAG(sentence)

    def calc(self, sentence: str, DAG: dict, route: dict) -> None:
        # Only the end of each position's best word is kept (jieba's cutters read nothing else of the route): a
        # run's memo is a tuple of small ints, so the memo stays a few MB however long the import.
        ends = self._routes.get(sentence)
        if ends is None:
            full: dict[int, tuple[float, int]] = {}
            super().calc(sentence, DAG or super().get_DAG(sentence), full)
            ends = self._routes.remember(sentence, tuple(full[x][1] for x in range(len(sentence))))
        route.update((x, (0.0, end)) for x, end in enumerate(ends))


class MemoPOSTokenizer(jieba.posseg.POSTokenizer):
    """jieba's part-of-speech tokenizer over `MemoTokenizer`, remembering the HMM tagging of unknown runs."""

    def __init__(self, base: jieba.posseg.POSTokenizer, tokenizer: MemoTokenizer) -> None:
        base.tokenizer.check_initialized()
        self.__dict__.update(base.__dict__)
        self.tokenizer = tokenizer
        self._details: _Bounded = _Bounded(RUN_MEMO_SIZE)

    def _POSTokenizer__cut_detail(self, sentence: str):
        known = self._details.get(sentence)
        if known is None:
            known = self._details.remember(sentence, tuple(super()._POSTokenizer__cut_detail(sentence)))
        return iter(known)

    def _POSTokenizer__cut(self, sentence: str):
        # jieba's own `__cut`, with `pos_viterbi` (the same route, found faster) in place of its `viterbi`.
        _prob, pos_list = pos_viterbi(sentence, char_state_tab_P, start_P, trans_P, emit_P)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield jieba.posseg.pair(sentence[begin : i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == "S":
                yield jieba.posseg.pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield jieba.posseg.pair(sentence[nexti:], pos_list[nexti][1])


def pos_viterbi(obs: str, states: dict, start_p: dict, trans_p: Any, emit_p: dict) -> tuple[float, list]:
    """`jieba.posseg.viterbi.viterbi`, returning the same probability and route.

    Why: the part-of-speech HMM of a run jieba's dictionary does not know is the costliest part of tagging (the
    metric phrases, paragraph repairs). jieba scores every (previous state, state) pair, most of them a step its
    transition table does not have (log-probability -inf). Those can never be the best of a state's candidates
    while one real step is finite, so only the real steps are scored (each live previous state that has a step
    into the state); the sums are the same sums in the same order and ties still go to the greater state, so the
    maximum — probability and state — is the same. When no real step is finite the state is scored jieba's way,
    over every previous state."""
    all_states = trans_p.keys()
    score: dict = {}
    first: dict = {}
    for y in states.get(obs[0], all_states):
        score[y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        first[y] = ""
    mem_path = [first]
    for t in range(1, len(obs)):
        prev_states = [x for x in mem_path[t - 1] if trans_p[x]]
        expect_next: set = set()
        for x in prev_states:
            expect_next.update(trans_p[x])
        obs_states = expect_next.intersection(states.get(obs[t], all_states))
        if not obs_states:
            obs_states = expect_next if expect_next else set(all_states)
        # Each live previous state with its score and its steps: a state's candidates are the live states that
        # have a step into it (a dict's `in`), in one pass over a short list.
        live = [(x, score[x], trans_p[x]) for x in prev_states]
        char = obs[t]
        step_score: dict = {}
        path: dict = {}
        for y in obs_states:
            emit = emit_p[y].get(char, MIN_FLOAT)
            candidates = [(before + steps[y] + emit, y0) for y0, before, steps in live if y in steps]
            best = max(candidates) if candidates else None
            if best is None or best[0] == MIN_INF:
                best = max((score[y0] + trans_p[y0].get(y, MIN_INF) + emit, y0) for y0 in prev_states)
            step_score[y], path[y] = best
        score = step_score
        mem_path.append(path)
    _prob, state = max((score[y], y) for y in mem_path[-1])
    route: list = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = mem_path[i][state]
    return _prob, route


@lru_cache(maxsize=1)
def tokenizer() -> MemoTokenizer:
    """The shared tokenizer (for code that takes a jieba tokenizer, e.g. `jieba.analyse.TFIDF`)."""
    return MemoTokenizer(jieba.dt)


@lru_cache(maxsize=1)
def pos_tokenizer() -> MemoPOSTokenizer:
    """The shared part-of-speech tokenizer (`jieba.posseg`'s, over `tokenizer()`)."""
    return MemoPOSTokenizer(jieba.posseg.dt, tokenizer())


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def words(text: str, hmm: bool = True) -> tuple[str, ...]:
    """`jieba.lcut(text, HMM=hmm)`."""
    return tuple(tokenizer().cut(text, HMM=hmm))


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def search_words(text: str) -> tuple[str, ...]:
    """`jieba.lcut_for_search(text)`, built on `words(text)` as jieba builds it on `cut`."""
    freq = tokenizer().FREQ
    found: list[str] = []
    for word in words(text):
        if len(word) > 2:
            found.extend(gram for i in range(len(word) - 1) if freq.get(gram := word[i : i + 2]))
        if len(word) > 3:
            found.extend(gram for i in range(len(word) - 2) if freq.get(gram := word[i : i + 3]))
        found.append(word)
    return tuple(found)


@lru_cache(maxsize=16 * TEXT_MEMO_SIZE)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """`[(p.word, p.flag) for p in jieba.posseg.lcut(text)]`: words with their part-of-speech tags."""
    return tuple((pair.word, pair.flag) for pair in pos_tokenizer().cut(text))
