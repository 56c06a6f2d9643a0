from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    """Quantitative indicators: every figure on the page as a normalised, attributed, evidenced row."""

    name = "indicators"
    verbose_name = _("Indicators")
