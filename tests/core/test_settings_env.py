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
        env={**clean, "DJANGO_SETTINGS_MODULE": "core.settings", "ENV_FILE": "", **env},
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


def test_a_dotenv_file_gives_development_settings_and_the_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("# written by make run\nexport DEBUG=1\nDATABASE_URL='postgres://u@127.0.0.1:5432/db'\n")
    result = settings_in_subprocess({"ENV_FILE": str(env_file)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.postgresql"
    result = settings_in_subprocess({"ENV_FILE": str(env_file), "DATABASE_URL": "sqlite:///x.sqlite3"})
    assert result.stdout.strip() == "django.db.backends.sqlite3"


def test_a_malformed_dotenv_line_is_named(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("DEBUG=1\nthis is not a setting\n")
    result = settings_in_subprocess({"ENV_FILE": str(env_file)})
    assert result.returncode != 0
    assert "line 2" in result.stderr


def test_manage_py_says_what_is_missing_in_one_line_without_a_traceback():
    unset = {"DATABASE_URL", "SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**clean, "ENV_FILE": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: SECRET_KEY is not set")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


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
