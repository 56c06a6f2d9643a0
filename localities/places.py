"""The value types the resolver hands out: a place with its chain of parents, and a mention of one in a text.

Kept apart from the resolver so that the modules reading clauses and paragraphs (and callers that only store or
type-check places) can name these types without importing the page-resolution machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Place:
    """One place as the database will hold it; ``parent`` makes the chain up to the province."""

    name: str  # as newspapers print it: 枣庄市, 山亭区, 水泉镇, 阳泉高新技术产业开发区
    level: str  # province|prefecture|county|zone|township|village|community
    code: str | None  # 12-digit official code, None when inferred from grammar only
    parent: Place | None
    verified: bool  # False when not in the gazetteer (inferred from grammar with a parent in the text)
    aliases: tuple[str, ...] = field(default=(), compare=False)  # long forms, short forms, OCR readings

    @property
    def chain(self) -> list[Place]:
        """Ancestors from the province down, ending with self."""
        chain: list[Place] = []
        node: Place | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    @property
    def full_name(self) -> str:
        return "".join(p.name for p in self.chain)

    def is_within(self, other: Place) -> bool:
        return any(p == other for p in self.chain[:-1])


@dataclass(frozen=True)
class LocalityMention:
    start: int  # offsets into the text it was found in
    end: int
    text: str  # exactly as printed (may be a short form 滕州 or an OCR variant)
    place: Place
    confidence: float
    dateline: bool = False  # names where a dateline was filed from (新华社哈尔滨电), not the report's subject
