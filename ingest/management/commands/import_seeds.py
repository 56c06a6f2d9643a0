"""`python manage.py import_seeds [PATH ...]`: import page files into the database, idempotently."""

from __future__ import annotations

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingest.pipeline import FileOutcome, discover_files, run_import

RESOURCES = ("sources", "articles", "localities", "programs", "indicators")
OUTCOMES = ("created", "updated", "unchanged", "deleted", "failed")


class Command(BaseCommand):
    help = (
        "Import OCR'd newspaper pages (files or folders of *.txt; default: seeds/). Running it again on the same "
        "files changes nothing; editors' corrections are kept. Exits non-zero if any file failed."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", help="files or folders (recursive *.txt); default: seeds/")
        parser.add_argument("--dry-run", action="store_true", help="do all the work, then roll it back")
        parser.add_argument("--workers", type=int, default=1, help="processes that extract pages in parallel")

    def handle(self, *args, paths: list[str], dry_run: bool, workers: int, **options) -> None:
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        paths = paths or [str(settings.BASE_DIR / "seeds")]
        files, _ = discover_files(paths)
        show_bar = sys.stderr.isatty() and options.get("verbosity", 1) >= 1
        bar = tqdm(total=len(files), unit="file", disable=not show_bar, file=sys.stderr)

        def report(outcome: FileOutcome) -> None:
            bar.update(1)
            if not outcome.ok:
                bar.write(self.style.ERROR(f"FAILED {outcome.message}"), file=sys.stderr)
            elif not show_bar and options.get("verbosity", 1) >= 1:
                self.stdout.write(f"imported {outcome.path}")

        run, outcomes = run_import(paths, dry_run=dry_run, workers=workers, on_file=report)
        bar.close()
        if options.get("verbosity", 1) >= 1:
            self.stdout.write(self.summary_table(run.counts))
        failed = [o for o in outcomes if not o.ok]
        verdict = f"Import run #{run.pk}: {len(outcomes) - len(failed)} file(s) imported, {len(failed)} failed"
        if dry_run:
            verdict += " (dry run: nothing was kept)"
        if failed:
            for outcome in failed:
                self.stderr.write(self.style.ERROR(outcome.message))
            raise CommandError(verdict, returncode=1)
        self.stdout.write(self.style.SUCCESS(verdict))

    @staticmethod
    def summary_table(counts: dict[str, dict[str, int]]) -> str:
        header = f"{'':12}" + "".join(f"{o:>11}" for o in OUTCOMES)
        lines = [header]
        for resource in RESOURCES:
            row = counts.get(resource, {})
            lines.append(f"{resource:12}" + "".join(f"{row.get(o, 0):>11}" for o in OUTCOMES))
        return "\n".join(lines)
