from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Settings, urls, and what every app shares: text tools, API and admin bases, corrections."""

    name = "core"
    verbose_name = _("Import pipeline")

    def ready(self) -> None:
        from corsheaders.signals import check_request_enabled

        from core.api.cors import allow_cross_origin_reads

        check_request_enabled.connect(allow_cross_origin_reads, dispatch_uid="core.api.cors.reads")
