"""The gazetteer tests' tiny hand-made NBS input: the five division tables as the build reads them."""

from __future__ import annotations

from pathlib import Path


def write_nbs_tables(folder: Path, provinces: str, cities: str, areas: str, streets: str, villages: str) -> Path:
    """`folder` holding provinces.csv … villages.csv with the given texts (created); returns it."""
    folder.mkdir()
    for stem, text in (
        ("provinces", provinces),
        ("cities", cities),
        ("areas", areas),
        ("streets", streets),
        ("villages", villages),
    ):
        (folder / f"{stem}.csv").write_text(text, encoding="utf-8")
    return folder
