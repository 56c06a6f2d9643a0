"""Data migration: give rows imported before identities existed the identity a fresh import would give them.

Run by the migrations that added `identity` (one per app, each for its own model). For every source it numbers the
machine rows — and the rows editors deleted, recovered from their history — in page order exactly as the import
does (`core.identity`), so the next import matches every row instead of re-creating it, and rewrites the legacy
offset-keyed tombstones (`source|position[|offset]`) into identity keys, so a deleted row stays deleted. Rows an
editor created keep no identity (the import never matches them).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from core.identity import NormalisedPage, article_key, fact_key, number

# model → (printed-text field for an empty span) ; articles are keyed by headline instead
FACT_TEXT = {"indicator": "quantity_text", "localitymention": "text", "programmention": "text"}


def backfill_identities(apps: Any, app_label: str, model_name: str) -> None:
    model = apps.get_model(app_label, model_name)
    history = apps.get_model(app_label, f"historical{model_name}")
    article_model = apps.get_model("articles", "Article")
    source_model = apps.get_model("articles", "Source")
    tombstone_model = apps.get_model("core", "Tombstone")
    label = f"{app_label}.{model_name}"
    legacy = {t.natural_key: t for t in tombstone_model.objects.filter(model_label=label)}
    deleted_rows = _deleted_rows(history, model_name, legacy, article_model, source_model)
    for source in source_model.objects.all().iterator():
        page = NormalisedPage(source.text)
        if model_name == "article":
            live = list(model.objects.filter(source=source))
        else:
            live = list(model.objects.filter(article__source=source))
        machine = [row for row in live if row.origin != "editor"]
        gone = deleted_rows.get(source.name, [])
        entries = [(row, None) for row in machine] + [(row, key) for key, row in gone]
        if model_name == "article":
            entries.sort(key=lambda e: (e[0].position, e[0].start_offset, e[0].pk))
            keys = [article_key(*_machine_heading(history, row)) for row, _ in entries]
        else:
            entries.sort(key=lambda e: (e[0].start_offset, e[0].pk))
            text_field = FACT_TEXT[model_name]
            keys = [fact_key(page, r.start_offset, r.end_offset, getattr(r, text_field)) for r, _ in entries]
        for (row, legacy_key), identity in zip(entries, number(keys), strict=True):
            if legacy_key is None:
                model.objects.filter(pk=row.pk).update(identity=identity)
            else:
                tombstone = legacy[legacy_key]
                tombstone.natural_key = f"{source.name}|{identity}"
                if not tombstone_model.objects.filter(model_label=label, natural_key=tombstone.natural_key).exists():
                    tombstone.save(update_fields=["natural_key"])


def _machine_heading(history: Any, row: Any) -> tuple[str, str]:
    """The headline the import gave an article (an editor's corrected title is not the machine's)."""
    if "title" in (row.locked_fields or []) or "body" in (row.locked_fields or []):
        first = history.objects.filter(id=row.id).order_by("history_date", "history_id").first()
        if first is not None:
            return first.title, first.body
    return row.title, row.body


def _deleted_rows(
    history: Any, model_name: str, legacy: dict[str, Any], article_model: Any, source_model: Any
) -> dict[str, list[tuple[str, Any]]]:
    """Per source name, the last version of each deleted row whose legacy tombstone key is known."""
    found: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    if not legacy:
        return found
    seen = set()
    for record in history.objects.filter(history_type="-").order_by("-history_date", "-history_id"):
        if model_name == "article":
            source = source_model.objects.filter(pk=record.source_id).first()
            parts = (source.name, record.position) if source else None
        else:
            article = article_model.objects.filter(pk=record.article_id).select_related("source").first()
            parts = (article.source.name, article.position, record.start_offset) if article else None
        if parts is None:
            continue
        key = "|".join(str(part) for part in parts)
        if key in legacy and key not in seen:
            seen.add(key)
            found[parts[0]].append((key, record))
    return found
