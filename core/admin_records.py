"""The admin of the import's own records: runs (what each import did) and tombstones (deleted rows, restorable)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core.admin import change_url
from core.admin_display import OUTCOMES, RESOURCES, describe_import_error, describe_tombstone, model_verbose_name
from core.models import ImportRun, Tombstone
from core.restore import RestoreError, restore_tombstone


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records of the machine itself: visible to editors, written only by the import."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: models.Model | None = None) -> bool:
        return False


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


class TombstoneKindFilter(admin.SimpleListFilter):
    """Deleted rows by kind, named as the admin names the models (not `indicators.indicator`)."""

    title = _("model")
    parameter_name = "model_label"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        labels = Tombstone.objects.order_by().values_list("model_label", flat=True).distinct()
        return sorted(((label, model_verbose_name(label)) for label in labels), key=lambda item: item[1])

    def queryset(self, request: HttpRequest, queryset: models.QuerySet) -> models.QuerySet:
        return queryset.filter(model_label=self.value()) if self.value() else queryset


@admin.register(Tombstone)
class TombstoneAdmin(ReadOnlyAdmin):
    """Rows editors deleted (or merged away). Deleting a tombstone lets the next import bring the row back."""

    list_display = ("kind", "natural_key", "what_happened", "deleted_by", "deleted_at")
    list_filter = (TombstoneKindFilter,)
    list_select_related = ("deleted_by",)
    search_fields = ("natural_key", "description")
    fields = ("kind", "natural_key", "what_happened", "deleted_by", "deleted_at")
    readonly_fields = fields
    actions = ["restore_selected"]

    @admin.display(description=_("model"), ordering="model_label")
    def kind(self, tombstone: Tombstone) -> str:
        return model_verbose_name(tombstone.model_label)

    @admin.display(description=_("description"))
    def what_happened(self, tombstone: Tombstone) -> str:
        return describe_tombstone(tombstone.description)

    def has_restore_permission(self, request: HttpRequest) -> bool:
        """Restoring writes the row back: the editor needs to be allowed to add rows of that kind."""
        return request.user.has_perm("core.view_tombstone") and request.user.is_staff

    @admin.action(description=_("Restore the selected rows (undo the delete or the merge)"), permissions=["restore"])
    def restore_selected(self, request: HttpRequest, queryset: models.QuerySet) -> None:
        restored = []
        for tombstone in list(queryset):
            model_perm = tombstone.model_label.replace(".", ".add_")
            if not request.user.has_perm(model_perm):
                self.message_user(
                    request, _("You may not add %(kind)s rows.") % {"kind": self.kind(tombstone)}, messages.ERROR
                )
                continue
            try:
                report = restore_tombstone(tombstone, request.user)
            except RestoreError as exc:
                self.message_user(
                    request,
                    _("%(row)s cannot be restored: %(why)s")
                    % {"row": tombstone.description or tombstone.natural_key, "why": exc},
                    messages.ERROR,
                )
                continue
            self.log_addition(request, report.restored, [{"added": {}}])
            restored.append(format_html('<a href="{}">{}</a>', change_url(report.restored), report.restored))
        if restored:
            self.message_user(
                request, format_html("{} {}", _("Restored:"), format_html_join("、", "{}", ((r,) for r in restored)))
            )
