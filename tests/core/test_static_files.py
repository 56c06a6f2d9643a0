"""Static files reach browsers through WhiteNoise: from the apps in tests, from collectstatic's output in production."""

from __future__ import annotations

import warnings
from contextlib import closing

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.test import Client

ADMIN_CSS = "admin/css/base.css"

pytestmark = pytest.mark.django_db  # closing a response ends the request cycle, which checks the database connection


def test_tests_serve_static_files_from_the_apps_without_a_collected_directory():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. WhiteNoise's "No directory at: .../staticfiles/"
        response = Client().get(f"/static/{ADMIN_CSS}")  # a new client builds the middleware afresh
    assert response.status_code == 200
    with closing(response):  # a file response holds the file open until closed
        assert b"".join(response.streaming_content).startswith(b"/*")


def test_production_serves_the_collected_hashed_and_compressed_files(settings, tmp_path):
    # What the Dockerfile does at build time and gunicorn serves: DEBUG off, the storage core/settings.py picks then.
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path / "staticfiles"
    settings.WHITENOISE_USE_FINDERS = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    hashed_url = staticfiles_storage.url(ADMIN_CSS)
    assert hashed_url != f"/static/{ADMIN_CSS}"  # the manifest names the file by its content

    client = Client()
    assert hashed_url in client.get("/admin/login/").content.decode()
    with closing(client.get(hashed_url, headers={"accept-encoding": "gzip"})) as response:
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
        assert "immutable" in response["Cache-Control"]  # a hashed name never changes content: cache it for good
