from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    """Sources (newspaper pages) and the articles segmented from them."""

    name = "articles"
    verbose_name = _("Sources and articles")
