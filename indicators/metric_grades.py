"""Counts broken down by grade that share one noun printed once, after the last grade (含4家省级、2家市级龙头企业,
3个国家级、5个省级示范社): each earlier figure is followed only by its grade, and names the shared noun with it.

Called by `indicators.metric_families` for counts; pure functions on strings.
"""

from __future__ import annotations

import re

from indicators.metric_clauses import noun_phrase_after

# An administrative grade (国家级, 省级, 市级 …) standing alone between a count and the list separator.
_GRADES = r"(?:国家|省|自治区|市|州|盟|县|区|旗|乡|镇|村)级"
_GRADE_ONLY = re.compile(r"^\s*(" + _GRADES + r")\s*[、和及与]?\s*$")
# The last grade of the list, with the noun all items share after it.
_LAST_GRADE = re.compile(_GRADES + r"([^、,，。；;:：0-9]{2,})$")


def shared_grade_noun(right: str, beyond: str) -> str:
    """省级 + the noun after the list's last grade (龙头企业) -> 省级龙头企业; '' when `right` is not a lone grade."""
    grade = _GRADE_ONLY.match(right)
    shared = _LAST_GRADE.search(beyond.strip()) if grade else None
    if not grade or not shared:
        return ""
    noun = noun_phrase_after(shared.group(1))
    return grade.group(1) + noun if len(noun) >= 2 else ""
