"""Cues inside one clause that say which printed place is its subject (used by ``resolver.governing_place``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from localities.resolver import LocalityMention, Place


def chain_end(ordered: Sequence[LocalityMention], first: LocalityMention) -> LocalityMention:
    """The most specific member of a chain printed together: 邹城市千泉街道 → 千泉街道."""
    chain_end = first
    for n in ordered:
        if n.start == chain_end.end and n.place.is_within(chain_end.place):
            chain_end = n
    return chain_end


# 宝鸡市某某合作社位于陈仓区某镇某村: an organisation named after its city is where it says it is located.
LOCATED = re.compile(r"[^，,。；;！!？?\n]{0,20}?(?:位于|坐落于|坐落在|地处)")


# 宝鸡市惠民种植专业合作社: an organisation's name after the place it is named after, up to its kind.
ORGANISATION_NAME = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:合作社|有限公司|公司|集团|协会|农场|基地|产业园|工厂)")


def located_elsewhere(text: str, ordered: Sequence[LocalityMention], subject: LocalityMention) -> Place | None:
    """An organisation named after `subject`'s place whose location the text gives in another sentence
    (陕西宝鸡市惠民合作社负责人说… / 宝鸡市惠民合作社位于陈仓区慕仪镇黎明村): it is there wherever it is named."""
    named = ORGANISATION_NAME.match(text, subject.end)
    if named is None:
        return None
    organisation = text[subject.end : named.end()]
    for other in ordered:
        if other.place != subject.place or other.start == subject.start:
            continue
        if text.startswith(organisation, other.end):
            found = located_at(text, ordered, other)
            if found is not None:
                return found
    return None


def located_at(text: str, ordered: Sequence[LocalityMention], subject: LocalityMention) -> Place | None:
    """The place an organisation opening the clause with `subject`'s name is said to be located in, when it lies
    within `subject` (宝鸡市惠民合作社位于陈仓区慕仪镇黎明村 → 黎明村)."""
    located = LOCATED.match(text, subject.end)
    if located is None:
        return None
    there = next((n for n in ordered if n.start == located.end()), None)
    if there is None:
        return None
    there_end = chain_end(ordered, there)
    return there_end.place if there_end.place.is_within(subject.place) else None


# 某县水利局驻某乡某村工作队, 某县农业局驻某村帮扶队员: an office named after its county, working where it is stationed.
STATIONED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:局|厅|委|办|院|部|所|中心|公司|单位)(?:派)?驻")


def stationed_at(text: str, ordered: Sequence[LocalityMention], subject: LocalityMention) -> Place | None:
    """The place an office opening the clause with `subject`'s name is stationed at: its team's work there is that
    place's (和布克赛尔县水利局驻夏孜盖乡巴音托洛盖村工作队 → 巴音托洛盖村)."""
    stationed = STATIONED.match(text, subject.end)
    if stationed is None:
        return None
    there = next((n for n in ordered if n.start == stationed.end()), None)
    return chain_end(ordered, there).place if there is not None else None
