from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocalitiesConfig(AppConfig):
    """The locality tree, the gazetteer behind it and the resolver that reads places in text."""

    name = "localities"
    verbose_name = _("Localities")
