"""Settings come from the environment and fail loudly when it is wrong."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from core.settings import database_from_url, env_flag

ROOT = Path(__file__).resolve().parents[2]


def settings_in_subprocess(env: dict[str, str]) -> subprocess.CompletedProcess:
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE'])"
    )
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY", "DEBUG"}}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "core.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_sqlite_is_the_default_database():
    result = settings_in_subprocess({"SECRET_KEY": "x"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.sqlite3"


def test_postgres_url_selects_postgresql():
    result = settings_in_subprocess({"SECRET_KEY": "x", "DATABASE_URL": "postgres://u@127.0.0.1:5432/db"})
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    result = settings_in_subprocess({})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_debug_gives_a_development_key():
    result = settings_in_subprocess({"DEBUG": "1"})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("url", ["nonsense", "mysqlx://host/db", "://"])
def test_bad_database_url_fails_with_a_clear_message(url):
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        database_from_url(url)


def test_bad_boolean_flag_is_an_error(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="SOME_FLAG"):
        env_flag("SOME_FLAG")
    monkeypatch.setenv("SOME_FLAG", "off")
    assert env_flag("SOME_FLAG") is False
