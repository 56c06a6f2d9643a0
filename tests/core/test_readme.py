"""The README's commands are checked as written: statically here, and run against a live server by CI
(`.ci/readme_commands.py`)."""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path

from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]


def readme_blocks() -> list[list[str]]:
    spec = importlib.util.spec_from_file_location("readme_commands", ROOT / ".ci" / "readme_commands.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.blocks((ROOT / "README.md").read_text(encoding="utf-8"))


def commands() -> list[list[str]]:
    return [shlex.split(line, comments=True) for block in readme_blocks() for line in block]


def test_the_readme_has_commands_to_run():
    words = commands()
    assert ["make", "run"] in words
    assert any("curl" in command for command in words)


def test_every_manage_py_command_in_the_readme_exists():
    known = get_commands()
    for command in commands():
        if "manage.py" in command:
            name = command[command.index("manage.py") + 1]
            assert name in known, f"README names `manage.py {name}`, which does not exist"


def test_curl_urls_are_plain_ascii_and_fail_on_http_errors():
    for command in commands():
        if command[:1] != ["curl"]:
            continue
        urls = [word for word in command if word.startswith("http")]
        assert urls and all(url.isascii() for url in urls), f"raw non-ASCII in a URL: {command}"
        flags = "".join(word[1:] for word in command if re.fullmatch(r"-[a-zA-Z]+", word))
        assert "f" in flags or "--fail" in command, f"an HTTP error would pass silently: {command}"


def test_the_readme_and_makefile_point_nowhere_outside_the_repository():
    for name in ("README.md", "Makefile"):
        text = (ROOT / name).read_text(encoding="utf-8")
        outside = [m.group(0) for m in re.finditer(r"\.\./[\w./-]+", text)]
        assert not outside, f"{name} points outside the repository: {outside}"
