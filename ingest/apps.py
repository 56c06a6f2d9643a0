from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    """The import on top of the apps: discovery, decoding, extraction orchestration, persistence order, runs.

    No app imports this one; it calls each app's services in dependency order.
    """

    name = "ingest"
    verbose_name = _("Import")
