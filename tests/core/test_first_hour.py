"""What a new user meets in the first hour: the landing page, offline docs, one log line per event, Docker files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_the_root_is_a_landing_page_linking_api_docs_and_admin(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 200
    html = response.content.decode()
    for href in ("/admin/", "/api/", "/api/docs/", "/api/redoc/", "/api/schema/"):
        assert f'href="{href}"' in html
    assert "基层治理新闻数据库" in html  # the page speaks the admin's language


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/health/", "/healthz"])
def test_health_check_answers_when_the_database_does(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


@pytest.mark.parametrize("url", ["/api/redoc/", "/api/docs/"])
def test_the_api_docs_load_nothing_from_the_internet(client, url):
    html = client.get(url).content.decode()
    external = re.findall(r"""(?:src|href)=["'](https?:)?//[^"']+""", html)
    assert not external, external
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_a_django_warning_is_logged_once():
    code = "import django, logging; django.setup(); logging.getLogger('django.request').warning('once-marker')"
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY"}}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "core.settings", "ENV_FILE": "", "DEBUG": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("once-marker") == 1


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_file_waits_for_the_database_and_checks_the_web_service():
    services = compose()["services"]
    assert services["web"]["depends_on"]["db"]["condition"] == "service_healthy"
    for name in ("db", "redis", "web", "worker"):
        check = services[name]["healthcheck"]
        assert check["test"] and check["interval"] and check["retries"]
    for name, needs in {"web": ("db", "redis"), "worker": ("db", "redis", "web")}.items():
        for other in needs:
            assert services[name]["depends_on"][other]["condition"] == "service_healthy", (name, other)
    assert "/health/" in " ".join(services["web"]["healthcheck"]["test"])
    assert "inspect ping" in " ".join(services["worker"]["healthcheck"]["test"])


def test_docker_build_context_leaves_out_the_virtualenv_and_keeps_what_the_image_copies():
    ignored = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert ".venv" in ignored and ".env" in ignored and ".git" in ignored
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        if line.startswith("COPY "):
            for source in line.split()[1:-1]:
                assert (ROOT / source).exists(), source
                assert source not in ignored, f"{source} is copied but excluded from the build context"


@pytest.mark.skipif(not (shutil.which("docker-compose") or shutil.which("docker")), reason="no docker compose to ask")
def test_docker_compose_accepts_the_file():
    command = ["docker-compose", "config", "-q"] if shutil.which("docker-compose") else ["docker", "compose", "config"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    if result.returncode != 0 and "unknown" in result.stderr.lower():
        pytest.skip("this docker has no compose command")
    assert result.returncode == 0, result.stderr


def test_package_license_is_an_spdx_expression():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert isinstance(project["license"], str) and project["license"] == "MIT"


@pytest.mark.django_db
def test_api_errors_come_in_one_language_to_a_client_that_names_none(client):
    missing = client.get("/api/indicators/999999/")
    assert missing.status_code == 404 and missing.json()["detail"].isascii()
    unknown = client.get("/api/indicators/", {"ordering": "nope"})
    assert unknown.status_code == 400 and str(unknown.json()).isascii()
    denied = client.post("/api/indicators/", {})
    assert denied.status_code in {401, 403} and denied.json()["detail"].isascii()
    chinese = client.post("/api/indicators/", {}, HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert not chinese.json()["detail"].isascii()  # a client that asks for Chinese gets it
