import codecs
import random

import pytest

from core.text.decoding import MAX_LINE_CHARS, MAX_PAGE_BYTES, PageTooLarge, UndecodableFile, decode_page

PAGE = "柳河县推进乡村振兴\n\n本报柳河讯 今年以来,柳河县新建道路12公里。\n"


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("utf-8"),
        codecs.BOM_UTF8 + PAGE.encode("utf-8"),
        PAGE.encode("gb18030"),
        PAGE.encode("gbk"),
        PAGE.encode("utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom"],
)
def test_decodes_common_encodings(data: bytes) -> None:
    assert decode_page(data) == PAGE


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_become_lf(newline: str) -> None:
    data = PAGE.replace("\n", newline).encode("utf-8")
    assert decode_page(data) == PAGE


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t", codecs.BOM_UTF8])
def test_empty_files_are_refused(data: bytes) -> None:
    with pytest.raises(UndecodableFile, match="empty"):
        decode_page(data)


def test_random_bytes_are_refused_as_binary() -> None:
    rng = random.Random(42)
    data = bytes(rng.randrange(256) for _ in range(4096))
    with pytest.raises(UndecodableFile, match=r"binary|readable|neither"):
        decode_page(data)


def test_binary_with_control_characters_is_refused() -> None:
    data = ("abc" + "\x01\x02\x03\x04" * 50).encode("utf-8")
    with pytest.raises(UndecodableFile, match="binary"):
        decode_page(data)


def test_huge_file_is_refused_before_decoding() -> None:
    data = b"a" * (MAX_PAGE_BYTES + 1)
    with pytest.raises(PageTooLarge, match="bytes"):
        decode_page(data)


def test_huge_single_line_is_refused_with_its_line_number() -> None:
    data = ("标题\n" + "字" * (MAX_LINE_CHARS + 1) + "\n").encode("utf-8")
    with pytest.raises(PageTooLarge, match="line 2"):
        decode_page(data)


def test_page_too_large_is_an_undecodable_file() -> None:
    assert issubclass(PageTooLarge, UndecodableFile)
    assert issubclass(UndecodableFile, ValueError)
