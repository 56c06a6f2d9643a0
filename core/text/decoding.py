"""Turn the bytes of an OCR'd newspaper page into text, or refuse them with a reason.

Pages arrive as UTF-8 (with or without a BOM) or as GB18030/GBK from older Chinese systems. We
try the strict decoders first because they are exact and cheap; only when both fail do we ask
charset-normalizer, and we accept its answer only if the result looks like Chinese text. A file
that is binary, empty or too large is refused with `UndecodableFile`, whose message names the
reason, so an operator can tell a bad file from a bug.
"""

from __future__ import annotations

import codecs

MAX_PAGE_BYTES: int = 20 * 1024 * 1024
"""A newspaper page is tens of kilobytes; anything above this is not a page and is refused
before decoding so memory stays bounded."""

MAX_LINE_CHARS: int = 100_000
"""The longest paragraph on a real page is a few thousand characters. A longer line means a
broken export (no line breaks at all) that segmentation cannot work with, so it is refused."""

# Control characters other than tab/newline/carriage return/form feed are a binary tell.
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}
_MAX_CONTROL_RATIO = 0.01
_MIN_TEXT_RATIO = 0.5


class UndecodableFile(ValueError):
    """The bytes are not a text page we can import; the message says why."""


class PageTooLarge(UndecodableFile):
    """The page or one of its lines is larger than the import accepts."""


def decode_page(data: bytes) -> str:
    """Decode a page's bytes to text with LF line endings.

    Order: UTF-8 (BOM stripped), then GB18030 (a superset of GBK and GB2312), then
    charset-normalizer's best guess. Raises `UndecodableFile` for empty, binary or undecodable
    input and `PageTooLarge` for oversized pages or lines.
    """
    if len(data) > MAX_PAGE_BYTES:
        raise PageTooLarge(f"file is {len(data)} bytes; pages larger than {MAX_PAGE_BYTES} bytes are refused")
    if not data.strip():
        raise UndecodableFile("file is empty (no text at all)")
    if b"\x00" in data[:65536] and not _looks_like_utf16(data):
        raise UndecodableFile("file is binary (contains NUL bytes)")
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_is_text(text)
    _check_line_lengths(text)
    return text


def _looks_like_utf16(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UndecodableFile(f"file starts with a UTF-8 BOM but is not valid UTF-8 ({exc.reason})") from exc
    if _looks_like_utf16(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UndecodableFile(f"file has a UTF-16 BOM but is not valid UTF-16 ({exc.reason})") from exc
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return _decode_with_detector(data)


def _decode_with_detector(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableFile("file is neither UTF-8 nor GB18030/GBK and no text encoding fits (binary?)")
    return str(best)


def _check_is_text(text: str) -> None:
    """Reject decodings that succeeded technically but produced noise (random bytes often decode
    as GB18030)."""
    if not text.strip():
        raise UndecodableFile("file is empty (only whitespace)")
    sample = text[:200_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls > max(2, len(sample) * _MAX_CONTROL_RATIO):
        raise UndecodableFile("file is binary (too many control characters)")
    textual = sum(1 for ch in sample if _is_common_text_char(ch))
    if textual < len(sample) * _MIN_TEXT_RATIO:
        raise UndecodableFile("file does not decode to readable text (binary, or neither UTF-8 nor GB18030)")


def _is_common_text_char(ch: str) -> bool:
    code = ord(ch)
    return (
        code < 0x7F
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x2000 <= code <= 0x206F  # general punctuation (dashes, quotes)
        or code in (0x25A1, 0x25B2, 0xB7)  # □ ▲ ·
    )


def _check_line_lengths(text: str) -> None:
    start = 0
    line_number = 1
    while start < len(text):
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        if end - start > MAX_LINE_CHARS:
            raise PageTooLarge(
                f"line {line_number} is {end - start} characters long; lines longer than {MAX_LINE_CHARS} are refused"
            )
        if newline < 0:
            break
        start = newline + 1
        line_number += 1
