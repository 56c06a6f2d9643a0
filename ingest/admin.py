"""The admin of the import's runs: progress while a run is going, interrupted runs, and each file's outcome.

Read-only: the import writes these rows. Opening the list marks runs whose process is gone as interrupted (the
same check the next run and `import_seeds --status` make), so the desk never shows a dead run as running.
"""

from __future__ import annotations

import re

from django.contrib import admin
from django.db import models
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.admin import ReadOnlyAdmin
from core.admin_display import OUTCOMES, RESOURCES, describe_import_error
from core.models import ImportRun, ImportRunFile
from ingest.runs import mark_dead_runs

INTERRUPTED_BY = re.compile(r"interrupted by (SIG[A-Z]+)")


class ImportRunFileInline(admin.TabularInline):
    model = ImportRunFile
    fields = ("path", "outcome", "source_name", "message_display", "recorded_at")
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

    @admin.display(description=_("message"))
    def message_display(self, outcome: ImportRunFile) -> str:
        """The stored English reason in the reader's language (the command's output keeps the original)."""
        return describe_import_error(outcome.message) if outcome.message else ""


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    list_display = (
        "run_title",
        "status_display",
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
        "summary_display",
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

    @admin.display(description=_("summary"))
    def summary_display(self, run: ImportRun) -> str:
        """The run's one-line summary, in the reader's language (the command prints it in English)."""
        counts = gettext("%(done)d imported, %(failed)d failed, %(skipped)d skipped, %(waiting)d not attempted") % {
            "done": run.files_done,
            "failed": run.files_failed,
            "skipped": run.files_skipped,
            "waiting": run.files_not_attempted,
        }
        stopped = INTERRUPTED_BY.search(run.message or "")
        if stopped is None:
            return counts
        return gettext("interrupted by %(signal)s") % {"signal": stopped.group(1)} + "; " + counts

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
