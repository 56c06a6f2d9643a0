"""The locality tree (省 > 市 > 区/县 > 镇/乡/街道 > 村/社区) and where articles mention its places."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import ExtractedRecord, IdentifiedRecord


class Level(models.TextChoices):
    """Administrative levels, in order from the top; a zone (开发区) sits at county rank under its prefecture."""

    PROVINCE = "province", _("province")
    PREFECTURE = "prefecture", _("prefecture")
    COUNTY = "county", _("county")
    ZONE = "zone", _("zone")
    TOWNSHIP = "township", _("township")
    VILLAGE = "village", _("village")
    COMMUNITY = "community", _("community")


LEVEL_RANK = {
    Level.PROVINCE: 1,
    Level.PREFECTURE: 2,
    Level.COUNTY: 3,
    Level.ZONE: 3,
    Level.TOWNSHIP: 4,
    Level.VILLAGE: 5,
    Level.COMMUNITY: 5,
}


class Locality(ExtractedRecord):
    """A place. Rows from the gazetteer carry the official code; places known only from text have none."""

    name = models.CharField(_("name"), max_length=100, db_index=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    code = models.CharField(_("official division code"), max_length=12, null=True, blank=True, unique=True)
    full_name = models.CharField(_("full name"), max_length=400, blank=True, default="", db_index=True)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    in_gazetteer = models.BooleanField(
        _("in gazetteer"), default=True, help_text=_("False when the place was inferred from the text alone.")
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("locality")
        verbose_name_plural = _("localities")
        ordering = ["full_name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="locality_unique_name_under_parent"),
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(parent__isnull=True),
                name="locality_unique_root_name",
                violation_error_code="unique",
                violation_error_message=_("A top-level locality already has this name."),
            ),
            models.CheckConstraint(condition=~Q(parent=F("id")), name="locality_not_own_parent"),
        ]

    def __str__(self) -> str:
        return self.full_name or self.name

    def natural_key(self) -> tuple[str]:
        return (self.code or self.computed_full_name(),)

    def ancestors(self) -> list[Locality]:
        """From the root down to the parent; stops on a cycle instead of looping."""
        chain: list[Locality] = []
        seen = {self.pk}
        node = self.parent
        while node is not None and node.pk not in seen:
            chain.append(node)
            seen.add(node.pk)
            node = node.parent
        return list(reversed(chain))

    def computed_full_name(self) -> str:
        return "".join(a.name for a in self.ancestors()) + self.name

    def is_natural_village_of(self, parent: Locality) -> bool:
        """A natural village or 村民小组 (高拱桥村|枫香坡组, 黄沙村|华屋小组) inside an administrative village: the one
        case where a village holds a village.  It has no official code (the division codes stop at the
        administrative village), and its parent is an administrative village, not itself a natural village."""
        if self.level != Level.VILLAGE or parent.level != Level.VILLAGE or self.code:
            return False
        return parent.parent is None or parent.parent.level != Level.VILLAGE

    def clean(self) -> None:
        """Refuse a parent that is this place or one of its descendants, and a parent of a lower or the same level
        (save a natural village under its administrative village)."""
        super().clean()
        if self.parent_id is None:
            return
        node = self.parent
        while node is not None:
            if self.pk is not None and node.pk == self.pk:
                raise ValidationError(
                    {"parent": ValidationError(_("A locality cannot be its own ancestor."), code="tree_conflict")}
                )
            node = node.parent
        if self.is_natural_village_of(self.parent):
            return
        if LEVEL_RANK.get(self.parent.level, 0) >= LEVEL_RANK.get(self.level, 99):
            message = _("A %(parent)s cannot contain a %(child)s.") % {
                "parent": self.parent.get_level_display(),
                "child": self.get_level_display(),
            }
            raise ValidationError({"parent": ValidationError(message, code="tree_conflict")})


class LocalityMention(IdentifiedRecord):
    """A place named in an article: the text exactly as printed, beside the locality it resolved to."""

    article = models.ForeignKey(
        "articles.Article", verbose_name=_("article"), on_delete=models.CASCADE, related_name="locality_mentions"
    )
    locality = models.ForeignKey(
        Locality, verbose_name=_("locality"), on_delete=models.CASCADE, related_name="mentions"
    )
    text = models.CharField(_("text as printed"), max_length=100)
    start_offset = models.PositiveIntegerField(_("start offset"))
    end_offset = models.PositiveIntegerField(_("end offset"))

    placement_fields = ("start_offset", "end_offset")
    anchors = (("text", "start_offset", "end_offset"),)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("locality mention")
        verbose_name_plural = _("locality mentions")
        ordering = ["article", "start_offset", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "identity"], name="locality_mention_unique_identity"),
            models.CheckConstraint(
                condition=Q(end_offset__gte=F("start_offset")), name="locality_mention_end_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.text} → {self.locality}"
