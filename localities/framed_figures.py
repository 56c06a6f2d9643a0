"""Figures printed inside a sentence's opening frame (按照每年发展100户的计划, 根据…的要求): whose they are.

Why a rule of its own: a frame opening on 按照/根据/依照 states the plan or standard the main clause carries out, and
names no actor; the figures in it are the actor's — the subject (or scope word, 村集体合作社) of the clause right
after the frame.  The nearest place printed before the frame (永昌县有关部门配发了…。按照…) is someone else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localities.clause_scope import scoped_place
from localities.clause_subject import CLAUSE_BREAKS, bounds, clause_subject
from localities.places import LocalityMention, Place

# 按照…的计划, 根据…的要求, 依照…标准: a frame closed by the plan, rule or standard it cites.
PLAN_FRAME = re.compile(
    r"[ \u3000]*(?:按照|根据|依照|依据|对照)[^，,。；;\n]{2,40}?(?:计划|要求|标准|目标|规划|部署|安排|方案)[ \u3000]*"
)


def actor_after_frame(
    text: str, mentions: Sequence[LocalityMention], offset: int, default: Place | None, homes: Sequence[Place] = ()
) -> Place | None:
    """The place of the clause after the opening frame that holds `offset`, when the frame names none itself."""
    start, end = bounds(text, offset, CLAUSE_BREAKS)
    if not PLAN_FRAME.fullmatch(text, start, end):
        return None
    if any(start <= m.start < end for m in mentions):
        return None  # 按照某县的计划: the frame names its own place, the clause rules read it
    main_start, main_end = bounds(text, end + 1, CLAUSE_BREAKS)
    if main_start >= len(text) or text[end : end + 1] in "。；;\n":
        return None
    return clause_subject(text, mentions, main_start, main_end, main_end) or scoped_place(
        text, mentions, main_end - 1, default, homes
    )
