"""Shared fixtures: small page files on disk and an importer that runs the real management command."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

SAMPLE_PAGE = """\
乡村振兴看示范

□ 本报记者 王明

本报临沂讯 今年以来，兰陵县新建农村公路120公里，改造危房356户。

全县发放扶贫小额信贷1.2亿元，惠及贫困户3000余户。
"""


@pytest.fixture
def page_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    return folder


@pytest.fixture
def write_page(page_dir: Path) -> Callable[..., Path]:
    def write(name: str, content: str | bytes = SAMPLE_PAGE, encoding: str = "utf-8") -> Path:
        path = page_dir / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return write


@pytest.fixture
def run_import() -> Callable[..., tuple[int, str, str]]:
    """Run `import_seeds` like an operator would; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        out, err = StringIO(), StringIO()
        try:
            call_command("import_seeds", *args, stdout=out, stderr=err)
            code = 0
        except CommandError as exc:
            code = exc.returncode
            err.write(str(exc))
        return code, out.getvalue(), err.getvalue()

    return run


@pytest.fixture
def redis_url() -> str:
    """A Redis server for the queue's tests (`CELERY_TEST_BROKER_URL`, default DB 15 on 127.0.0.1); skipped, with the
    reason, when none answers — `.ci/run` starts one."""
    import os

    import redis

    url = os.environ.get("CELERY_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.skip(f"no Redis at {url} ({exc}); `.ci/run` starts one, or set CELERY_TEST_BROKER_URL")
    return url
