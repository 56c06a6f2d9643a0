"""Units of measure and currencies: every printed spelling, and the one normalised name it is stored under.

Data only. A unit is stored as printed (mm stays mm, 平米 stays 平米: the gold's convention); only a defective
print (平方) and another script's spelling of one word (㎡) fold. Currencies never fold into one another: 美元, 港元
and 元 are separate units, so no sum ever adds dollars to yuan. Conversions between different units (斤 to 公斤)
are not made: the figure stays as printed.
"""

from __future__ import annotations

# Measures written in Chinese (the counting words live in quantity_words.MEASURE_UNITS).
CHINESE_MEASURES = """
公里 千米 厘米 毫米 公斤 毫升 升 公顷 平方公里 平方千米 平米
公分 海里 英里 英寸 吋 英尺 呎 立方 立方厘米 公升 毫克 马力 兆瓦时 兆瓦 千瓦时 千瓦 千伏
"""
# Latin-script measures; matched only when no letter follows (so "kmh" is not km).
LATIN_MEASURES = (
    "km²", "km2", "m²", "m2", "㎡", "m³", "m3", "km", "cm", "mm", "kg", "ml", "mL", "kWh", "kwh", "kW", "kw", "MW",
    "ha", "MWp", "kWp", "kV", "℃", "°C",
)  # fmt: skip

# Currency names printed after the figure.
CURRENCY_NAMES = """
美元 美圆 美金 美分 日元 日圆 欧元 英镑 港元 港币 澳门元 澳门币 澳元 澳大利亚元 新台币 台币 卢布 瑞士法郎 法郎
韩元 加元 加拿大元 新加坡元 泰铢 卢比 人民币
"""
# Symbols and codes printed before the figure (longest first when matching), with their currency.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "美元", "HK$": "港元", "NT$": "新台币", "MOP$": "澳门元", "A$": "澳元", "C$": "加元", "S$": "新加坡元",
    "$": "美元", "￥": "元", "¥": "元", "€": "欧元", "£": "英镑", "₩": "韩元", "₽": "卢布",
    "RMB": "元", "CNY": "元", "USD": "美元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元", "HKD": "港元",
    "人民币": "元",
}  # fmt: skip
# Codes printed after the figure (400 EUR).
CURRENCY_CODES: dict[str, str] = {
    code: currency for code, currency in CURRENCY_PREFIXES.items() if code.isascii() and code.isalpha()
}

# Spelling → normalised unit. A spelling not listed is its own normalised name. Units are kept as printed, as the
# gold writes them (面积409.2平方千米 → 平方千米, 1087.8mm → mm, 6800平米 → 平米, 270kV → kV): 千米, 千克, 平米 and the
# Latin symbols are spellings of their own. Only a defective print (3万平方 → 平方米) and the symbols that are the
# same spelling of 平方米/立方米 in another script (㎡, m2, m³) fold.
UNIT_CANONICAL: dict[str, str] = {
    # area and volume
    "平方": "平方米", "㎡": "平方米", "m2": "平方米", "m²": "平方米",
    "立方": "立方米", "m3": "立方米", "m³": "立方米",
    # ratios
    "个百分点": "百分点",
    # money: spellings of one currency fold; different currencies never do
    "元钱": "元", "块钱": "元", "人民币": "元", "美圆": "美元", "美金": "美元", "日圆": "日元", "港币": "港元",
    "澳门币": "澳门元", "台币": "新台币", "加拿大元": "加元", "澳大利亚元": "澳元",
}  # fmt: skip

# Subunits: printed unit → (currency, factor). 五毛 is 0.5 元, 三美分 0.03 美元.
CURRENCY_SUBUNITS: dict[str, tuple[str, str]] = {"角": ("元", "0.1"), "毛": ("元", "0.1"), "分": ("元", "0.01"),
                                                  "美分": ("美元", "0.01")}  # fmt: skip

CURRENCIES: frozenset[str] = frozenset(
    {"元"} | {UNIT_CANONICAL.get(name, name) for name in CURRENCY_NAMES.split()} | set(CURRENCY_PREFIXES.values())
)
MEASURES: frozenset[str] = frozenset(
    {UNIT_CANONICAL.get(name, name) for name in (*CHINESE_MEASURES.split(), *LATIN_MEASURES)}
)
