"""The stored places that bear a name as an alias (a name an editor merged into another row), for the import.

Asked by the names a page needs, not by reading every aliased place of a level: that read grew with the database
(every county, township and village the archive holds has its short form as an alias), so an archive's pages got
slower the more it held. The rows come back in the order the whole read gave them (the model's ordering), and the
rows the page itself creates after its first look-up at a level follow in the order it created them, as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

from localities.models import Locality

# SQLite's bound-parameter limit is 999 on older builds; a page asks for far fewer names than this at once.
NAMES_PER_QUERY = 500


class AliasedPlaces:
    """One page's look-ups of one level's aliased places, by name: each name asked of the database once per page,
    the rows the page creates afterwards added as they are created."""

    def __init__(self, level: str) -> None:
        self.level = level
        self.by_name: dict[str, list[Locality]] = {}
        self.created: list[Locality] = []

    def bearing(self, name: str) -> list[Locality]:
        """The rows of this level bearing `name` as an alias: stored ones first, then the page's new ones."""
        if name not in self.by_name:
            self.fetch([name])
        return self.by_name[name]

    def fetch(self, names: Iterable[str]) -> None:
        """Ask the database for the rows bearing any of `names` not asked yet (one query per batch of names)."""
        wanted = sorted({name for name in names if name not in self.by_name})
        if not wanted:
            return
        created_pks = {row.pk for row in self.created}
        for name in wanted:
            self.by_name[name] = []
        for start in range(0, len(wanted), NAMES_PER_QUERY):
            batch = wanted[start : start + NAMES_PER_QUERY]
            for row in Locality.objects.filter(bearing_any_alias(batch), level=self.level):
                if row.pk not in created_pks:  # those follow below, in the order the page created them
                    self._index(row, batch)
        for row in self.created:
            self._index(row, wanted)

    def add_created(self, row: Locality) -> None:
        """A row the page just created: found by its aliases from now on, after the stored ones."""
        self.created.append(row)
        self._index(row, self.by_name)

    def _index(self, row: Locality, names: Iterable[str]) -> None:
        names = names if isinstance(names, (set, dict)) else set(names)
        for alias in dict.fromkeys(row.aliases or []):
            if alias in names:
                self.by_name[alias].append(row)


def bearing_any_alias(names: list[str]) -> Q:
    """Rows whose `aliases` list holds any of `names`, decided by the database (a JSON list has no portable
    containment lookup: PostgreSQL's `?|` on jsonb, SQLite's `json_each`)."""
    if connection.vendor == "postgresql":
        return Q(aliases__has_any_keys=names)
    if connection.vendor == "sqlite":
        table = connection.ops.quote_name(Locality._meta.db_table)
        marks = ", ".join(["%s"] * len(names))
        sql = f'EXISTS (SELECT 1 FROM json_each({table}."aliases") WHERE json_each.value IN ({marks}))'
        return Q(RawSQL(sql, names, output_field=BooleanField()))
    return ~Q(aliases=[])  # any other database: every aliased row of the level, matched by name in Python
