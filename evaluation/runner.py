"""Import a folder of pages into a throwaway database, once per layout, and score each import.

The user's database is never touched: every layout is imported by a separate process into its own
SQLite file in a temporary folder (migrated once, copied per layout), and only the export comes
back. Pages are scored against the gold in the same folder or another one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from core.text.decoding import decode_page
from evaluation.layouts import LAYOUTS, ORIGINAL, relayout
from evaluation.scoring import GoldError, Report, load_gold, score

PAGE_SUFFIX = ".txt"
WORKER_TIMEOUT_SECONDS = 1800


class EvaluationError(RuntimeError):
    """The evaluation could not run; the message says what to fix."""


@dataclass(frozen=True)
class LayoutScore:
    layout: str
    report: Report
    predicted: list[dict] = field(default_factory=list, compare=False, repr=False)
    """The export the layout was scored on (the gold files' shape)."""


def page_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: no such folder of pages")
    pages = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == PAGE_SUFFIX)
    if not pages:
        raise EvaluationError(f"{folder}: no pages (*{PAGE_SUFFIX})")
    return pages


def write_layout(pages: list[Path], layout: str, target: Path) -> None:
    """The pages in `layout`, under their own names; the seed of each is its index in the folder,
    as in the evaluation's relayout.py, so every run writes the same bytes."""
    target.mkdir(parents=True)
    for index, page in enumerate(pages):
        text = decode_page(page.read_bytes())
        (target / page.name).write_bytes(relayout(text, layout, seed=index).encode("utf-8"))


def evaluate(pages_folder: Path, gold_folder: Path, layouts: list[str]) -> list[LayoutScore]:
    """Scores of `pages_folder` against `gold_folder`, for the original pages and each of `layouts`."""
    unknown = sorted(set(layouts) - set(LAYOUTS) - {ORIGINAL})
    if unknown:
        raise EvaluationError(f"unknown layout {', '.join(unknown)}; choose from {', '.join(LAYOUTS)}")
    pages = page_files(pages_folder)
    try:
        gold = load_gold(gold_folder)
    except GoldError as exc:
        raise EvaluationError(str(exc)) from exc
    without_page = sorted(set(gold) - {p.name for p in pages})
    if without_page:
        raise EvaluationError(f"{gold_folder}: gold for pages not in {pages_folder}: {', '.join(without_page)}")
    results = []
    with tempfile.TemporaryDirectory(prefix="evaluate-") as tmp:
        work = Path(tmp)
        template = work / "migrated.sqlite3"
        _run_worker(template, None, None)
        for layout in [ORIGINAL, *layouts]:
            folder = work / layout
            if layout == ORIGINAL:
                folder.mkdir()
                for page in pages:
                    shutil.copyfile(page, folder / page.name)
            else:
                write_layout(pages, layout, folder)
            database = work / f"{layout}.sqlite3"
            shutil.copyfile(template, database)
            export = work / f"{layout}.json"
            _run_worker(database, folder, export)
            predicted = json.loads(export.read_text(encoding="utf-8"))
            results.append(LayoutScore(layout, score(gold, predicted), predicted))
    return results


def _run_worker(database: Path, pages: Path | None, export: Path | None) -> None:
    """Migrate `database`, or import `pages` into it and write its export to `export`."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "evaluation-throwaway-database",
        "DJANGO_SETTINGS_MODULE": "core.settings",
    }
    command = [sys.executable, "-m", "evaluation.worker", str(database)]
    if pages is not None and export is not None:
        command += [str(pages), str(export)]
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        command, env=env, cwd=root, capture_output=True, text=True, timeout=WORKER_TIMEOUT_SECONDS, check=False
    )
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        what = f"importing {pages}" if pages else "preparing the throwaway database"
        raise EvaluationError(f"{what} failed: {detail[0]}")
