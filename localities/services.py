"""Writes for localities: the tree's denormalised full names, and (for the import) places and mentions."""

from __future__ import annotations

from localities.models import Locality


def refresh_full_names(locality: Locality) -> int:
    """Recompute `full_name` for `locality` and its whole subtree (after a rename or a move); returns rows changed.

    `full_name` is stored so that lists, filters and exports need no recursive query; this is the one place that
    keeps it true. Call it after any edit of `name` or `parent`.
    """
    changed = 0
    stack = [locality]
    while stack:
        node = stack.pop()
        full_name = node.computed_full_name()
        if node.full_name != full_name:
            Locality.objects.filter(pk=node.pk).update(full_name=full_name)
            node.full_name = full_name
            changed += 1
        stack.extend(node.children.all())
    return changed
