"""`python manage.py export_extraction [--source NAME ...]`: the extraction as JSON, in the gold files' shape."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from articles.models import Source
from ingest.export import export_source


class Command(BaseCommand):
    help = "Print a JSON list, one document per source, in the shape of the evaluation gold files."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--source", action="append", default=[], help="only this source (file name); repeatable")

    def handle(self, *args, source: list[str], **options) -> None:
        sources = Source.objects.order_by("name", "id")
        if source:
            sources = sources.filter(name__in=source)
            missing = sorted(set(source) - set(sources.values_list("name", flat=True)))
            if missing:
                raise CommandError(f"no such source: {', '.join(missing)}")
        documents = [export_source(s) for s in sources]
        self.stdout.write(json.dumps(documents, ensure_ascii=False, indent=1))
