"""Programs on the editing desk: canonical names, aliases, who runs them, their mentions; merge duplicates."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import (
    CORRECTIONS_FIELDSET,
    MACHINE_FIELDSET,
    EditorialAdmin,
    LockedFilter,
    SearchableFilter,
    clipped,
    count_link,
    related_count,
)
from core.admin_evidence import MentionAdmin, mentions_evidence_list
from core.editorial import merge_programs
from indicators.models import Indicator
from programs.models import Program, ProgramMention


@admin.register(Program)
class ProgramAdmin(EditorialAdmin):
    list_display = (
        "name_display",
        "locality_display",
        "national",
        "mention_count",
        "indicator_count",
        "verified",
        "locked_column",
    )
    list_display_links = ("name_display",)
    list_select_related = ("locality",)
    list_filter = ("national", ("locality", SearchableFilter), "verified", LockedFilter)
    search_fields = ("name", "locality__full_name")
    search_help_text = _("Name, alias or the place that runs it.")
    search_aliases = True
    autocomplete_fields = ("locality",)
    extra_readonly_fields = ("mentions_evidence",)
    actions = [*EditorialAdmin.actions, "merge_selected"]
    fieldsets = (
        (None, {"fields": ("name", "aliases", "locality", "national")}),
        (_("Evidence"), {"fields": ("mentions_evidence",)}),
        CORRECTIONS_FIELDSET,
        MACHINE_FIELDSET,
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("locality")
            .annotate(
                mentions_total=related_count(ProgramMention, "program"),
                indicators_total=related_count(Indicator, "program"),
            )
        )

    @admin.display(description=_("name"), ordering="name")
    def name_display(self, program: Program) -> str:
        return clipped(program.name, "18em")

    @admin.display(description=_("locality"), ordering="locality__full_name")
    def locality_display(self, program: Program) -> str:
        return clipped(program.locality, "14em") if program.locality_id else "—"

    @admin.display(description=_("mentions"), ordering="mentions_total")
    def mention_count(self, program: Program) -> str:
        return count_link(
            program.mentions_total, "admin:programs_programmention_changelist", f"program__id__exact={program.pk}"
        )

    @admin.display(description=_("indicators"), ordering="indicators_total")
    def indicator_count(self, program: Program) -> str:
        return count_link(
            program.indicators_total, "admin:indicators_indicator_changelist", f"program__id__exact={program.pk}"
        )

    @admin.action(description=_("Merge selected programs into one"), permissions=["change"])
    def merge_selected(self, request, queryset):
        return self.merge_action(request, queryset, "merge_selected", merge_programs)

    @admin.display(description=_("where the pages name it"))
    def mentions_evidence(self, program: Program) -> str:
        if program.pk is None:
            return "—"
        return mentions_evidence_list(program.mentions.all())


@admin.register(ProgramMention)
class ProgramMentionAdmin(MentionAdmin):
    target_field = "program"
    list_display = ("text", "program", "article_title", "source_name", "start_offset", "verified", "locked_column")
    list_select_related = ("program__locality", "article__source")
    list_filter = (
        ("program", SearchableFilter),
        ("article__source", SearchableFilter),
        "verified",
        LockedFilter,
    )
    search_fields = ("text", "program__name", "article__title")
    autocomplete_fields = ("article", "program")
