"""Tree reads for the API: a locality's subtree and its ancestors, each in one query on SQLite and PostgreSQL.

The tree is walked with a recursive CTE on `parent_id` rather than by `full_name` prefix: names are not prefix-free
(a village 东村 and a township 东村镇 under the same county), so a prefix would pull in a neighbour's subtree. UNION
(not UNION ALL) makes the walk stop even if an editor's mistake ever left a cycle.
"""

from __future__ import annotations

import re

from django.db import connection
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import RawSQL

from core.api.lookups import AnyOf
from localities.models import Locality

TABLE = Locality._meta.db_table
LOCALITY_REFERENCE = re.compile(r"[0-9]{1,12}")  # ASCII digits only (\d would take ٣ and a trailing newline)
# Official division codes are 2 (province) + 2 (prefecture) + 2 (county) + 3 (township) + 3 (village) digits; a
# prefix of one of these lengths names the place whose code is that prefix padded with zeros (370406 → 370406000000).
CODE_PREFIX_LENGTHS = (2, 4, 6, 9, 12)
# Above this many places a subtree is filtered by the recursive query itself (an array that long costs more to plan
# than it saves, and such a filter covers most of the table anyway, where the estimate matters little).
MAX_LISTED_IDS = 50_000

_SUBTREE = (
    "WITH RECURSIVE subtree(id) AS (SELECT id FROM {table} WHERE id = %s UNION SELECT child.id FROM {table} child "
    "JOIN subtree ON child.parent_id = subtree.id) SELECT id FROM subtree"
)
# The walk, unless the place is the tree's only root: then its subtree is every place, and one NULL row says so
# (the walk would read the whole table to list ids that a filter then has to plan one by one: 11,100 ids cost ~10 ms
# of planning per query, twice per page).
_SUBTREE_OR_EVERY_PLACE = (
    "WITH RECURSIVE every_place(yes) AS (SELECT EXISTS (SELECT 1 FROM {table} WHERE id = %(id)s AND parent_id IS NULL) "
    "AND NOT EXISTS (SELECT 1 FROM {table} WHERE parent_id IS NULL AND id <> %(id)s)), "
    "subtree(id) AS (SELECT id FROM {table} WHERE id = %(id)s AND NOT (SELECT yes FROM every_place) "
    "UNION SELECT child.id FROM {table} child JOIN subtree ON child.parent_id = subtree.id) "
    "SELECT id FROM subtree UNION ALL SELECT NULL FROM every_place WHERE yes"
)


class EveryPlace:
    """The subtree of the only root: every place (a filter by it keeps the rows that have a place at all)."""

    def __repr__(self) -> str:
        return "EVERY_PLACE"


EVERY_PLACE = EveryPlace()


def is_locality_reference(value: str) -> bool:
    """Ids and official division codes are both strings of up to 12 digits."""
    return bool(LOCALITY_REFERENCE.fullmatch(value))


def full_code(reference: str) -> str | None:
    """The 12-digit official code a reference of 2/4/6/9/12 digits stands for, or None for other lengths."""
    return reference.ljust(12, "0") if len(reference) in CODE_PREFIX_LENGTHS else None


def resolve_locality(reference: str) -> int | None:
    """The id of the locality named by `reference`: the place with that official code, else the place whose code is
    the 2/4/6/9-digit prefix padded to 12 digits, else the place with that primary key; None when none does. One
    indexed query."""
    if not is_locality_reference(reference):
        return None
    codes = [reference, *([full_code(reference)] if full_code(reference) not in (None, reference) else [])]
    found = dict(Locality.objects.filter(Q(code__in=codes) | Q(pk=int(reference))).values_list("code", "pk")[:3])
    for code in codes:  # the code as written, then the prefix padded, then the id
        if code in found:
            return found[code]
    return int(reference) if int(reference) in found.values() else None


def subtree_id_list(locality_id: int) -> list[int]:
    """The locality and every place inside it, as a list of ids (the tree walk runs on its own, so the query that
    uses the ids is planned knowing exactly which and how many places they are)."""
    with connection.cursor() as cursor:
        cursor.execute(_SUBTREE.format(table=TABLE), [locality_id])
        return [row[0] for row in cursor.fetchall()]


def place_ids(locality_id: int, descendants: bool = True) -> list[int] | RawSQL | EveryPlace:
    """The ids a locality filter matches: the place, and with `descendants` every place inside it (a list; the
    recursive query itself for a subtree of more than MAX_LISTED_IDS places; EVERY_PLACE for the only root's).
    One query. The only-root test relies on the tree having no cycle, which every edit path refuses
    (`Locality.clean`, the editorial merge)."""
    if not descendants:
        return [locality_id]
    with connection.cursor() as cursor:
        cursor.execute(_SUBTREE_OR_EVERY_PLACE.format(table=TABLE), {"id": locality_id})
        ids = [row[0] for row in cursor.fetchall()]
    if ids == [None]:
        return EVERY_PLACE
    return RawSQL(_SUBTREE.format(table=TABLE), [locality_id]) if len(ids) > MAX_LISTED_IDS else ids


def ids_condition(field: str, ids: list[int] | RawSQL | EveryPlace) -> Q | AnyOf:
    """`field` (a locality foreign key, or pk) is one of `ids`."""
    if ids is EVERY_PLACE:
        return Q(**{f"{field}__isnull": False})
    if isinstance(ids, list) and len(ids) > 1 and connection.vendor == "postgresql":
        return AnyOf(F(field), ids)
    return Q(**{f"{field}__in": ids})


def in_locality(field: str, reference: str | int, descendants: bool = True) -> Q | AnyOf:
    """Rows whose `field` (a locality foreign key, or pk) is the referenced locality, or inside it when `descendants`.

    `reference` is a resolved id (int) or a reference string (see `resolve_locality`); an unknown one matches nothing.
    The subtree's ids are read first and passed as values: a recursive query inside the filter leaves the planner
    guessing how many places it returns (it guessed 1,001 for a county's 111, and read the whole indicator table).
    """
    locality_id = reference if isinstance(reference, int) else resolve_locality(reference)
    if locality_id is None:
        return Q(pk__in=[])
    return ids_condition(field, place_ids(locality_id, descendants))


def descendants_of(locality: Locality) -> QuerySet:
    """Every locality below `locality` (not itself)."""
    sql = (
        f"WITH RECURSIVE subtree(id) AS (SELECT id FROM {TABLE} WHERE parent_id = %s UNION "
        f"SELECT child.id FROM {TABLE} child JOIN subtree ON child.parent_id = subtree.id) SELECT id FROM subtree"
    )
    return Locality.objects.filter(pk__in=RawSQL(sql, [locality.pk]))


def ancestors_of(locality: Locality) -> list[Locality]:
    """From the root down to the parent, in one query (the model's `ancestors()` costs one query per level)."""
    if locality.parent_id is None:
        return []
    sql = (
        f"WITH RECURSIVE chain(id, parent_id) AS (SELECT id, parent_id FROM {TABLE} WHERE id = %s UNION "
        f"SELECT up.id, up.parent_id FROM {TABLE} up JOIN chain ON up.id = chain.parent_id) SELECT id FROM chain"
    )
    by_id = {loc.pk: loc for loc in Locality.objects.filter(pk__in=RawSQL(sql, [locality.parent_id]))}
    chain: list[Locality] = []
    node_id = locality.parent_id
    while node_id in by_id and by_id[node_id] not in chain:
        chain.append(by_id[node_id])
        node_id = by_id[node_id].parent_id
    return list(reversed(chain))
