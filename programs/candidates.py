"""A possible programme mention, shared by every finder, and the document-title test they all apply."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    """A possible mention before overlaps are resolved; `name_text` is what the canonical name is made from."""

    start: int
    end: int
    name_text: str
    national: bool
    confidence: float
    province: str | None = None
    # The quotation a name was made from (“半亩田” of “半亩田”行动): one quotation names one programme per text.
    quoted: str | None = None


def inside_book_title(text: str, index: int) -> bool:
    """Whether position `index` lies inside 《...》 (document titles are not programs themselves)."""
    opening = text.rfind("《", 0, index + 1)
    return opening != -1 and text.find("》", opening) >= index and "\n" not in text[opening:index]
