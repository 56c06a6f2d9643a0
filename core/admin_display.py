"""How the desk words what the machine stored: history reasons, import outcomes, large numbers, tombstones.

The database keeps machine-readable English (`editor: merged into 兰陵县`, `created`, `indicators.indicator`) so
scripts and the API stay stable; these functions turn it into the reader's language at display time.
"""

from __future__ import annotations

import re
from decimal import Decimal

from django.apps import apps
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# History reasons written by core.editorial, core.restore and the import (core.sync), with their parameter.
REASONS = [
    (re.compile(r"^import$"), _("import")),
    (re.compile(r"^import: no longer extracted$"), _("import: no longer on the page")),
    (re.compile(r"^editor$"), _("editor's correction")),
    (re.compile(r"^editor: verified$"), _("editor: verified")),
    (re.compile(r"^editor: unverified$"), _("editor: marked not verified")),
    (re.compile(r"^editor: deleted$"), _("editor: deleted")),
    (re.compile(r"^editor: restored$"), _("editor: restored")),
    (re.compile(r"^editor: unmerged$"), _("editor: brought back (merge undone)")),
    (re.compile(r"^editor: unlocked (?P<x>.*)$"), _("editor: unlocked %(x)s")),
    (re.compile(r"^editor: merged into (?P<x>.*)$"), _("editor: merged into %(x)s")),
    (re.compile(r"^editor: absorbed (?P<x>.*)$"), _("editor: absorbed %(x)s")),
    (re.compile(r"^editor: unmerged from (?P<x>.*)$"), _("editor: moved back from %(x)s (merge undone)")),
    (re.compile(r"^editor: unmerged (?P<x>.*)$"), _("editor: %(x)s split off again (merge undone)")),
]

RESOURCES = {
    "sources": _("sources"),
    "articles": _("articles"),
    "localities": _("localities"),
    "locality_mentions": _("locality mentions"),
    "programs": _("programs"),
    "program_mentions": _("program mentions"),
    "indicators": _("indicators"),
}
OUTCOMES = {
    "created": _("created"),
    "updated": _("updated"),
    "unchanged": _("unchanged"),
    "deleted": _("deleted"),
    "failed": _("failed"),
}
# Messages of core.text.decoding / core.pipeline (operator English on the command line), for the admin's reader.
IMPORT_MESSAGES = [
    (re.compile(r"file is empty \(no text at all\)"), _("the file is empty")),
    (re.compile(r"file is empty \(only whitespace\)"), _("the file holds only whitespace")),
    (re.compile(r"file is binary \(.*\)"), _("the file is binary, not a text page")),
    (re.compile(r"file .*(UTF-8|UTF-16|GB18030).*"), _("the file's text encoding could not be read")),
    (re.compile(r"file does not decode to readable text.*"), _("the file does not decode to readable text")),
    (re.compile(r"no such file or folder"), _("no such file or folder")),
    (re.compile(r"too large|exceeds"), _("the file is too large")),
]


def describe_reason(reason: str | None) -> str:
    """A history row's reason in the reader's language (unknown reasons are shown as stored)."""
    if not reason:
        return ""
    for pattern, label in REASONS:
        match = pattern.match(reason)
        if match:
            return str(label) % match.groupdict() if match.groupdict() else str(label)
    return reason


def describe_import_error(message: str) -> str:
    """A failed file's message in the reader's language; the stored English stays available beside it."""
    for pattern, label in IMPORT_MESSAGES:
        if pattern.search(message or ""):
            return str(label)
    return gettext("the file could not be imported")


def model_verbose_name(label: str) -> str:
    """`indicators.indicator` → 指标 (the label itself when the model is gone)."""
    try:
        return str(apps.get_model(label)._meta.verbose_name)
    except (LookupError, ValueError):
        return label


def describe_tombstone(description: str) -> str:
    match = re.match(r"^merged into (?P<x>.*?)(?: #\d+)?$", description or "")
    if match:
        return gettext("merged into %(x)s") % match.groupdict()
    return description


WAN = 10_000  # below 1万 a number reads fine as it is


def readable_number(value: Decimal | int | float | None) -> str:
    """13000000 → 1,300万; 120000000 → 1.2亿; small numbers as they are, with thousands separators."""
    if value is None:
        return ""
    number = Decimal(value)
    for size, unit in ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万")):
        if abs(number) >= size:
            scaled = (number / size).quantize(Decimal("0.0001")).normalize()
            return f"{scaled:,f}{unit}"
    return f"{number.normalize():,f}"
