"""`evaluate --figures`: each gold figure next to the extracted one, paired the way the scorer pairs them."""

from __future__ import annotations

from evaluation.figure_diff import figure_diff


def _figure(value, unit, metric, *, qualifier="exact", place="甲省乙市", text="") -> dict:
    return {"value": value, "unit": unit, "metric": metric, "qualifier": qualifier, "locality": place, "text": text}


def test_lists_misses_extras_and_what_differs_in_a_pair() -> None:
    gold = {
        "p1.txt": {
            "source": "p1.txt",
            "indicators": [
                _figure(120, "户", "种植户数", text="带动120户"),
                _figure(1.8, None, "城乡收入倍差", text="倍差为1.8"),
                _figure(500, "亩", "茶园面积", qualifier="more_than", text="茶园500余亩"),
            ],
        }
    }
    predicted = [
        {
            "source": "p1.txt",
            "indicators": [
                _figure(120, "户", "种植户数", text="带动120户"),
                _figure(500, "亩", "面积", text="茶园500余亩", place="甲省丙市"),
                _figure(3, "年", "年数", text="3年来"),
            ],
        }
    ]
    lines = figure_diff(gold, predicted)
    assert lines[0] == "=== p1.txt"
    assert any(line.startswith("  MISS  1.8 (no unit) exact") for line in lines)
    assert any(line.startswith("  EXTRA 3 年 exact | 年数") for line in lines)
    (pair,) = [line for line in lines if line.startswith("  DIFF")]
    assert (
        "qualifier more_than / exact" in pair
        and "place 甲省乙市 / 甲省丙市" in pair
        and "metric 茶园面积 / 面积" in pair
    )
    assert not any("120" in line for line in lines)  # a pair right in every way is not listed
