from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Settings, urls, and what every app shares: text tools, API and admin bases, corrections."""

    name = "core"
    verbose_name = _("Import pipeline")
