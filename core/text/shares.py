"""Shares of ten printed as 成 and 折, stated as percentages (七成 → 70%, 85折 → 85%, 打对折 → 50%)."""

from __future__ import annotations

import re
from decimal import Decimal

TENTHS_TO_PERCENT = 10
# 成 and 折 are shares of ten only as measure words: 成员, 成本, 折腾, 折合 are other words.
NOT_SHARE_AFTER = {"成": set("员本为立效果绩就熟功长交片批套都品型像形分"), "折": set("腾叠旧合算返射扣服中衷")}
_HALF_PRICE = re.compile(r"打对折")


def half_price_spans(folded: str) -> list[tuple[int, int]]:
    """Where 打对折 (half price, no numeral printed) stands."""
    return [(match.start(), match.end()) for match in _HALF_PRICE.finditer(folded)]


def shares_as_percent(
    unit: str, value: Decimal, low: Decimal | None, high: Decimal | None
) -> tuple[Decimal, Decimal | None, Decimal | None]:
    """七成 and 七折 are seventy per cent: stated as the percentage tables and other figures use.

    成 counts tenths; 折 counts tenths below ten (8折, 7.5折) and hundredths from ten up (85折, 九五折).
    """
    if unit == "成":
        scale = lambda x: x * TENTHS_TO_PERCENT  # noqa: E731
    elif unit == "折":
        scale = lambda x: x * TENTHS_TO_PERCENT if x < TENTHS_TO_PERCENT else x  # noqa: E731
    else:
        return value, low, high
    return scale(value), None if low is None else scale(low), None if high is None else scale(high)
