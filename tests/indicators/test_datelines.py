"""A wire dateline opening a paragraph (…日电, 本报讯, with a bracketed credit) never names a figure: the indicators
pass it with the reader the articles read it with (`core.text.datelines`)."""

import pytest

from core.text.datelines import after_dateline
from indicators.extraction import extract_indicators


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("兰州5月8日电  新建大棚120座", "新建大棚120座"),
        ("本报讯 (记者 张明 通讯员 李华)全县新建大棚120座", "全县新建大棚120座"),
        ("据新华社西宁9月3日电(记者王强)全县新建大棚120座", "全县新建大棚120座"),
        ("江城日报讯 新建大棚120座", "新建大棚120座"),
        ("本报讯（记者 张明）全县新建大棚120座", "全县新建大棚120座"),
    ],
)
def test_dateline_is_passed(text: str, rest: str) -> None:
    assert text[after_dateline(text, 0, len(text)) :] == rest


@pytest.mark.parametrize(
    "text", ["通讯员走访农户30户", "全年资讯服务收入5万元", "新建大棚120座", "喜讯传来 新建大棚120座"]
)
def test_words_ending_in_xun_or_plain_clauses_are_kept(text: str) -> None:
    assert after_dateline(text, 0, len(text)) == 0


def test_dateline_stays_out_of_the_metric() -> None:
    metrics = [c.metric for c in extract_indicators("兰州5月8日电  全县新建大棚120座。", page_year=2020)]
    assert metrics and not any("电" in metric for metric in metrics)


def test_enumerated_range_gives_low_and_high_rows() -> None:
    found = extract_indicators("合作社每年有六、七十万元的营业额。", page_year=2020)
    assert [(str(c.quantity.value), c.quantity.qualifier) for c in found] == [
        ("600000", "at_least"),
        ("700000", "at_most"),
    ]
