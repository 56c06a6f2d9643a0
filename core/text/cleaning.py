"""Normalisation of OCR'd page text for matching, without losing the way back to the original.

The stored Source text is never rewritten: every offset in the database points into it. What the
extractors need is a *working copy* in which full-width and half-width variants, ideographic and
other odd spaces compare equal. `normalize_for_matching` is therefore length-preserving (one
character in, one character out) so an offset found in the working copy is the same offset in
the original. Operations that change length (dropping spaces) return an explicit offset map.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that end a sentence. A paragraph ending in one of these is complete; one ending in
# anything else was cut by the page layout and continues in a later block.
SENTENCE_FINAL = frozenset("。.!?!?;;…")
# Closing quotes/brackets may follow the final mark: 说:“…。” or (作者系…)
CLOSING_TAILS = frozenset("”’\"'」』)）]】》")

_SPACE_LIKE = re.compile(r"[\s\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff]")
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u3000\u00a0]+(?=[{_CJK}])")


def _fold_code(code: int) -> int | str:
    ch = chr(code)
    if ch != "\n" and _SPACE_LIKE.fullmatch(ch):
        return " "
    folded = unicodedata.normalize("NFKC", ch)
    # Keep the original when NFKC would expand one character into several (㎡ -> m2, … -> ...):
    # expanding would shift every later offset.
    return folded if len(folded) == 1 else code


class _FoldTable(dict):
    """`str.translate` table filled on first sight of each character, so the per-character
    work runs in C after warm-up."""

    def __missing__(self, code: int) -> int | str:
        value = _fold_code(code)
        self[code] = value
        return value


_FOLD = _FoldTable()
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalize_for_matching(s: str) -> str:
    """Fold width variants and odd spaces; the result has exactly the length of `s`.

    Full-width ASCII (，１２３ＡＢ) becomes half-width, every space-like character (ideographic
    space, NBSP, zero-width space) becomes an ASCII space and newlines are kept. Because the
    length is preserved, `normalize_for_matching(s)[i]` corresponds to `s[i]` for every `i`.
    """
    if s.isascii():
        return s.translate(_FOLD) if "\t" in s or "\r" in s or "\f" in s or "\v" in s else s
    return s.translate(_FOLD)


def squeeze_spaces(s: str) -> tuple[str, list[int]]:
    """Drop stray spaces between two CJK characters (an OCR artefact: 枣庄 市) and return the
    squeezed text with a map: `offsets[i]` is the index in `s` of the squeezed text's char `i`,
    plus one end sentinel. Spaces elsewhere (between Latin words, numbers) are meaningful and stay.
    """
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in _SPACE_BETWEEN_CJK.finditer(s):
        pieces.append(s[last : match.start()])
        offsets.extend(range(last, match.start()))
        last = match.end()
    pieces.append(s[last:])
    offsets.extend(range(last, len(s)))
    offsets.append(len(s))
    return "".join(pieces), offsets


def ends_sentence(text: str) -> bool:
    """True when `text` ends with sentence-final punctuation (optionally inside closing quotes).

    Used to decide whether a paragraph was cut by the layout: `……有“监管` does not end a
    sentence, `……到位。` and `……说。”` do.
    """
    stripped = text.rstrip()
    i = len(stripped) - 1
    while i >= 0 and stripped[i] in CLOSING_TAILS:
        i -= 1
    if i < 0:
        return False
    if stripped[i] in SENTENCE_FINAL:
        return True
    # A closing bracket that ends a parenthetical credit (作者系…) closes the paragraph too.
    return i < len(stripped) - 1 and stripped[-1] in ")）"


def paragraph_fingerprint(text: str) -> str:
    """A key under which two OCR copies of the same paragraph compare equal: width-folded, with
    all spaces and punctuation dropped."""
    return _NOT_ALNUM.sub("", normalize_for_matching(text))
