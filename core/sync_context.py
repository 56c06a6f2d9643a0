"""What every write of one import shares: the tally of outcomes, the rows a run has already met, the page's memo.

Split from `core.sync` (which decides create / update / delete) because the pipeline, the workers and the run
bookkeeping need only these, not the write rules.
"""

from __future__ import annotations

from collections import ChainMap, Counter
from collections.abc import Hashable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from django.db import models

from core.corrections import tombstoned_keys

# A shared row (a place, a program) met on many pages counts once per run, with the strongest of its outcomes.
_SHARED_RANK = {"created": 3, "updated": 2, "skipped_deleted": 1, "unchanged": 0}


@dataclass
class Tally:
    """Created / updated / unchanged / deleted / failed counts per resource for one import.

    Rows of one page are counted as they are written (`add`). Rows many pages share are recorded by key
    (`add_shared`) and merged by key, so a run counts each once — a place the run created stays "created" however
    many later pages, in this process or a worker's, met it again."""

    counts: Counter = field(default_factory=Counter)
    shared: dict[tuple[str, Hashable], str] = field(default_factory=dict)

    def add(self, resource: str, outcome: str, n: int = 1) -> None:
        self.counts[(resource, outcome)] += n

    def add_shared(self, resource: str, key: Hashable, outcome: str) -> None:
        known = self.shared.get((resource, key))
        if known is None or _SHARED_RANK.get(outcome, 0) > _SHARED_RANK.get(known, 0):
            self.shared[(resource, key)] = outcome

    def merge(self, other: Tally) -> None:
        self.counts.update(other.counts)
        for (resource, key), outcome in other.shared.items():
            self.add_shared(resource, key, outcome)

    def _all(self) -> Counter:
        return self.counts + Counter((resource, outcome) for (resource, _), outcome in self.shared.items())

    def get(self, resource: str, outcome: str) -> int:
        return self._all()[(resource, outcome)]

    def as_dict(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (resource, outcome), n in sorted(self._all().items()):
            out.setdefault(resource, {})[outcome] = n
        return out

    def total(self, outcome: str) -> int:
        return sum(n for (_, o), n in self._all().items() if o == outcome)


@dataclass
class RunMemo:
    """The rows many pages share (places, programs) as this run has already found or written them, so that each
    is looked up once per run and process, not once per page.

    Pages add to it only when they commit (`SyncContext.commit_to_run`): a page rolled back (a failure, a retry,
    a dry run) leaves nothing behind that would point at rows that do not exist."""

    rows: dict[str, dict] = field(default_factory=dict)

    def forget(self) -> None:
        """Drop everything (after a failure that may mean a remembered row is gone)."""
        self.rows.clear()


@dataclass(frozen=True)
class SyncContext:
    """What every write of one page shares: the tally, the history user, the extractor version, and look-ups that
    do not change while the page is written (the tombstones) or that it fills as it goes (places, programs); with
    a `run`, the shared rows earlier pages of the same run committed."""

    tally: Tally
    history_user: Any = None
    extractor_version: str = ""
    memo: dict = field(default_factory=dict)
    run: RunMemo | None = None

    def tombstones(self, model: type[models.Model]) -> set[str]:
        key = ("tombstones", model)
        if key not in self.memo:
            self.memo[key] = tombstoned_keys(model)
        return self.memo[key]

    def cache(self, name: str) -> MutableMapping:
        """A memo owned by one service (e.g. resolved places → rows): this page's entries over the run's."""
        page = self.memo.setdefault(("cache", name), {})
        if self.run is None:
            return page
        return ChainMap(page, self.run.rows.setdefault(name, {}))

    def count_shared(self, resource: str, outcome: str, key: Hashable) -> None:
        """Tally a row many pages share once per run, with its strongest outcome (see `Tally`)."""
        self.tally.add_shared(resource, key, outcome)

    def commit_to_run(self) -> None:
        """The page committed: the shared rows it found or wrote now hold for the rest of the run."""
        if self.run is None:
            return
        for (kind, *name), value in self.memo.items():
            if kind == "cache":
                self.run.rows.setdefault(name[0], {}).update(value)
