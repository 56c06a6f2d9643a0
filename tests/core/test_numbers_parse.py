"""parse_number: whole numeral expressions in every written form, and clear errors otherwise."""

from decimal import Decimal

import pytest

from core.text.numbers import parse_number

ARABIC = [
    ("0", "0"),
    ("7", "7"),
    ("123", "123"),
    ("3682.27", "3682.27"),
    ("3,682.27", "3682.27"),
    ("12,345,678", "12345678"),
    ("1,000", "1000"),
    ("0.5", "0.5"),
    (".5", "0.5"),
    ("17.3", "17.3"),
    ("95.9", "95.9"),
    ("007", "7"),
    ("  42  ", "42"),
    ("-3", "-3"),
    ("+8", "8"),
    ("１２３", "123"),
    ("３．５", "3.5"),
    ("１，２３４", "1234"),
    ("2 000", "2000"),
]

CHINESE = [
    ("零", "0"),
    ("〇", "0"),
    ("一", "1"),
    ("二", "2"),
    ("两", "2"),
    ("三", "3"),
    ("九", "9"),
    ("十", "10"),
    ("十一", "11"),
    ("十八", "18"),
    ("二十", "20"),
    ("二十一", "21"),
    ("九十九", "99"),
    ("一百", "100"),
    ("一百零八", "108"),
    ("一百一十", "110"),
    ("一百一", "110"),
    ("两百五", "250"),
    ("三百零五", "305"),
    ("九百九十九", "999"),
    ("一千", "1000"),
    ("一千零一", "1001"),
    ("一千零一十", "1010"),
    ("两千", "2000"),
    ("三千五", "3500"),
    ("三千五百四十五", "3545"),
    ("三千零五十", "3050"),
    ("一万", "10000"),
    ("一万零一", "10001"),
    ("一万五", "15000"),
    ("一万五千", "15000"),
    ("两万三千四百", "23400"),
    ("十万", "100000"),
    ("十二万", "120000"),
    ("一百万", "1000000"),
    ("三千万", "30000000"),
    ("一亿", "100000000"),
    ("一亿二", "120000000"),
    ("一亿二千万", "120000000"),
    ("一亿零五百万", "105000000"),
    ("十亿", "1000000000"),
    ("一万亿", "1000000000000"),
    ("百", "100"),
    ("千", "1000"),
    ("廿五", "25"),
    ("卅", "30"),
    ("负五", "-5"),
    ("三点五", "3.5"),
    ("零点五", "0.5"),
    ("十二点零五", "12.05"),
    ("三点五万", "35000"),
    ("二〇二〇", "2020"),
    ("一九九七", "1997"),
    ("二零一七", "2017"),
]

FINANCIAL = [
    ("壹", "1"),
    ("贰", "2"),
    ("叁", "3"),
    ("肆", "4"),
    ("伍", "5"),
    ("陆", "6"),
    ("柒", "7"),
    ("捌", "8"),
    ("玖", "9"),
    ("拾", "10"),
    ("贰佰", "200"),
    ("壹仟", "1000"),
    ("壹万贰仟叁佰肆拾伍", "12345"),
    ("伍拾万", "500000"),
    ("叁亿", "300000000"),
    ("壹佰零伍", "105"),
    ("萬", None),
    ("壹萬", "10000"),
    ("貳億", "200000000"),
]

MIXED = [
    ("5.2万", "52000"),
    ("1370.19万", "13701900"),
    ("2.49亿", "249000000"),
    ("40.9万", "409000"),
    ("3万", "30000"),
    ("3千", "3000"),
    ("2百", "200"),
    ("1亿2000万", "120000000"),
    ("3万余", "30000"),
    ("460多万", "4600000"),
    ("1300余万", "13000000"),
    ("3,500万", "35000000"),
    ("１．５万", "15000"),
    ("0.5亿", "50000000"),
    ("2万5", "25000"),
]

PERCENT_AND_FRACTIONS = [
    ("百分之九十", "90"),
    ("百分之百", "100"),
    ("百分之五", "5"),
    ("百分之九十五点五", "95.5"),
    ("百分之12.5", "12.5"),
    ("95.9%", "95.9"),
    ("100%", "100"),
    ("１００％", "100"),
    ("千分之五", "5"),
    ("二分之一", "0.5"),
    ("四分之三", "0.75"),
    ("五分之二", "0.4"),
]


@pytest.mark.parametrize(("text", "expected"), ARABIC + CHINESE + MIXED + PERCENT_AND_FRACTIONS)
def test_parse_number_values(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), FINANCIAL)
def test_parse_financial_numerals(text: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(ValueError):
            parse_number(text)
    else:
        assert parse_number(text) == Decimal(expected)


def test_third_is_a_repeating_decimal() -> None:
    assert abs(parse_number("三分之一") - Decimal(1) / Decimal(3)) < Decimal("1e-20")


@pytest.mark.parametrize("text", ["52000", "5.2万", "五万二千", "伍万贰仟"])
def test_result_has_no_exponent_or_trailing_zero(text: str) -> None:
    assert str(parse_number(text)) == "52000"


NOT_NUMBERS = [
    "",
    "   ",
    "统一",
    "万",
    "亿",
    "abc",
    "一站式",
    "十百",
    "三四",
    "一二三千",
    "5..2",
    "3.5.1",
    "千零",
    "第三",
    "三个",
    "1+2",
    "9+2",
    "元",
    "两不愁",
    "零分之一",
    "1,23",
    "十万火急",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number_raises_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number(text)


def test_error_message_names_the_input() -> None:
    with pytest.raises(ValueError, match="统一"):
        parse_number("统一")


def test_non_string_is_rejected() -> None:
    with pytest.raises(ValueError):
        parse_number(12)  # type: ignore[arg-type]
