"""Evidence on the editing desk: the page's sentence around extracted words, and the admin of printed mentions.

A mention (of a place, of a program) is words printed at an offset of an article's page; editors judge it by
reading that sentence, so every mention admin shows it the same way, from the same base.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib import admin
from django.db import models
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from core.admin import CORRECTIONS_FIELDSET, EditorialAdmin, change_url, clipped

SENTENCE_ENDS = "。！？!?；\n"
SENTENCE_LIMIT = 160  # characters either side: a run-on OCR line must not flood the page


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around [start, end): from after the previous sentence end to the next one."""
    left = start
    while left > 0 and start - left < SENTENCE_LIMIT and text[left - 1] not in SENTENCE_ENDS:
        left -= 1
    right = end
    while right < len(text) and right - end < SENTENCE_LIMIT and text[right - 1 : right] not in SENTENCE_ENDS:
        right += 1
    return left, right


def evidence_html(source: Any, start: int, end: int, *, article: Any = None, fallback: str = "") -> str:
    """The page's sentence around the extracted words, the words in <mark>, with links to article and source."""
    text = source.text if source is not None else ""
    if not (0 <= start <= end <= len(text)):
        text, start, end = fallback, 0, 0  # offsets no longer fit the page (re-imported text): show what we have
    left, right = sentence_bounds(text, start, end)
    return render_to_string(
        "admin/editorial/evidence.html",
        {
            "before": text[left:start],
            "marked": text[start:end],
            "after": text[end:right],
            "start": start,
            "end": end,
            "article": article,
            "article_url": change_url(article),
            "source": source,
            "source_url": change_url(source),
        },
    )


def row_evidence_html(row: models.Model, fallback: str) -> str:
    """The page's sentence around a stored row's span (a figure, a mention) in its article; "—" for an unsaved row."""
    if row.pk is None:
        return "—"
    return evidence_html(row.article.source, row.start_offset, row.end_offset, article=row.article, fallback=fallback)


MENTIONS_SHOWN = 20  # evidence sentences on a place's or program's change page; the mention list has the rest


def mentions_evidence_list(mentions: models.QuerySet) -> str:
    """The first MENTIONS_SHOWN mentions as evidence sentences, each linking to the mention it shows."""
    rows = mentions.select_related("article__source").order_by("article_id", "start_offset")[:MENTIONS_SHOWN]
    items = [
        {
            "html": row_evidence_html(m, m.text),
            "url": change_url(m),
        }
        for m in rows
    ]
    return render_to_string("admin/editorial/evidence_list.html", {"items": items})


def marked_segments(text: str, offset: int, spans: Iterable[tuple[int, int, str, str, str]]) -> list[dict]:
    """Cut `text` (which starts at page offset `offset`) into plain and marked pieces.

    `spans` are (start, end, kind, title, url) in page offsets. Overlapping spans keep the one that starts first
    (the longer on a tie): nested <mark>s would hide the inner extraction anyway.
    """
    pieces: list[dict] = []
    cursor = 0
    for start, end, kind, title, url in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        local_start, local_end = start - offset, end - offset
        if local_start < cursor or local_end > len(text) or local_end <= local_start:
            continue
        if local_start > cursor:
            pieces.append({"text": text[cursor:local_start]})
        pieces.append({"text": text[local_start:local_end], "kind": kind, "title": title, "url": url})
        cursor = local_end
    if cursor < len(text):
        pieces.append({"text": text[cursor:]})
    return pieces


class MentionAdmin(EditorialAdmin):
    """The admin of words printed at an offset of an article: the words and offsets come from the page and stay
    read-only; the editor corrects what they point to (`target_field`) and the article.

    Subclasses give `target_field`, `list_display`, `list_filter`, `search_fields` and `list_select_related` (the
    change page joins the same rows as the list).
    """

    target_field = ""
    extra_readonly_fields = ("evidence", "text", "start_offset", "end_offset")

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        return super().get_queryset(request).select_related(*self.list_select_related)

    def get_fieldsets(self, request: HttpRequest, obj: models.Model | None = None) -> list:
        return [
            (_("Evidence"), {"fields": ("evidence", "text", ("start_offset", "end_offset"))}),
            (None, {"fields": (self.target_field, "article")}),
            CORRECTIONS_FIELDSET,
        ]

    @admin.display(description=_("article"), ordering="article__title")
    def article_title(self, mention: models.Model) -> str:
        return clipped(mention.article, "16em", change_url(mention.article))

    @admin.display(description=_("source"), ordering="article__source__name")
    def source_name(self, mention: models.Model) -> str:
        return clipped(mention.article.source.name, "12em")

    @admin.display(description=_("source sentence"))
    def evidence(self, mention: models.Model) -> str:
        return row_evidence_html(mention, mention.text)
