"""Localities on the editing desk: the tree by level and parent, search by name, alias or code, merge duplicates."""

from __future__ import annotations

from django.contrib import admin
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from core.admin import (
    CORRECTIONS_FIELDSET,
    MACHINE_FIELDSET,
    EditorialAdmin,
    LockedFilter,
    RelatedOnlySelectFilter,
    change_url,
    evidence_html,
)
from core.editorial import merge_localities
from localities.models import Locality, LocalityMention

MENTIONS_SHOWN = 20


@admin.register(Locality)
class LocalityAdmin(EditorialAdmin):
    list_display = ("name", "full_name", "level", "code", "in_gazetteer", "verified", "locked_column")
    list_select_related = ("parent",)
    list_filter = ("level", ("parent", RelatedOnlySelectFilter), "in_gazetteer", "verified", LockedFilter)
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

    @admin.display(description=_("used by"))
    def usage(self, locality: Locality) -> str:
        if locality.pk is None:
            return "—"
        return _("%(mentions)d mentions, %(indicators)d indicators, %(children)d places inside") % {
            "mentions": locality.mentions.count(),
            "indicators": locality.indicators.count(),
            "children": locality.children.count(),
        }

    @admin.display(description=_("where the pages name it"))
    def mentions_evidence(self, locality: Locality) -> str:
        if locality.pk is None:
            return "—"
        mentions = locality.mentions.select_related("article__source").order_by("article_id", "start_offset")
        items = [
            {
                "html": evidence_html(
                    m.article.source, m.start_offset, m.end_offset, article=m.article, fallback=m.text
                ),
                "url": change_url(m),
            }
            for m in mentions[:MENTIONS_SHOWN]
        ]
        return render_to_string("admin/editorial/evidence_list.html", {"items": items})


@admin.register(LocalityMention)
class LocalityMentionAdmin(EditorialAdmin):
    list_display = ("text", "locality", "article_title", "source_name", "start_offset", "verified", "locked_column")
    list_select_related = ("locality", "article__source")
    list_filter = ("locality__level", ("article__source", RelatedOnlySelectFilter), "verified", LockedFilter)
    search_fields = ("text", "locality__full_name", "article__title")
    autocomplete_fields = ("article", "locality")
    extra_readonly_fields = ("evidence", "text", "start_offset", "end_offset")
    fieldsets = (
        (_("Evidence"), {"fields": ("evidence", "text", ("start_offset", "end_offset"))}),
        (None, {"fields": ("locality", "article")}),
        CORRECTIONS_FIELDSET,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("locality", "article__source")

    @admin.display(description=_("article"), ordering="article__title")
    def article_title(self, mention: LocalityMention) -> str:
        return str(mention.article)[:30]

    @admin.display(description=_("source"), ordering="article__source__name")
    def source_name(self, mention: LocalityMention) -> str:
        return mention.article.source.name

    @admin.display(description=_("source sentence"))
    def evidence(self, mention: LocalityMention) -> str:
        if mention.pk is None:
            return "—"
        return evidence_html(
            mention.article.source,
            mention.start_offset,
            mention.end_offset,
            article=mention.article,
            fallback=mention.text,
        )
