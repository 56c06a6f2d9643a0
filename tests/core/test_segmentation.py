"""The shared segmentation returns exactly what jieba returns, on every seed and fixture page, in every mode."""

from __future__ import annotations

from pathlib import Path

import jieba
import jieba.posseg
import pytest

from core.text import segmentation
from core.text.decoding import decode_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/fixtures/*/*.txt")])


def _pieces(text: str) -> list[str]:
    """Whole pages, their lines, and overlapping slices (what the extractors segment: articles, phrases)."""
    lines = [line for line in text.splitlines() if line.strip()]
    slices = [text[i : i + n] for n in (7, 20, 61) for i in range(0, min(len(text), 3000), 37)]
    return [text, *lines, *slices]


@pytest.mark.parametrize("path", PAGES[::3], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_words_as_jieba(path: Path) -> None:
    text = decode_page(path.read_bytes())
    for piece in _pieces(text):
        assert list(segmentation.words(piece)) == jieba.lcut(piece)
        assert list(segmentation.words(piece, hmm=False)) == jieba.lcut(piece, HMM=False)
        assert list(segmentation.search_words(piece)) == jieba.lcut_for_search(piece)
        assert list(segmentation.tagged(piece)) == [(p.word, p.flag) for p in jieba.posseg.lcut(piece)]


def test_memo_is_bounded_and_a_remembered_run_cuts_the_same() -> None:
    tokenizer = segmentation.MemoTokenizer(jieba.dt)
    tokenizer._routes.size = 2
    texts = ["他在枣庄市中区调研乡村振兴工作", "走访了3个村、12户脱贫户", "强调要巩固拓展脱贫攻坚成果", "乡村振兴工作"]
    for text in texts * 2:
        assert tokenizer.lcut(text) == jieba.lcut(text)
        assert tokenizer.lcut(text, HMM=False) == jieba.lcut(text, HMM=False)
        assert len(tokenizer._routes) <= 2
    assert "乡村振兴工作" in tokenizer._routes


def test_pos_viterbi_finds_jiebas_route_and_probability() -> None:
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi

    runs = ["王小明", "枣庄市中区", "种植山药已有十年之久", "楼栋长护林员", "巩固拓展成果", "一", "喀什噶尔", "䶮龘"]
    for text in (PAGES[0].read_text("utf-8")[:400], PAGES[-1].read_text("utf-8")[:400]):
        runs += [text[i : i + n] for n in (2, 5, 9) for i in range(0, len(text) - n, 11) if text[i : i + n].isalpha()]
    for run in runs:
        assert segmentation.pos_viterbi(run, char_state_tab_P, start_P, trans_P, emit_P) == viterbi(
            run, char_state_tab_P, start_P, trans_P, emit_P
        ), run
