"""Texts printed one short phrase a line, their sentences running over several lines (`大家常吃的夏威夷果,` /
`很可能来自肇庆。`): a social-media digest's layout. Its short lines look like headlines one by one, but in a long run
of them some end on a comma and others close the sentences those began: they are text. Only the run's first line, a
whole exclamation or question under a finished text (`某地这些地方竟藏着这么多“宝藏”!`), is the digest's headline.
`articles.phrase_lines` reads the other kind of phrase text, whose lines carry no punctuation at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text.cleaning import ends_sentence

if TYPE_CHECKING:
    from articles.page_blocks import Block

MAX_PHRASE_CHARS = 20
MIN_PHRASE_RUN = 6
MIN_OPEN_ENDINGS = 2
"""Lines ending on a comma: sentences the layout spread over lines."""
MIN_CLOSED_ENDINGS = 2


def _is_phrase(block: Block) -> bool:
    return block.credit is None and not block.is_caption_mark and len(block.text) <= MAX_PHRASE_CHARS


def mark_phrase_texts(blocks: list[Block]) -> None:
    """Mark the lines of every run of phrase text as text (`Block.phrase_line`), in place; its first line is a
    headline when it is a whole exclamation or question printed under a finished text."""
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _is_phrase(blocks[j]) and (j == i or not blocks[j].boundary_before):
            j += 1
        run = blocks[i:j]
        open_endings = sum(b.text.rstrip()[-1:] in ",," for b in run)
        closed_endings = sum(ends_sentence(b.text) for b in run)
        if len(run) >= MIN_PHRASE_RUN and open_endings >= MIN_OPEN_ENDINGS and closed_endings >= MIN_CLOSED_ENDINGS:
            above = blocks[i - 1] if i > 0 else None
            first = run[0]
            headline = first.text.rstrip()[-1:] in "!?!?" and (above is None or ends_sentence(above.text))
            for block in run[1:] if headline else run:
                block.heading_candidate = False
                block.phrase_line = True
            if headline:
                first.heading_candidate = True
        i = max(j, i + 1)
