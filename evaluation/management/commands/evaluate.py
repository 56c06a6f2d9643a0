"""`python manage.py evaluate PAGES GOLD [--layouts [LAYOUT,...]] [--json] [--figures]`: extraction quality of a
folder; --figures lists, page by page, the gold figures next to the extracted ones."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from evaluation.figure_diff import figure_diff
from evaluation.layouts import LAYOUTS
from evaluation.runner import EvaluationError, evaluate
from evaluation.scoring import load_gold


class Command(BaseCommand):
    help = (
        "Import PAGES into a throwaway database and score the extraction against the gold files in GOLD "
        "(the same folder is fine). With --layouts, also score the pages re-laid out as other exports lay "
        f"them out ({', '.join(LAYOUTS)}). Your own database is not touched."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("pages", type=Path, help="folder of pages (*.txt)")
        parser.add_argument("gold", type=Path, help="folder of gold files (*.json, one per page)")
        parser.add_argument(
            "--layouts",
            nargs="?",
            const=",".join(LAYOUTS),
            default="",
            help=f"comma-separated layouts to score as well; alone: all of {', '.join(LAYOUTS)}",
        )
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")
        parser.add_argument(
            "--figures",
            action="store_true",
            help="also list, page by page, missed and extra indicators and how matched ones differ (as printed)",
        )

    def handle(self, *args, pages: Path, gold: Path, layouts: str, json: bool, figures: bool, **options) -> None:
        wanted = [layout for layout in layouts.split(",") if layout]
        try:
            results = evaluate(pages, gold, wanted)
        except EvaluationError as exc:
            raise CommandError(str(exc)) from exc
        missing = sorted({name for result in results for name in result.report.missing})
        if json:
            self.stdout.write(_as_json({r.layout: r.report.summary() for r in results}, missing))
        else:
            if missing:
                self.stderr.write(f"pages in the gold that the import did not produce: {', '.join(missing)}")
            for result in results:
                self.stdout.write(f"{result.layout:9} {result.report.score_line()}")
            if figures:
                # The gold was read once already by evaluate(), so it cannot fail here.
                self.stdout.write("\n".join(figure_diff(load_gold(gold), results[0].predicted)))
        if missing:
            raise CommandError(f"{len(missing)} page(s) of the gold were not imported", returncode=1)


def _as_json(figures: dict, missing: list[str]) -> str:
    return json.dumps({"layouts": figures, "missing_pages": missing}, ensure_ascii=False, indent=1)
