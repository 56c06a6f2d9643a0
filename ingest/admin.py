"""The admin of the import's runs: what each run read, did and got wrong (read-only; written by the import)."""

from __future__ import annotations

from django.contrib import admin
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from core.admin import ReadOnlyAdmin
from core.models import ImportRun


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    list_display = (
        "__str__",
        "status",
        "dry_run",
        "files_total",
        "files_failed",
        "inserted",
        "updated",
        "unchanged",
        "failed",
        "finished_at",
    )
    list_filter = ("status", "dry_run")
    date_hierarchy = "started_at"
    fields = (
        "started_at",
        "finished_at",
        "status",
        "dry_run",
        "paths",
        "files_total",
        "files_failed",
        "inserted",
        "updated",
        "unchanged",
        "failed",
        "counts_table",
        "errors_list",
    )
    readonly_fields = fields

    def has_delete_permission(self, request: HttpRequest, obj: models.Model | None = None) -> bool:
        return False

    @admin.display(description=_("counts per resource"))
    def counts_table(self, run: ImportRun) -> str:
        from django.template.loader import render_to_string

        outcomes = sorted({o for per in (run.counts or {}).values() for o in per})
        rows = [(resource, [per.get(o, 0) for o in outcomes]) for resource, per in sorted((run.counts or {}).items())]
        return render_to_string("admin/editorial/import_counts.html", {"outcomes": outcomes, "rows": rows})

    @admin.display(description=_("errors"))
    def errors_list(self, run: ImportRun) -> str:
        from django.template.loader import render_to_string

        return render_to_string("admin/editorial/import_errors.html", {"errors": run.errors or []})
