"""`python manage.py locality_report [--json]`: how many places carry an official code, and which do not."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from localities.selectors import CODED_LEVELS, code_coverage, uncoded_places


class Command(BaseCommand):
    help = (
        "Official-code coverage per level, and the county-and-above places and zones without a code "
        "(most mentioned first): the places an editor should check after an import."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", dest="as_json", help="one JSON document instead of a table")
        parser.add_argument("--limit", type=int, default=50, help="uncoded places to list (default 50)")

    def handle(self, *args, as_json: bool, limit: int, **options) -> None:
        coverage = code_coverage()
        uncoded = [
            {"id": p.id, "full_name": p.full_name, "level": p.level, "mentions": p.mention_count}
            for p in uncoded_places()[:limit]
        ]
        administrative = [row for row in coverage if row["level"] in CODED_LEVELS]
        total = sum(row["total"] for row in administrative)
        coded = sum(row["coded"] for row in administrative)
        share = coded / total if total else None
        if as_json:
            report = {"levels": coverage, "county_and_above": {"total": total, "coded": coded, "share": share}}
            self.stdout.write(json.dumps({**report, "uncoded": uncoded}, ensure_ascii=False, indent=1))
            return
        self.stdout.write(f"{'level':12} {'places':>8} {'coded':>8} {'share':>7}")
        for row in coverage:
            self.stdout.write(
                f"{row['level']:12} {row['total']:8} {row['coded']:8} {_percent(row['coded'], row['total']):>7}"
            )
        self.stdout.write(f"\nprovince/prefecture/county with a code: {coded}/{total} ({_percent(coded, total)})")
        if uncoded:
            self.stdout.write("\nwithout a code (county rank and above, zones included):")
            for place in uncoded:
                self.stdout.write(
                    f"  #{place['id']:<6} {place['level']:10} {place['full_name']}  ({place['mentions']} mentions)"
                )


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"
