"""The admin of tombstones: rows editors deleted or merged away, each restorable (core.restore) from its history."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.http import HttpRequest
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core.admin import ReadOnlyAdmin, change_url, clipped
from core.admin_display import describe_tombstone, model_verbose_name
from core.models import Tombstone
from core.restore import RestoreError, restore_tombstone


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

    list_display = ("kind", "key_clipped", "what_happened", "deleted_by", "deleted_at")
    list_filter = (TombstoneKindFilter,)
    list_select_related = ("deleted_by",)
    search_fields = ("natural_key", "description")
    fields = ("kind", "natural_key", "what_happened", "deleted_by", "deleted_at")
    readonly_fields = fields
    actions = ["restore_selected"]

    @admin.display(description=_("model"), ordering="model_label")
    def kind(self, tombstone: Tombstone) -> str:
        return model_verbose_name(tombstone.model_label)

    @admin.display(description=_("natural key"), ordering="natural_key")
    def key_clipped(self, tombstone: Tombstone) -> str:
        """Identity keys quote the printed sentence: clipped, with the whole key on hover."""
        return clipped(tombstone.natural_key, "22em")

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
