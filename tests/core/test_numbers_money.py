"""find_quantities on money: compound amounts, symbols and codes, and currency names each a unit of its own."""

import pytest

from core.text.numbers import find_quantities


def pairs(text: str) -> list[tuple[str, str]]:
    return [(str(q.value), q.unit) for q in find_quantities(text)]


CURRENCY_CLASS = [
    # compound yuan / jiao / fen
    ("车票八元五毛", [("8.5", "元")]),
    ("每斤3元2角5分", [("3.25", "元")]),
    ("找零二十元零五分", [("20.05", "元")]),
    ("一共三块五", [("3.5", "元")]),
    ("每个5毛钱", [("0.5", "元")]),
    ("单价六角", [("0.6", "元")]),
    ("一根冰棍八毛五", [("0.85", "元")]),
    ("十美元又五十美分", [("10.5", "美元")]),
    ("每股8美分", [("0.08", "美元")]),
    # symbols and codes
    ("售价$35", [("35", "美元")]),
    ("售价 US$ 1.2万", [("12000", "美元")]),
    ("收费￥260", [("260", "元")]),
    ("收费¥88.5", [("88.5", "元")]),
    ("合同金额RMB 500万", [("5000000", "元")]),
    ("投资USD 300", [("300", "美元")]),
    ("价值400 EUR", [("400", "欧元")]),
    ("票价€20", [("20", "欧元")]),
    ("£15的门票", [("15", "英镑")]),
    ("HK$200", [("200", "港元")]),
    ("人民币3万元", [("30000", "元")]),
    ("人民币八百", [("800", "元")]),
    ("50万元人民币", [("500000", "元")]),
    # currency names, each its own unit, spellings folded
    ("投资800万美元", [("8000000", "美元")]),
    ("两千美圆", [("2000", "美元")]),
    ("10万美金", [("100000", "美元")]),
    ("300万日元", [("3000000", "日元")]),
    ("5亿欧元", [("500000000", "欧元")]),
    ("20英镑", [("20", "英镑")]),
    ("6000港币", [("6000", "港元")]),
    ("100港元", [("100", "港元")]),
    ("500澳门元", [("500", "澳门元")]),
    ("300澳门币", [("300", "澳门元")]),
    ("一千新台币", [("1000", "新台币")]),
    ("2万卢布", [("20000", "卢布")]),
    ("50瑞士法郎", [("50", "瑞士法郎")]),
    ("30万韩元", [("300000", "韩元")]),
    ("400澳元", [("400", "澳元")]),
    ("80加元", [("80", "加元")]),
]


@pytest.mark.parametrize(("text", "expected"), CURRENCY_CLASS)
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_printed_currency_is_kept() -> None:
    (quantity,) = find_quantities("两千美圆")
    assert (quantity.unit, quantity.printed_unit) == ("美元", "美圆")


@pytest.mark.parametrize("text", ["三角形", "分三批", "八角楼", "一分为二", "四角亭", "院落一角,花坛里", "村子一角。"])
def test_money_words_that_are_not_money(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit == "元"] == []


def test_one_jiao_is_money_with_qian() -> None:
    assert [(str(q.value), q.unit) for q in find_quantities("每斤一角钱")] == [("0.1", "元")]
