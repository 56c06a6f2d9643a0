import pytest

from core.text.cleaning import ends_sentence, normalize_for_matching, paragraph_fingerprint, squeeze_spaces


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("柳河县,新建１２公里", "柳河县,新建12公里"),
        ("ＡＢＣ（试点）", "ABC(试点)"),
        ("青石\u3000镇", "青石 镇"),
        ("满意率95.9％", "满意率95.9%"),
        ("面积3万㎡", "面积3万㎡"),  # would expand to m2: kept to preserve offsets
        ("第一行\n第二行", "第一行\n第二行"),
    ],
)
def test_normalize_for_matching_folds_widths_and_spaces(raw: str, expected: str) -> None:
    assert normalize_for_matching(raw) == expected


@pytest.mark.parametrize("raw", ["", "ascii only", "全角，标点。１２３", "\u00a0\u200b\u3000㎡…"])
def test_normalize_for_matching_preserves_length(raw: str) -> None:
    assert len(normalize_for_matching(raw)) == len(raw)


def test_squeeze_spaces_drops_spaces_between_cjk_and_maps_back() -> None:
    raw = "柳河 县 建设 5 G 基站"
    squeezed, offsets = squeeze_spaces(raw)
    assert squeezed == "柳河县建设 5 G 基站"
    assert len(offsets) == len(squeezed) + 1
    for i, ch in enumerate(squeezed):
        assert raw[offsets[i]] == ch


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成整改。", True),
        ("他说:“已经完成。”", True),
        ("真是愁人!", True),
        ("一路走,一路看……", True),
        ("(作者系柳河县委书记)", True),
        ("城管等部门有“监管", False),
        ("依托合作", False),
        ("农业产业基础还不牢靠,", False),
        ("", False),
    ],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected


def test_paragraph_fingerprint_ignores_width_spaces_and_punctuation() -> None:
    assert paragraph_fingerprint("新建道路１２公里, 惠及群众。") == paragraph_fingerprint("新建道路12公里,惠及群众.")
