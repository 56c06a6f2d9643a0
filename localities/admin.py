"""Localities on the editing desk: the tree by level and parent, search by name, alias or code, merge duplicates."""

from __future__ import annotations

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html_join
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
from core.editorial import merge_localities
from indicators.models import Indicator
from localities.models import Locality, LocalityMention


@admin.register(Locality)
class LocalityAdmin(EditorialAdmin):
    list_display = (
        "full_name_display",
        "level",
        "code",
        "indicator_link",
        "children_link",
        "in_gazetteer",
        "verified",
        "locked_column",
    )
    list_display_links = ("full_name_display",)
    list_select_related = ("parent",)
    list_filter = ("level", ("parent", SearchableFilter), "in_gazetteer", "verified", LockedFilter)
    search_fields = ("name", "full_name", "^code")
    search_help_text = _("Name, full name, alias or official code.")
    search_aliases = True
    autocomplete_fields = ("parent",)
    extra_readonly_fields = ("full_name", "usage", "mentions_evidence")
    actions = [*EditorialAdmin.actions, "merge_selected"]
    fieldsets = (
        (None, {"fields": ("name", "level", "parent", "full_name", "code", "aliases", "in_gazetteer")}),
        (_("Evidence"), {"fields": ("usage", "mentions_evidence")}),
        CORRECTIONS_FIELDSET,
        MACHINE_FIELDSET,
    )

    @admin.action(description=_("Merge selected localities into one"), permissions=["change"])
    def merge_selected(self, request, queryset):
        return self.merge_action(request, queryset, "merge_selected", merge_localities)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                indicators_total=related_count(Indicator, "locality"),
                children_total=related_count(Locality, "parent"),
            )
        )

    @admin.display(description=_("locality"), ordering="full_name")
    def full_name_display(self, locality: Locality) -> str:
        return clipped(locality, "20em")

    @admin.display(description=_("indicators"), ordering="indicators_total")
    def indicator_link(self, locality: Locality) -> str:
        return count_link(
            locality.indicators_total, "admin:indicators_indicator_changelist", f"locality__id__exact={locality.pk}"
        )

    @admin.display(description=_("places inside"), ordering="children_total")
    def children_link(self, locality: Locality) -> str:
        return count_link(
            locality.children_total, "admin:localities_locality_changelist", f"parent__id__exact={locality.pk}"
        )

    @admin.display(description=_("used by"))
    def usage(self, locality: Locality) -> str:
        if locality.pk is None:
            return "—"
        links = [
            (
                locality.mentions.count(),
                "admin:localities_localitymention_changelist",
                "locality__id__exact",
                _("%(n)d mentions"),
            ),
            (
                locality.indicators.count(),
                "admin:indicators_indicator_changelist",
                "locality__id__exact",
                _("%(n)d indicators"),
            ),
            (
                locality.children.count(),
                "admin:localities_locality_changelist",
                "parent__id__exact",
                _("%(n)d places inside"),
            ),
        ]
        return format_html_join(
            " · ",
            '<a href="{}?{}={}">{}</a>',
            ((reverse(name), param, locality.pk, label % {"n": n}) for n, name, param, label in links),
        )

    @admin.display(description=_("where the pages name it"))
    def mentions_evidence(self, locality: Locality) -> str:
        if locality.pk is None:
            return "—"
        return mentions_evidence_list(locality.mentions.all())


@admin.register(LocalityMention)
class LocalityMentionAdmin(MentionAdmin):
    target_field = "locality"
    list_display = ("text", "locality_display", "article_title", "source_name", "verified", "locked_column")
    list_select_related = ("locality", "article__source")
    list_filter = (
        "locality__level",
        ("locality", SearchableFilter),
        ("article__source", SearchableFilter),
        "verified",
        LockedFilter,
    )
    search_fields = ("text", "locality__full_name", "article__title")
    autocomplete_fields = ("article", "locality")

    @admin.display(description=_("locality"), ordering="locality__full_name")
    def locality_display(self, mention: LocalityMention) -> str:
        return clipped(mention.locality, "16em")
