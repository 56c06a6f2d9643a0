"""The import sits on top of the apps: no app imports it, and it takes part in no import cycle."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("core", "articles", "localities", "programs", "indicators", "ingest")


def module_imports() -> dict[str, set[str]]:
    """Every first-party module and the first-party modules it imports anywhere (type-only imports included)."""
    files = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            files[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                candidates = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            else:
                continue
            deps.update(c for c in candidates if c in files and c != name)
        graph[name] = deps
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, stack = set(), [start]
    while stack:
        for dep in graph[stack.pop()]:
            if dep not in seen:
                seen.add(dep)
                stack.append(dep)
    return seen


def test_no_app_imports_the_import():
    graph = module_imports()
    offenders = sorted(
        f"{module} → {dep}"
        for module, deps in graph.items()
        if not module.startswith("ingest")
        for dep in deps
        if dep.startswith("ingest")
    )
    assert offenders == []


def test_the_import_is_in_no_import_cycle():
    graph = module_imports()
    assert any(module.startswith("ingest.") for module in graph)
    cycles = sorted(module for module in graph if module.startswith("ingest") and module in reachable(graph, module))
    assert cycles == []


def test_the_import_command_lives_in_ingest():
    assert (ROOT / "ingest" / "management" / "commands" / "import_seeds.py").is_file()
    assert not (ROOT / "core" / "pipeline.py").exists()
