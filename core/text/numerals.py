"""Parse one numeral expression (Arabic, Chinese, financial or mixed) into a Decimal.

This module only converts a span that is already known to be a number. Finding the spans in
running text is `core.text.numbers.find_quantities`'s job: converting whole text would turn
words such as 统一 or 一站式 into digits.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from core.text.numeral_forms import parse_written_form

# Full-width forms map one character to one character, so offsets into the original text survive.
FULLWIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
FULLWIDTH_TABLE[0x3000] = 0x20

DIGIT_VALUES: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "洞": 0,
    "一": 1, "幺": 1, "壹": 1, "弌": 1,
    "二": 2, "两": 2, "兩": 2, "俩": 2, "倆": 2, "贰": 2, "貳": 2, "弍": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3, "弎": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
# Contracted tens are written as one character in older or informal text.
TENS_CONTRACTIONS = {"廿": "二十", "卄": "二十", "卅": "三十", "卌": "四十"}

_DIGIT_CHARS = frozenset(DIGIT_VALUES)
# Every character a Chinese numeral is written with, traditional and financial forms included (numeral spans).
NUMERAL_CHARACTERS = "零〇○一二两兩三四五六七八九十百千万亿壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬億廿卅"
CHINESE_NUMERAL_CHARS = "".join(DIGIT_VALUES) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "".join(TENS_CONTRACTIONS)

_ARABIC = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_GROUPED_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# Markers that say "a bit more / roughly" but do not change the printed value (3万余 is 30000).
_APPROX_TAIL = re.compile(r"(?:余|多|来|左右|有余)$")
_INNER_APPROX = re.compile(r"(?<=[\d十百千拾佰仟])[余多](?=[万萬亿億])")
# A vague last digit (二十几, 一百零几万) stands for "some": the figure is its stated base.
_VAGUE_DIGIT = re.compile(r"(?<=[十拾])几|(?<=[百千佰仟万萬亿億])零?几[十百千拾佰仟]?(?=[万萬亿億]|$)")
# OCR breaks numerals with spaces (一百 五 十 二, 7 万5 千); a gap between two Arabic digits is kept, since
# "1 2" is two numbers, not twelve.
_NUMERAL_GAP = re.compile(
    rf"(?<=[{CHINESE_NUMERAL_CHARS}几余多\d])[ \t\u3000\u2009\u202f]+(?=[{CHINESE_NUMERAL_CHARS}几余多])"
    rf"|(?<=[{CHINESE_NUMERAL_CHARS}几余多])[ \t\u3000\u2009\u202f]+(?=\d)"
)


def _normalise(text: str) -> str:
    text = text.translate(FULLWIDTH_TABLE).strip()
    text = re.sub(r"(?<=\d)[\s\u2009\u202f](?=\d{3}(?!\d))", "", text)
    if not text.isalnum():
        # Only a text with a gap (or punctuation) can hold an OCR gap; most numerals have none.
        text = _NUMERAL_GAP.sub("", text)
    text = text.replace("，", ",").replace("。", ".").replace("．", ".")
    for contracted, expanded in TENS_CONTRACTIONS.items():
        text = text.replace(contracted, expanded)
    return text


def parse_number(s: str) -> Decimal:
    """Convert one whole numeral expression to a Decimal.

    Accepts Arabic numbers with thousands separators and decimals (3,682.27), full-width digits,
    Chinese and financial numerals (三千五百四十五, 一万零一, 贰佰, 两), contracted forms (一万五 = 15000),
    digit-by-digit years (二〇二〇), Chinese decimals (三点五), mixed forms with 万/亿 (5.2万, 1亿2000万),
    a trailing approximation marker (3万余), percentages (百分之九十 → 90, 95.9% → 95.9) and fractions
    (三分之一). Raises ValueError naming the input when the string is not entirely a number, because a
    silent partial parse would put a wrong figure into the database.
    """
    if not isinstance(s, str):
        raise ValueError(f"parse_number expects a string, got {type(s).__name__}")
    text = _normalise(s)
    if not text:
        raise ValueError("not a number: empty string")
    try:
        return _parse_signed(text)
    except (ValueError, InvalidOperation, IndexError):
        raise ValueError(f"not a number: {s!r}") from None


def _parse_signed(text: str) -> Decimal:
    negative = False
    if text[0] in "-−负負":
        negative, text = True, text[1:]
    elif text[0] in "+正":
        text = text[1:]
    text = _APPROX_TAIL.sub("", text)
    # 1300余万 / 20多万: the marker sits between the digits and the multiplier.
    text = _INNER_APPROX.sub("", text)
    text = _VAGUE_DIGIT.sub("", text)
    if text.endswith(("%", "‰")):
        text = text[:-1]
    value = parse_written_form(text, _parse_fraction_or_plain)
    return tidy_decimal(-value if negative else value)


def tidy_decimal(value: Decimal) -> Decimal:
    """Drop a meaningless fraction (52000.0 → 52000) without switching to exponent notation."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _parse_fraction_or_plain(text: str) -> Decimal:
    if text.startswith("百分之"):
        return _parse_unsigned(text[3:])
    if text.startswith("千分之"):
        # Per mille as printed (千分之五 → 5); the caller carries the ‰ unit.
        return _parse_unsigned(text[3:])
    if "分之" in text:
        denominator, numerator = text.split("分之", 1)
        den = _parse_unsigned(denominator)
        if den == 0:
            raise ValueError("zero denominator")
        return _parse_unsigned(numerator) / den
    return _parse_unsigned(text)


def _parse_unsigned(text: str) -> Decimal:
    if not text:
        raise ValueError("empty")
    if _GROUPED_ARABIC.fullmatch(text):
        return Decimal(text.replace(",", ""))
    if _ARABIC.fullmatch(text):
        return Decimal(text)
    if set(text) <= _DIGIT_CHARS:
        if len(text) == 1:
            return Decimal(DIGIT_VALUES[text])
        # Digit-by-digit reading (二〇二〇, 一九九七); 两 never spells a digit in that style, and two
        # adjacent digits (三四个) are an approximate range, not thirty-four.
        if "两" in text or (len(text) == 2 and not set(text) & set("零〇○")):
            raise ValueError("not a digit-by-digit number")
        return Decimal("".join(str(DIGIT_VALUES[ch]) for ch in text))
    for big_char, big_value in sorted(BIG_UNITS.items(), key=lambda kv: -kv[1]):
        if big_char in text:
            return _split_on_big_unit(text, big_char, big_value)
    if "点" in text:
        return _parse_chinese_decimal(text)
    return _parse_below_ten_thousand(text)


def _split_on_big_unit(text: str, big_char: str, big_value: int) -> Decimal:
    # Split on the last occurrence so 一万亿 reads as (一万)×亿 and 一亿二千万 as 一×亿 + 二千万.
    index = text.rfind(big_char)
    left, right = text[:index], text[index + 1 :]
    if not left:
        raise ValueError(f"{big_char} without a multiplicand")
    multiplicand = _parse_unsigned(left)
    return multiplicand * big_value + _parse_remainder(right, big_value)


def _parse_remainder(right: str, unit_value: int) -> Decimal:
    if not right:
        return Decimal(0)
    if right[0] in "零〇":
        rest = _parse_unsigned(right[1:])
        if rest >= unit_value:
            raise ValueError("remainder too large")
        return rest
    if len(right) == 1 and (right in DIGIT_VALUES or right.isdigit()):
        # Colloquial contraction: 一万五 / 2万5 is 15000 / 25000.
        digit = DIGIT_VALUES[right] if right in DIGIT_VALUES else int(right)
        return Decimal(digit) * unit_value / 10
    rest = _parse_unsigned(right)
    if rest >= unit_value:
        raise ValueError("remainder too large")
    return rest


def _parse_chinese_decimal(text: str) -> Decimal:
    integer_part, fraction_part = text.split("点", 1)
    if not fraction_part or any(ch not in DIGIT_VALUES and not ch.isdigit() for ch in fraction_part):
        raise ValueError("bad decimal fraction")
    integer = _parse_unsigned(integer_part) if integer_part else Decimal(0)
    digits = "".join(ch if ch.isdigit() else str(DIGIT_VALUES[ch]) for ch in fraction_part)
    return integer + Decimal("0." + digits)


def _tokenise_small(text: str) -> list[tuple[str, Decimal]]:
    tokens: list[tuple[str, Decimal]] = []
    position = 0
    while position < len(text):
        arabic = _ARABIC.match(text, position)
        if arabic:
            tokens.append(("digit", Decimal(arabic.group())))
            position = arabic.end()
            continue
        ch = text[position]
        if ch in "零〇":
            tokens.append(("zero", Decimal(0)))
        elif ch in DIGIT_VALUES:
            tokens.append(("digit", Decimal(DIGIT_VALUES[ch])))
        elif ch in SMALL_UNITS:
            tokens.append(("unit", Decimal(SMALL_UNITS[ch])))
        else:
            raise ValueError(f"unexpected character {ch!r}")
        position += 1
    return tokens


def _parse_below_ten_thousand(text: str) -> Decimal:
    """Positional reading with 十/百/千 (and Arabic multiplicands such as 3千)."""
    total = Decimal(0)
    pending: Decimal | None = None
    last_unit: Decimal | None = None
    after_zero = False
    for kind, value in _tokenise_small(text):
        if kind == "zero":
            if pending is not None:
                raise ValueError("zero after a digit")
            after_zero = True
        elif kind == "digit":
            if pending is not None:
                raise ValueError("two digits in a row")
            pending = value
        else:
            if last_unit is not None and value >= last_unit:
                raise ValueError("units out of order")
            if pending is None and value != 10 and (total or after_zero):
                # A bare 百/千 (百人, 千年) means one hundred/thousand only at the very start.
                raise ValueError("unit without a digit")
            total += (pending if pending is not None else Decimal(1)) * value
            pending, last_unit, after_zero = None, value, False
    if pending is not None:
        if last_unit is not None and last_unit >= 100 and not after_zero:
            total += pending * last_unit / 10
        else:
            total += pending
    elif after_zero:
        raise ValueError("trailing zero")
    return total
