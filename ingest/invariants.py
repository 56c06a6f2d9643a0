"""What must hold of a page's extraction before any of it is written.

Every mention and every indicator is evidence inside its article: a place or program mention lies within the
article's span — or in the section label printed just above it (脱贫攻坚·乡村振兴 heads the feature it names), i.e.
after the previous article's end — and an indicator's figure and evidence lie within the article itself. A page
whose extraction breaks this (what a runaway page of megabytes did) fails as a whole, whatever its size, instead of
storing evidence that points at the wrong text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.extraction import PageExtraction


class BrokenInvariant(ValueError):
    """The extraction of a page is not self-consistent; nothing of the page is written."""


def check_spans(extraction: PageExtraction, text_length: int) -> None:
    """Raise `BrokenInvariant` naming the first fact found outside its article (and how many there are)."""
    problems: list[str] = []
    previous_end = 0
    for facts in extraction.articles:
        segment = facts.segment
        start, end = segment.start, segment.end
        if not 0 <= start <= end <= text_length:
            problems.append(f"article {segment.position} spans {start}–{end} outside the page (0–{text_length})")
        label_start = min(previous_end, start)
        for kind, spans in (
            ("place", [fact.span for fact in facts.places]),
            ("program", [fact.span for fact in facts.programs]),
        ):
            for span in spans:
                if not label_start <= span.start <= span.end <= end:
                    problems.append(
                        f"{kind} mention at {span.start}–{span.end} outside article {segment.position} ({start}–{end})"
                    )
        for fact in facts.indicators:
            for span in (fact.figure, fact.evidence):
                if not start <= span.start <= span.end <= end:
                    problems.append(
                        f"indicator at {span.start}–{span.end} outside article {segment.position} ({start}–{end})"
                    )
        previous_end = max(previous_end, end)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise BrokenInvariant(
            f"extraction is inconsistent: {problems[0]}{more}; nothing of this page was written — "
            "report the page to the developers"
        )
