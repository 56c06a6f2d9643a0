from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    """Extraction quality: pages and hand-written gold scored the way the team's evaluation scores them."""

    name = "evaluation"
    verbose_name = _("Extraction quality")
