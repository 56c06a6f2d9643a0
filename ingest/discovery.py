"""Finding the page files under the paths an operator names — and naming every path that is not imported, why.

Nothing is skipped in silence: a missing path, an unreadable folder, a symbolic link that loops back, a folder with
no pages, a file that is not a `.txt` page named directly — each becomes a `Skipped` with a reason the command
prints. Files inside a folder that are not `.txt` (scans, PDFs) are listed as skipped too, but only as a note:
they are not pages, and their presence does not make the run fail.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PAGE_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class FoundFile:
    """A page file and the folder the operator named that led to it (None when the file was named directly)."""

    path: Path
    root: Path | None


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str
    serious: bool = True  # False: only a note (a non-page file inside a folder, a loop already walked)

    @property
    def message(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Discovery:
    files: list[FoundFile] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def discover(paths: list[str | Path]) -> Discovery:
    """Expand files and folders (recursively, `*.txt`, following links once) in a stable order."""
    found = Discovery()
    seen_files: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            before = len(found.files)
            _walk(path, found, seen_files)
            if len(found.files) == before and not any(s.serious for s in found.skipped if _under(s.path, path)):
                found.skipped.append(Skipped(str(path), "no .txt page files in this folder"))
        elif path.is_file():
            if path.suffix.lower() not in PAGE_SUFFIXES:
                found.skipped.append(Skipped(str(path), "not a .txt page file; only *.txt files are imported"))
            else:
                _add(found, seen_files, path.resolve(), None)
        elif path.is_symlink():
            found.skipped.append(Skipped(str(path), "broken symbolic link"))
        elif path.exists():
            found.skipped.append(Skipped(str(path), "not a regular file or folder"))
        else:
            found.skipped.append(Skipped(str(path), "no such file or folder"))
    return found


def _walk(root: Path, found: Discovery, seen_files: set[Path]) -> None:
    resolved_root = root.resolve()
    visited: set[tuple[int, int]] = set()

    def on_error(error: OSError) -> None:
        found.skipped.append(Skipped(str(error.filename or root), f"cannot read ({error.strerror or error})"))

    for folder, dirnames, filenames in os.walk(resolved_root, onerror=on_error, followlinks=True):
        try:
            info = os.stat(folder)
        except OSError as exc:
            on_error(exc)
            dirnames[:] = []
            continue
        if (info.st_dev, info.st_ino) in visited:
            found.skipped.append(Skipped(folder, "symbolic link loop (folder already read); skipped", serious=False))
            dirnames[:] = []
            continue
        visited.add((info.st_dev, info.st_ino))
        dirnames.sort()
        for name in sorted(filenames):
            file = Path(folder) / name
            if file.suffix.lower() not in PAGE_SUFFIXES:
                found.skipped.append(Skipped(str(file), "not a .txt page file", serious=False))
            elif not file.is_file():
                found.skipped.append(Skipped(str(file), "broken symbolic link or not a regular file"))
            else:
                _add(found, seen_files, file, resolved_root)


def _add(found: Discovery, seen_files: set[Path], file: Path, root: Path | None) -> None:
    real = file.resolve()
    if real in seen_files:
        return
    seen_files.add(real)
    found.files.append(FoundFile(file, root))


def _under(path: str, folder: Path) -> bool:
    try:
        return Path(path).resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
