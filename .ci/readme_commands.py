#!/usr/bin/env python3
"""Run every command of the README's ```sh blocks, as written, against the server the README's own `make run` starts.

A README command that fails for a new user must fail CI. Each block runs top to bottom; a command must exit 0
(the README's curl lines use `-f`, so an HTTP error fails too). Only what cannot run unattended is adapted, and every
adaptation is printed:

- `make run` starts in the background (its own process group) on a free port; later commands (in any later block,
  as for a reader who leaves it running) wait for `/healthz` and talk to that port; the next `make run` replaces it.
- `make test` is not run again: CI runs the whole suite just before this script.
- `createsuperuser` gets `--noinput` and its answers from `DJANGO_SUPERUSER_*`.
- A PostgreSQL database the README names (`export DATABASE_URL=postgres://…/NAME`) becomes a throwaway name, dropped
  at the end; without a reachable PostgreSQL the block is skipped with a message.
- A synopsis line (`manage.py evaluate PAGES GOLD [--json]`: placeholders in capitals or options in brackets) is
  not a command; it is reported, not run. Write an example beside it to have it run.
- Blocks without a DATABASE_URL use a throwaway SQLite file, so a developer's db.sqlite3 is never touched.

Files the commands write into the project root (`.env`, `export.json`, a CSV…) are removed afterwards unless they
were there before. Usage: `.venv/bin/python .ci/readme_commands.py [README.md]`.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```(?:sh|bash|shell)\s*\n(.*?)^```", re.MULTILINE | re.DOTALL)
README_PORT = "127.0.0.1:8000"
SYNOPSIS = re.compile(r"\s'?\[[^\]]*\]|\s[A-Z]{3,}(?:\s|$)")
PG_URL = re.compile(r"postgres(?:ql)?://[^\s/]+/(\w+)")
COMMAND_TIMEOUT = 900
SERVER_TIMEOUT = 600


def blocks(readme: str) -> list[list[str]]:
    """The command lines of every sh block (comment-only and blank lines dropped)."""
    found = []
    for match in FENCE.finditer(readme):
        lines = [line.strip() for line in match.group(1).splitlines()]
        found.append([line for line in lines if line and not line.startswith("#")])
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_reachable(env: dict[str, str]) -> bool:
    return subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"], env=env).returncode == 0


class Session:
    """What outlives a block: the server the README's `make run` started, and the throwaway databases."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.port = free_port()
        self.server: subprocess.Popen | None = None
        self.databases: list[str] = []

    def start_server(self, line: str, env: dict[str, str]) -> None:
        self.stop_server()
        self.port = free_port()
        log = open(self.tmp / f"server-{self.port}.log", "w")  # noqa: SIM115 - closed with the process
        self.server = subprocess.Popen(
            line,
            shell=True,
            cwd=ROOT,
            env={**env, "PORT": str(self.port)},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.log_path = Path(log.name)

    def wait_for_server(self) -> None:
        if self.server is None:
            raise SystemExit("a README curl command runs before any `make run`")
        deadline = time.monotonic() + SERVER_TIMEOUT
        url = f"http://127.0.0.1:{self.port}/healthz"
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                print(self.log_path.read_text(errors="replace")[-4000:])
                raise SystemExit(f"`make run` exited with {self.server.returncode} before serving")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(1)
        raise SystemExit(f"`make run` did not answer on {url} within {SERVER_TIMEOUT} s")

    def stop_server(self) -> None:
        if self.server is not None and self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            try:
                self.server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)
        self.server = None

    def close(self, env: dict[str, str]) -> None:
        self.stop_server()
        for name in self.databases:
            subprocess.run(["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", name], env=env)


class Block:
    """One README block: its own environment (exports carry over inside it, as in a shell)."""

    def __init__(self, lines: list[str], base_env: dict[str, str], session: Session) -> None:
        self.lines = lines
        self.env = dict(base_env)
        self.session = session
        self.renames: dict[str, str] = {}

    def adapt(self, line: str) -> str:
        line = line.replace(README_PORT, f"127.0.0.1:{self.session.port}")
        for old, new in self.renames.items():
            line = re.sub(rf"\b{re.escape(old)}\b", new, line)
        return line

    def run(self) -> None:
        for raw in self.lines:
            pg = PG_URL.search(raw)
            if pg and pg.group(1) not in self.renames:
                if not postgres_reachable(self.env):
                    print(f"   skip block: no PostgreSQL on 127.0.0.1:5432 for {raw!r}")
                    return
                throwaway = f"readme_ci_{os.getpid()}"
                self.renames[pg.group(1)] = throwaway
                self.session.databases.append(throwaway)
                print(f"   (database {pg.group(1)} → throwaway {throwaway})")
            line = self.adapt(raw)
            words = shlex.split(line, comments=True)
            if SYNOPSIS.search(shlex.join(words)):
                print(f"$ {raw}\n   (a synopsis, not a command: not run)")
                continue
            if words[:2] == ["make", "test"]:
                print(f"$ {raw}\n   (not run again: CI has just run the whole suite)")
                continue
            print(f"$ {raw}" + (f"\n   as: {line}" if line != raw else ""), flush=True)
            if words and words[0] == "export":
                for assignment in words[1:]:
                    name, _, value = assignment.partition("=")
                    self.env[name] = value
                continue
            if words[:2] == ["make", "run"]:
                self.session.start_server(line, self.env)
                self.session.wait_for_server()  # it must come up, whether or not a later command talks to it
                continue
            if "createsuperuser" in words:
                line = shlex.join([*words, "--noinput"])
                print("   (with --noinput and DJANGO_SUPERUSER_* answers)")
            if "curl" in words:
                self.session.wait_for_server()
            result = subprocess.run(line, shell=True, cwd=ROOT, env=self.env, timeout=COMMAND_TIMEOUT)
            if result.returncode != 0:
                raise SystemExit(f"README command failed (exit {result.returncode}): {raw}")


def main(readme_path: Path) -> None:
    readme = readme_path.read_text(encoding="utf-8")
    before = set(os.listdir(ROOT))
    with tempfile.TemporaryDirectory(prefix="readme-ci-") as tmp:
        base_env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY", "PORT"}}
        base_env |= {
            "DATABASE_URL": f"sqlite:///{tmp}/readme.sqlite3",
            "DJANGO_SUPERUSER_USERNAME": "readme-admin",
            "DJANGO_SUPERUSER_EMAIL": "admin@example.org",
            "DJANGO_SUPERUSER_PASSWORD": "readme-ci-passphrase-42",
        }
        session = Session(Path(tmp))
        try:
            found = blocks(readme)
            for number, lines in enumerate(found, start=1):
                print(f"== README block {number} of {len(found)}", flush=True)
                Block(lines, base_env, session).run()
        finally:
            session.close(base_env)
            for name in set(os.listdir(ROOT)) - before:
                path = ROOT / name
                if path.is_file():
                    path.unlink()
    print(f"every command of {readme_path.name} ran")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "README.md")
