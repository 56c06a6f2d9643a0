"""Does an indicator's evidence point at its own words? Pure checks of offsets against the page text.

Every offset points into `Source.text` (see `articles.models`). An indicator written through the API must quote the
page exactly where it says: the clause at `evidence_start:evidence_end` and the figure at `start_offset:end_offset`,
inside the clause, inside the page. Line breaks and spaces are not compared (see `_squeezed`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_WHITESPACE = re.compile(r"\s+")


def _squeezed(text: str) -> str:
    # The importer rejoins lines a column wrapped (a clause may cross a line break on the page), so whitespace is
    # not part of the comparison; every other character is.
    return _WHITESPACE.sub("", text)


SPANS = (("evidence_start", "evidence_end", "evidence_text"), ("start_offset", "end_offset", "quantity_text"))


def evidence_errors(page: str, values: Mapping[str, Any]) -> dict[str, list[str]]:
    """Messages per field for the spans in `values` (a full set of indicator fields) that do not match `page`."""
    errors: dict[str, list[str]] = {}
    for start_name, end_name, text_name in SPANS:
        start, end, text = values.get(start_name), values.get(end_name), values.get(text_name)
        if start is None or end is None:
            continue
        if end > len(page):
            errors[end_name] = [f"{end_name} {end} is past the end of the page ({len(page)} characters)."]
        elif text is not None and _squeezed(page[start:end]) != _squeezed(text):
            errors[text_name] = [
                f"{text_name} must be the page's text at {start}:{end}, which is {page[start:end][:80]!r}."
            ]
    ev_start, ev_end = values.get("evidence_start"), values.get("evidence_end")
    q_start, q_end = values.get("start_offset"), values.get("end_offset")
    if None not in (ev_start, ev_end, q_start, q_end) and not ev_start <= q_start <= q_end <= ev_end:
        errors.setdefault("start_offset", []).append(
            f"The figure ({q_start}:{q_end}) must lie inside its evidence ({ev_start}:{ev_end})."
        )
    return errors
