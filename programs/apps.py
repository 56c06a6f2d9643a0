from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgramsConfig(AppConfig):
    """Named initiatives (programs, campaigns, brands) and where articles mention them."""

    name = "programs"
    verbose_name = _("Programs")
