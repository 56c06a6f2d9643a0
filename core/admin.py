"""The editing desk's shared machinery, and the admin of tombstones (rows editors deleted).

Every extraction model's admin derives from `EditorialAdmin`: an edit locks the fields it changed, a delete leaves
a tombstone, history is kept by django-simple-history (revertible), and evidence is shown as the sentence of the
page with the extracted words in <mark> (`core.admin_evidence`, with the mentions' admin base). The rules
themselves live in `core.editorial`; this module only collects the editor's intent and shows the result.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import RelatedOnlyFieldListFilter
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from core.editorial import MergeError, delete_rows, save_editor_change, set_verified, suggest_merge_target, unlock

admin.site.site_header = _("Local governance news database")
admin.site.site_title = _("Editorial desk")
admin.site.index_title = _("Editorial desk")
# A 1366 px laptop cannot spare 300 px for a second copy of the index on every page: the home page and the
# breadcrumbs lead everywhere, and the change lists get the width.
admin.site.enable_nav_sidebar = False

BOOKKEEPING_FIELDS = ("lock_status", "origin", "extractor_version", "confidence", "created_at", "updated_at")
# Fieldsets every resource's change page ends with: the editor's controls, then the machine's bookkeeping (folded).
CORRECTIONS_FIELDSET = (_("Corrections"), {"fields": ("verified", "lock_status", "origin")})
MACHINE_FIELDSET = (
    _("Machine"),
    {"classes": ("collapse",), "fields": ("extractor_version", "confidence", "created_at", "updated_at")},
)


def change_url(obj: models.Model | None) -> str:
    """The admin change page of `obj`, or '' when it has none (not registered, or no object)."""
    if obj is None or obj.pk is None:
        return ""
    try:
        return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


def count_link(count: int, changelist: str, query: str) -> str:
    """A count that opens the filtered list it counts (0 stays plain text)."""
    if not count:
        return "0"
    return format_html('<a href="{}?{}">{}</a>', reverse(changelist), query, count)


def related_count(model: type[models.Model], fk_path: str, **conditions: Any) -> Coalesce:
    """Count of `model` rows pointing at the outer row, as a subquery.

    Several counts side by side stay exact and cheap: joins would multiply each other's rows.
    """
    rows = (
        model._default_manager.filter(**{fk_path: OuterRef("pk")}, **conditions)
        .order_by()
        .values(fk_path)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


class LockedFilter(admin.SimpleListFilter):
    """Rows with at least one field an editor locked, or none."""

    title = _("locked by an editor")
    parameter_name = "locked"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, Any]]:
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request: HttpRequest, queryset: models.QuerySet) -> models.QuerySet:
        if self.value() == "yes":
            return queryset.exclude(locked_fields=[])
        if self.value() == "no":
            return queryset.filter(locked_fields=[])
        return queryset


class RelatedOnlySelectFilter(RelatedOnlyFieldListFilter):
    """RelatedOnlyFieldListFilter whose choices load the related rows' own FKs in the same query.

    The stock filter calls `str()` on each choice, which runs one query per program (its name shows its locality).
    """

    def field_choices(self, field: models.Field, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        related = field.remote_field.model
        used = model_admin.get_queryset(request).values_list(f"{self.field_path}__pk", flat=True)
        related_admin = model_admin.admin_site._registry.get(related)
        select = getattr(related_admin, "list_select_related", False) or ()
        rows = related._default_manager.filter(pk__in=used)
        if select and select is not True:
            rows = rows.select_related(*select)
        return [(row.pk, str(row)) for row in rows]


class SearchableFilter(RelatedOnlySelectFilter):
    """A related-row filter for long lists (500 sources, thousands of places): the sidebar shows only "all" and the
    current choice, and a search box suggests the rest as the editor types (a <datalist>, no script library)."""

    template = "admin/editorial/searchable_filter.html"


def clipped(text: Any, width: str = "16em", url: str = "") -> str:
    """A cell that keeps its column narrow: the text cut with an ellipsis, the whole of it on hover."""
    text = "" if text is None else str(text)
    if not text:
        return "—"
    if url:
        return format_html(
            '<a href="{}" class="desk-clip" style="--desk-clip:{}" title="{}">{}</a>', url, width, text, text
        )
    return format_html('<span class="desk-clip" style="--desk-clip:{}" title="{}">{}</span>', width, text, text)


def alias_search_q(term: str) -> Q:
    """Match `term` inside the JSON list of aliases on every engine.

    SQLite stores JSON with \\uXXXX escapes, so the Chinese term is also searched in its escaped spelling.
    """
    import json

    escaped = json.dumps(term)[1:-1]
    query = Q(aliases__icontains=term)
    return query | Q(aliases__icontains=escaped) if escaped != term else query


class CommaListField(forms.CharField):
    """A JSON list of words typed as `党建, 网格化` (commas of either width, or 、 or new lines), not as JSON."""

    SEPARATORS = re.compile(r"[,，、;；\n]+")

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, str) and value.startswith("["):
            try:
                value = json.loads(value)
            except ValueError:
                return value
        return ", ".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value: Any) -> list[str]:
        words = [w.strip() for w in self.SEPARATORS.split(str(value or ""))]
        return list(dict.fromkeys(w for w in words if w))


class PlainDecimalField(forms.DecimalField):
    """Shows 125 rather than 125.000000: the stored scale is storage detail, not what the page printed."""

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            return format(value.normalize(), "f")
        return value


class EditorialAdmin(SimpleHistoryAdmin):
    """Base admin of every extracted model: edits lock, deletes tombstone, history is kept and revertible."""

    exclude = ("locked_fields",)
    formfield_overrides = {models.DecimalField: {"form_class": PlainDecimalField}}
    extra_readonly_fields: tuple[str, ...] = ()
    actions = ["mark_verified", "mark_unverified", "unlock_selected"]
    list_per_page = 50
    search_aliases = False
    # JSON lists editors type as comma-separated words.
    word_list_fields: tuple[str, ...] = ("keywords", "aliases")

    def formfield_for_dbfield(self, db_field: models.Field, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name in self.word_list_fields:
            return CommaListField(
                label=db_field.verbose_name,
                required=False,
                help_text=_("Separate words with commas, e.g. 党建, 网格化."),
                widget=forms.TextInput(attrs={"size": 60}),
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request: HttpRequest, obj: models.Model | None = None) -> tuple[str, ...]:
        if obj is None:  # a row typed in by hand has no machine evidence yet: let the editor fill every field
            return (*BOOKKEEPING_FIELDS, *(n for n in self.extra_readonly_fields if not _has_field(self.model, n)))
        return (*BOOKKEEPING_FIELDS, *self.extra_readonly_fields)

    def get_form(self, request: HttpRequest, obj: models.Model | None = None, change: bool = False, **kwargs: Any):
        form = super().get_form(request, obj, change=change, **kwargs)
        for name in getattr(obj, "locked_fields", None) or []:
            if name in form.base_fields:
                formfield = form.base_fields[name]
                formfield.label = f"🔒 {formfield.label}"
                formfield.help_text = _("Locked: an editor set this; imports leave it alone.")
        return form

    def get_search_results(self, request: HttpRequest, queryset: models.QuerySet, search_term: str):
        filtered = queryset  # already narrowed by the list filters: an alias match must respect them too
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if self.search_aliases and search_term.strip():
            queryset |= filtered.filter(alias_search_q(search_term.strip()))
        return queryset, may_have_duplicates

    @admin.display(description=_("locked fields"))
    def lock_status(self, obj: models.Model) -> str:
        if not obj.locked_fields:
            return _("None: the import may update every field.")
        return format_html('<span class="editorial-locked">🔒 {}</span>', "、".join(_labels(obj, obj.locked_fields)))

    @admin.display(description=_("locked"), ordering="locked_fields")
    def locked_column(self, obj: models.Model) -> str:
        if not obj.locked_fields:
            return ""
        return format_html(
            '<span title="{}">🔒 {}</span>', "、".join(_labels(obj, obj.locked_fields)), len(obj.locked_fields)
        )

    def save_model(self, request: HttpRequest, obj: models.Model, form: Any, change: bool) -> None:
        locked = save_editor_change(obj, request.user, changed=None if change else form.changed_data)
        if locked:
            names = "、".join(_labels(obj, locked))
            self.message_user(request, _("Locked against re-import: %(fields)s") % {"fields": names}, messages.INFO)

    def delete_model(self, request: HttpRequest, obj: models.Model) -> None:
        delete_rows([obj], request.user)

    def delete_queryset(self, request: HttpRequest, queryset: models.QuerySet) -> None:
        delete_rows(list(queryset), request.user)

    @admin.action(description=_("Mark selected rows as verified"), permissions=["change"])
    def mark_verified(self, request: HttpRequest, queryset: models.QuerySet) -> None:
        rows = list(queryset)
        count = set_verified(rows, request.user, verified=True)
        self._log_rows(request, rows, "verified")
        self.message_user(request, ngettext("%d row verified.", "%d rows verified.", count) % count)

    @admin.action(description=_("Mark selected rows as not verified"), permissions=["change"])
    def mark_unverified(self, request: HttpRequest, queryset: models.QuerySet) -> None:
        rows = list(queryset)
        count = set_verified(rows, request.user, verified=False)
        self._log_rows(request, rows, "verified")
        self.message_user(request, ngettext("%d row unverified.", "%d rows unverified.", count) % count)

    def _log_rows(self, request: HttpRequest, rows: list[models.Model], field_name: str) -> None:
        """Record a bulk action in the admin log, so it shows in 最近动作 like a single edit."""
        label = str(self.model._meta.get_field(field_name).verbose_name)
        for row in rows:
            self.log_change(request, row, [{"changed": {"fields": [label]}}])

    @admin.action(description=_("Unlock fields (give them back to the import)"), permissions=["change"])
    def unlock_selected(self, request: HttpRequest, queryset: models.QuerySet) -> HttpResponse | None:
        rows = list(queryset.exclude(locked_fields=[]))
        locked = sorted({name for row in rows for name in row.locked_fields})
        if request.POST.get("post") == "yes":
            chosen = set(request.POST.getlist("fields")) & set(locked)
            for row in rows:
                unlock(row, chosen, request.user)
            names = "、".join(_labels(self.model, sorted(chosen))) or "—"
            self.message_user(request, _("Unlocked %(fields)s.") % {"fields": names})
            return None
        choices = list(zip(locked, _labels(self.model, locked), strict=True))
        return self._confirmation(
            request,
            queryset,
            "admin/editorial/unlock.html",
            "unlock_selected",
            {
                "title": _("Unlock fields"),
                "rows": rows,
                "field_choices": choices,
            },
        )

    def merge_action(
        self, request: HttpRequest, queryset: models.QuerySet, action: str, merge: Callable[..., Any]
    ) -> HttpResponse | None:
        """Ask which row to keep, then merge the others into it (used by localities and programs)."""
        rows = list(queryset)
        if len(rows) < 2:
            self.message_user(request, _("Select at least two rows to merge."), messages.WARNING)
            return None
        if request.POST.get("post") == "yes":
            target = next((r for r in rows if str(r.pk) == request.POST.get("target")), None)
            if target is None:
                self.message_user(request, _("Choose the row to keep."), messages.ERROR)
                return None
            try:
                report = merge(target, [r for r in rows if r.pk != target.pk], request.user)
            except MergeError as exc:
                self.message_user(request, str(exc), messages.ERROR)
                return None
            self.log_change(
                request,
                report.target,
                _("Merged %(absorbed)s into this row.") % {"absorbed": "、".join(report.absorbed)},
            )
            self.message_user(
                request,
                _("Merged %(absorbed)s into %(target)s; %(count)d references re-pointed.")
                % {"absorbed": "、".join(report.absorbed), "target": report.target, "count": report.total_repointed},
            )
            return None
        return self._confirmation(
            request,
            queryset,
            "admin/editorial/merge.html",
            action,
            {
                "title": _("Merge %(things)s") % {"things": self.model._meta.verbose_name_plural},
                "rows": rows,
                "suggested": suggest_merge_target(rows),
            },
        )

    def _confirmation(self, request, queryset, template: str, action: str, context: dict) -> TemplateResponse:
        return TemplateResponse(
            request,
            template,
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "action": action,
                "selected": [obj.pk for obj in queryset],
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                **context,
            },
        )


def _labels(model_or_obj: Any, names: Iterable[str]) -> list[str]:
    """Field names as the editor reads them (verbose names, translated)."""
    return [str(model_or_obj._meta.get_field(n).verbose_name) if _has_field(model_or_obj, n) else n for n in names]


def _has_field(model_or_obj: Any, name: str) -> bool:
    try:
        model_or_obj._meta.get_field(name)
    except Exception:
        return False
    return True


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records of the machine itself: visible to editors, written only by the import."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: models.Model | None = None) -> bool:
        return False


# Tombstones (deleted rows, restorable) have their admin beside this one; importing it registers it.
from core import admin_records  # noqa: E402, F401
