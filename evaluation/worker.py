"""`python -m evaluation.worker DB [PAGES EXPORT]`: the throwaway-database side of `manage.py evaluate`.

Run by `evaluation.runner` with DATABASE_URL pointing at a temporary SQLite file: without PAGES it
migrates that database; with them it imports PAGES and writes the export (the gold files' shape)."""

from __future__ import annotations

import json
import os
import sys
from io import StringIO
from pathlib import Path


def main(argv: list[str]) -> int:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
    django.setup()
    from django.core.management import call_command

    if len(argv) == 1:
        call_command("migrate", verbosity=0, interactive=False)
        return 0
    _, pages, export = argv
    call_command("import_seeds", pages, verbosity=0, stdout=StringIO(), stderr=StringIO())
    from articles.models import Source
    from ingest.export import export_source

    documents = [export_source(source) for source in Source.objects.order_by("name", "id")]
    Path(export).write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
