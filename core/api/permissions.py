"""Who may do what through the API: reading is open (configurable), writing needs the model's permission."""

from django.conf import settings
from rest_framework.permissions import DjangoModelPermissions


class ReadOpenWriteWithModelPermission(DjangoModelPermissions):
    """Anyone may read (unless API_READ_REQUIRES_LOGIN); writes need an authenticated user with the Django
    add/change/delete permission of the model — the same permission that governs the admin."""

    def has_permission(self, request, view) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return bool(not getattr(settings, "API_READ_REQUIRES_LOGIN", False) or request.user.is_authenticated)
        return super().has_permission(request, view)
