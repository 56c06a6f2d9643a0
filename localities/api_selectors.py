"""Tree reads for the API: a locality's subtree and its ancestors, each in one query on SQLite and PostgreSQL.

The tree is walked with a recursive CTE on `parent_id` rather than by `full_name` prefix: names are not prefix-free
(a village 东村 and a township 东村镇 under the same county), so a prefix would pull in a neighbour's subtree. UNION
(not UNION ALL) makes the walk stop even if an editor's mistake ever left a cycle.
"""

from __future__ import annotations

import re

from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from localities.models import Locality

TABLE = Locality._meta.db_table
LOCALITY_REFERENCE = re.compile(r"^\d{1,12}$")

# The anchor accepts an official code or, when no locality has that code, a primary key.
_ANCHOR = f"SELECT id FROM {TABLE} WHERE code = %s OR (id = %s AND NOT EXISTS (SELECT 1 FROM {TABLE} WHERE code = %s))"
_SUBTREE = (
    "WITH RECURSIVE subtree(id) AS ({anchor} UNION SELECT child.id FROM {table} child "
    "JOIN subtree ON child.parent_id = subtree.id) SELECT id FROM subtree"
)


def is_locality_reference(value: str) -> bool:
    """Ids and official division codes are both strings of up to 12 digits."""
    return bool(LOCALITY_REFERENCE.match(value))


def _anchor_params(reference: str) -> list:
    return [reference, int(reference), reference]


def subtree_ids(reference: str) -> RawSQL:
    """Ids of the locality named by `reference` (id or code) and all its descendants, as a subquery for `__in`."""
    return RawSQL(_SUBTREE.format(anchor=_ANCHOR, table=TABLE), _anchor_params(reference))


def locality_ids(reference: str) -> RawSQL:
    """Just the locality named by `reference` (id or code), as a subquery for `__in`."""
    return RawSQL(_ANCHOR, _anchor_params(reference))


def in_locality(field: str, reference: str, descendants: bool = True) -> Q:
    """Rows whose `field` (a locality foreign key) is the referenced locality, or inside it when `descendants`."""
    return Q(**{f"{field}__in": subtree_ids(reference) if descendants else locality_ids(reference)})


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
