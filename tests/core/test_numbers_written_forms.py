"""parse_number on the written forms of Chinese numbers that news pages and OCR produce.

Classes: vague digits inside a figure (二十几万), OCR gaps inside numerals, traditional and financial
characters, and other written forms (半百, 打, 2e5, 40k, 1/4, 2^5). Every integer rendered in Chinese numerals
parses back to itself (property test).
"""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.text.numbers import parse_number

# The value of a figure with a vague digit is its stated base; the qualifier belongs to find_quantities.
VAGUE = [
    ("四十几", "40"),
    ("六十几万", "600000"),
    ("三百零几", "300"),
    ("两百零几万", "2000000"),
    ("四千三百零几万", "43000000"),
    ("八百余万", "8000000"),
    ("二十余万", "200000"),
    ("五十多亿", "5000000000"),
    ("九百多", "900"),
    ("两千余", "2000"),
    ("一万多", "10000"),
    ("6万多", "60000"),
    ("15余万", "150000"),
    ("两千零几十", "2000"),
    ("三万几千", "30000"),
]

OCR_GAPS = [
    ("三百 六 十 五", "365"),
    ("8 万6 千2 百", "86200"),
    ("三千 七 百 八", "3780"),
    ("二 十 余 万", "200000"),
    ("四 万 两 千", "42000"),
    ("九 百 九 十 九", "999"),
    ("2 万 3 千", "23000"),
    ("一 千 零 六", "1006"),
    ("六\u3000十", "60"),
]

TRADITIONAL = [
    ("陸萬", "60000"),
    ("負八", "-8"),
    ("负二点五", "-2.5"),
    ("負3.5", "-3.5"),
    ("兩億", "200000000"),
    ("參佰肆拾", "340"),
    ("柒仟捌佰玖拾", "7890"),
    ("伍億陸仟萬", "560000000"),
    ("貳拾參", "23"),
    ("玖佰零伍", "905"),
    ("叄拾", "30"),
    ("９８７６", "9876"),
    ("－１２", "-12"),
    ("兩千萬", "20000000"),
]

OTHER_FORMS = [
    ("半百", "50"),
    ("一打", "12"),
    ("三打", "36"),
    ("十打", "120"),
    ("3e4", "30000"),
    ("1.5e3", "1500"),
    ("2E6", "2000000"),
    ("25k", "25000"),
    ("7.5k", "7500"),
    ("3K", "3000"),
    ("3/4", "0.75"),
    ("1/8", "0.125"),
    ("五分之二", "0.4"),
    ("百分之四十五", "45"),
    ("千分之八", "8"),
    ("3^4", "81"),
    ("10^6", "1000000"),
]

NUMBER_CLASS = VAGUE + OCR_GAPS + TRADITIONAL + OTHER_FORMS


@pytest.mark.parametrize(("text", "expected"), VAGUE)
def test_vague_digit_reads_as_the_stated_base(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), OCR_GAPS)
def test_ocr_gaps_inside_a_numeral(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), TRADITIONAL)
def test_traditional_and_financial_characters(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), OTHER_FORMS)
def test_other_written_forms(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["1 2", "三 四", "3^", "e5", "k", "1/0", "2^-", "半", "打", "十几几"])
def test_malformed_forms_still_raise(text: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number(text)


_SIMPLE = {"digits": "零一二三四五六七八九", "small": "十百千", "big": "万亿"}
_FINANCIAL = {"digits": "零壹贰叁肆伍陆柒捌玖", "small": "拾佰仟", "big": "万亿"}
_TRADITIONAL = {"digits": "零壹貳參肆伍陸柒捌玖", "small": "拾佰仟", "big": "萬億"}


def _below_ten_thousand(n: int, style: dict[str, str], *, leading: bool) -> str:
    digits, small = style["digits"], style["small"]
    out, zero_pending = "", False
    for power, unit in ((1000, small[2]), (100, small[1]), (10, small[0]), (1, "")):
        digit = n // power % 10
        if digit == 0:
            zero_pending = bool(out) or not leading
            continue
        if zero_pending and (out or not leading):
            out += digits[0]
        zero_pending = False
        out += digits[digit] + unit
    return out


def render_chinese(n: int, style: dict[str, str]) -> str:
    """The standard written form of n (as on a cheque): 10086 → 一万零八十六."""
    if n == 0:
        return style["digits"][0]
    groups = [(n // 10**8, style["big"][1]), (n // 10**4 % 10**4, style["big"][0]), (n % 10**4, "")]
    out = ""
    for value, big in groups:
        if not value:
            continue
        if out and value < 1000:
            out += style["digits"][0]
        out += _below_ten_thousand(value, style, leading=True) + big
    return out


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(min_value=0, max_value=10**12 - 1),
    style=st.sampled_from([_SIMPLE, _FINANCIAL, _TRADITIONAL]),
    gaps=st.lists(st.booleans(), min_size=40, max_size=40),
    negative=st.booleans(),
)
def test_any_integer_in_chinese_numerals_parses_back(
    n: int, style: dict[str, str], gaps: list[bool], negative: bool
) -> None:
    written = render_chinese(n, style)
    # OCR drops spaces between characters at random.
    spaced = "".join(ch + (" " if gap else "") for ch, gap in zip(written, gaps, strict=False)).strip()
    sign = ("負" if style is _TRADITIONAL else "负") if negative and n else ""
    assert parse_number(sign + spaced) == (-n if sign else n)
