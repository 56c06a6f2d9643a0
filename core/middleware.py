"""The API answers a client that states no language in one language: English.

The admin is for people and speaks Chinese by default (`LANGUAGE_CODE`). A script calling the API usually sends no
Accept-Language; it then got DRF's own messages in Chinese ("未找到。") beside the project's validation messages in
English. A client that asks for a language (a browser on the browsable API) still gets it.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import translation

API_PREFIX = "/api/"
API_DEFAULT_LANGUAGE = "en"


class ApiLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(API_PREFIX) and not request.META.get("HTTP_ACCEPT_LANGUAGE"):
            translation.activate(API_DEFAULT_LANGUAGE)
            request.LANGUAGE_CODE = API_DEFAULT_LANGUAGE
        return self.get_response(request)
