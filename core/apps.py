from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Settings, shared text tools, the import pipeline and its commands."""

    name = "core"
    verbose_name = _("Import pipeline")
