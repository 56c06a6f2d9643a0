"""find_quantities on measures: units as printed (千米, 平方千米, km, mm, 平米), as the gold writes them; only another
script's spelling of 平方米/立方米 (㎡, m², m³) folds, the printed unit kept beside it."""

import pytest

from core.text.numbers import find_quantities


def pairs(text: str) -> list[tuple[str, str]]:
    return [(str(q.value), q.unit) for q in find_quantities(text)]


DIMENSION_CLASS = [
    # length
    ("道路全长12千米", [("12", "千米", "千米")]),
    ("新修一百五十公里", [("150", "公里", "公里")]),
    ("全长3.6 km", [("3.6", "km", "km")]),
    ("直径20公分", [("20", "公分", "公分")]),
    ("宽80cm", [("80", "cm", "cm")]),
    ("厚度5毫米", [("5", "毫米", "毫米")]),
    ("降雨量35mm", [("35", "mm", "mm")]),
    ("屏幕55英寸", [("55", "英寸", "英寸")]),
    ("屏幕32吋", [("32", "吋", "吋")]),
    ("高6英尺", [("6", "英尺", "英尺")]),
    ("航行300海里", [("300", "海里", "海里")]),
    # area and volume
    ("面积3.5平方千米", [("3.5", "平方千米", "平方千米")]),
    ("改造住房60㎡", [("60", "平方米", "㎡")]),
    ("新增绿化6800平米", [("6800", "平米", "平米")]),
    ("年平均气温为19.6℃", [("19.6", "℃", "℃")]),
    ("建筑面积2000m²", [("2000", "平方米", "m²")]),
    ("种植500亩", [("500", "亩", "亩")]),
    ("造林80公顷", [("80", "公顷", "公顷")]),
    ("清淤1.2万立方米", [("12000", "立方米", "立方米")]),
    ("蓄水30m³", [("30", "立方米", "m³")]),
    # weight and capacity
    ("收获5千克", [("5", "千克", "千克")]),
    ("体重60kg", [("60", "kg", "kg")]),
    ("年产3万吨", [("30000", "吨", "吨")]),
    ("收购200斤", [("200", "斤", "斤")]),
    ("储水1.5升", [("1.5", "升", "升")]),
    ("每瓶500毫升", [("500", "毫升", "毫升")]),
    ("容量250ml", [("250", "ml", "ml")]),
    # power and energy
    ("装机容量2兆瓦", [("2", "兆瓦", "兆瓦")]),
    ("功率75kW", [("75", "kW", "kW")]),
    ("发电量300万千瓦时", [("3000000", "千瓦时", "千瓦时")]),
    ("年发电120万度", [("1200000", "度", "度")]),  # the measure word as printed, as the reference gold keeps
    ("用电8000kWh", [("8000", "kWh", "kWh")]),
    ("拖拉机150马力", [("150", "马力", "马力")]),
]


@pytest.mark.parametrize(("text", "expected"), DIMENSION_CLASS)
def test_measures(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(str(q.value), q.unit, q.printed_unit) for q in find_quantities(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [("气温30度", "度"), ("倾斜45度", "度"), ("坡度15度", "度")],
)
def test_degrees_that_are_not_electricity_keep_their_unit(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]
