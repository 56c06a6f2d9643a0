"""Indicators: one row per figure on the page, normalised, attributed to a place and kept with its evidence."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import IdentifiedRecord


class Qualifier(models.TextChoices):
    EXACT = "exact", _("exact")
    APPROX = "approx", _("approximately")
    AT_LEAST = "at_least", _("at least")
    AT_MOST = "at_most", _("at most")
    MORE_THAN = "more_than", _("more than")


class Indicator(IdentifiedRecord):
    """A measured fact: `value` `unit` of `metric` in `locality` over a period, with the clause that says so."""

    article = models.ForeignKey(
        "articles.Article", verbose_name=_("article"), on_delete=models.CASCADE, related_name="indicators"
    )
    locality = models.ForeignKey(
        "localities.Locality",
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
    )
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
    )
    metric = models.CharField(_("metric"), max_length=200, db_index=True)
    value = models.DecimalField(_("value"), max_digits=24, decimal_places=6, db_index=True)
    value_low = models.DecimalField(_("range low"), max_digits=24, decimal_places=6, null=True, blank=True)
    value_high = models.DecimalField(_("range high"), max_digits=24, decimal_places=6, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=20, db_index=True)
    qualifier = models.CharField(
        _("qualifier"), max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT, db_index=True
    )
    period_start = models.DateField(_("period start"), null=True, blank=True, db_index=True)
    period_end = models.DateField(_("period end"), null=True, blank=True, db_index=True)
    period_text = models.CharField(_("period as printed"), max_length=100, blank=True, default="")
    quantity_text = models.CharField(_("figure as printed"), max_length=100)
    start_offset = models.PositiveIntegerField(_("figure start offset"))
    end_offset = models.PositiveIntegerField(_("figure end offset"))
    evidence_text = models.TextField(_("evidence"))
    evidence_start = models.PositiveIntegerField(_("evidence start offset"))
    evidence_end = models.PositiveIntegerField(_("evidence end offset"))

    placement_fields = ("start_offset", "end_offset", "evidence_start", "evidence_end")
    anchors = (("quantity_text", "start_offset", "end_offset"), ("evidence_text", "evidence_start", "evidence_end"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["article", "start_offset", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "identity"], name="indicator_unique_identity"),
            models.CheckConstraint(condition=Q(end_offset__gte=F("start_offset")), name="indicator_end_after_start"),
            models.CheckConstraint(
                condition=Q(evidence_end__gte=F("evidence_start")), name="indicator_evidence_end_after_start"
            ),
            models.CheckConstraint(
                condition=Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_end__gte=F("period_start")),
                name="indicator_period_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(value_low__isnull=True) | Q(value_high__isnull=True) | Q(value_high__gte=F("value_low")),
                name="indicator_range_high_above_low",
            ),
        ]
        indexes = [
            models.Index(fields=["metric", "unit"], name="indicator_metric_unit"),
            # The analysts' usual question — one unit, in a place's subtree or everywhere — read from the index
            # alone: the list's `unit=` with `locality = ANY(subtree ids)`, and the summary's count/sum/min/max per
            # place, already in place order (unit first, so a whole-country summary of one unit reads only its part).
            # With the id as the last key, the list's ordering by value and its tie-breaker, so a county's figures in
            # one unit (14,000 of 10 million) are sorted from the index alone, never from the table's pages.
            models.Index(fields=["unit", "locality", "value", "id"], name="indicator_unit_place_value_id"),
            # The default order within a place (article, offset, id): a township's page (10,000 of 10 million
            # figures) is sorted from this index alone instead of 10,000 random reads of the table.
            models.Index(fields=["locality", "article", "start_offset", "id"], name="indicator_place_order"),
            # A metric in a place's subtree, with or without a value bound (`?metric=信贷&locality=3701&value_min=`):
            # the metric names resolved by `MetricName`, the subtree's ids and the bound are all index conditions,
            # and the page's default order is sorted from the included columns — 34,000 matches among a
            # prefecture's million figures read from the index alone (30 ms at ten million, 6 s before).
            models.Index(
                fields=["metric", "locality", "value"],
                include=["article", "start_offset", "id"],
                name="indicator_metric_place_value",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.metric} {self.value.normalize():f}{self.unit}"


class UnitPlaceTotal(models.Model):
    """Count, sum, min and max of the indicators of one unit in one place (null: no place), kept exact by
    PostgreSQL triggers on the indicator table (migration 0005): the country-wide summary of a unit reads a few
    thousand of these rows instead of every figure. Read only on PostgreSQL, where the triggers exist."""

    unit = models.CharField(_("unit"), max_length=20)
    locality = models.ForeignKey(
        "localities.Locality",
        verbose_name=_("locality"),
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )  # the indicator table's own SET NULL reaches here through the triggers
    count = models.BigIntegerField(_("number of figures"))
    total = models.DecimalField(_("sum of values"), max_digits=40, decimal_places=6)
    low = models.DecimalField(_("smallest value"), max_digits=24, decimal_places=6)
    high = models.DecimalField(_("largest value"), max_digits=24, decimal_places=6)

    class Meta:
        verbose_name = _("total per unit and place")
        verbose_name_plural = _("totals per unit and place")
        indexes = [models.Index(fields=["unit", "locality"], name="unit_place_total_key")]

    def __str__(self) -> str:
        return f"{self.unit} @ {self.locality_id}: {self.count}"


class MetricName(models.Model):
    """Every metric the indicator table holds (and perhaps a few it no longer does), kept by PostgreSQL triggers
    (migration 0007). `?metric=<part>` looks its part up here first — a few thousand names instead of millions of
    rows, and a two-character Chinese word no trigram index can serve — then filters the figures by the matching
    names through the metric index. Read only on PostgreSQL, where the triggers exist."""

    metric = models.CharField(_("metric"), max_length=200, unique=True)

    class Meta:
        verbose_name = _("metric name")
        verbose_name_plural = _("metric names")

    def __str__(self) -> str:
        return self.metric
