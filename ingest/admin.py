"""The admin of the import's runs: progress while a run is going, interrupted runs, and each file's outcome.

Read-only: the import writes these rows. Opening the list marks runs whose process is gone as interrupted (the
same check the next run and `import_seeds --status` make), so the desk never shows a dead run as running.
"""

from __future__ import annotations

from django.contrib import admin
from django.db import models
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin import ReadOnlyAdmin
from core.models import ImportRun, ImportRunFile
from ingest.runs import mark_dead_runs


class ImportRunFileInline(admin.TabularInline):
    model = ImportRunFile
    fields = ("path", "outcome", "source_name", "message", "recorded_at")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False
    classes = ("collapse",)
    verbose_name_plural = _("files of an import run")

    def has_add_permission(self, request: HttpRequest, obj: models.Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: models.Model | None = None) -> bool:
        return False


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    list_display = (
        "__str__",
        "status",
        "progress",
        "dry_run",
        "files_failed",
        "files_skipped",
        "files_not_attempted",
        "inserted",
        "updated",
        "unchanged",
        "finished_at",
    )
    list_filter = ("status", "dry_run")
    date_hierarchy = "started_at"
    inlines = (ImportRunFileInline,)
    fields = (
        "started_at",
        "finished_at",
        "status",
        "message",
        "progress",
        "dry_run",
        "paths",
        "files_total",
        "files_done",
        "files_failed",
        "files_skipped",
        "files_not_attempted",
        "inserted",
        "updated",
        "unchanged",
        "failed",
        "pid",
        "host",
        "counts_table",
        "errors_list",
    )
    readonly_fields = fields

    def changelist_view(self, request: HttpRequest, extra_context=None):
        mark_dead_runs()
        return super().changelist_view(request, extra_context)

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "", extra_context=None):
        mark_dead_runs()
        return super().change_view(request, object_id, form_url, extra_context)

    def has_delete_permission(self, request: HttpRequest, obj: models.Model | None = None) -> bool:
        return False

    @admin.display(description=_("progress"))
    def progress(self, run: ImportRun) -> str:
        finished = run.files_done + run.files_failed
        percent = 100 * finished // run.files_total if run.files_total else 100
        return format_html(
            '<progress max="{}" value="{}"></progress> {} / {} ({}%)',
            run.files_total or 1,
            finished if run.files_total else 1,
            finished,
            run.files_total,
            percent,
        )

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
