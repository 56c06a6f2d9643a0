"""The admin of the import's runs: what each run read, did and got wrong (read-only; written by the import)."""

from __future__ import annotations

from django.contrib import admin
from django.db import models
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.admin import ReadOnlyAdmin
from core.admin_display import OUTCOMES, RESOURCES, describe_import_error
from core.models import ImportRun


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    list_display = (
        "run_title",
        "status_display",
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
        present = {o for per in (run.counts or {}).values() for o in per}
        outcomes = [o for o in OUTCOMES if o in present] + sorted(present - set(OUTCOMES))
        rows = [
            (RESOURCES.get(resource, resource), [per.get(o, 0) for o in outcomes])
            for resource, per in sorted(
                (run.counts or {}).items(),
                key=lambda item: list(RESOURCES).index(item[0]) if item[0] in RESOURCES else 99,
            )
        ]
        labels = [OUTCOMES.get(o, o) for o in outcomes]
        return render_to_string("admin/editorial/import_counts.html", {"outcomes": labels, "rows": rows})

    @admin.display(description=_("import run"), ordering="started_at")
    def run_title(self, run: ImportRun) -> str:
        return f"#{run.pk} {timezone.localtime(run.started_at):%Y-%m-%d %H:%M}"

    @admin.display(description=_("status"), ordering="status")
    def status_display(self, run: ImportRun) -> str:
        if run.status == ImportRun.Status.FAILED and run.files_total and run.files_failed >= run.files_total:
            return _("failed (every file)")
        return run.get_status_display()

    @admin.display(description=_("errors"))
    def errors_list(self, run: ImportRun) -> str:
        errors = [{**error, "summary": describe_import_error(error.get("message", ""))} for error in run.errors or []]
        return render_to_string("admin/editorial/import_errors.html", {"errors": errors})
