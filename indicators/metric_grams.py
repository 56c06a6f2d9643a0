"""An index for `?metric=<part>` on PostgreSQL: every character and every pair of adjacent characters of the metric.

A substring filter (`LIKE '%信贷%'`) cannot use a B-tree, so with a prefecture it read every row of the prefecture
(5.2 s at 10 million indicators). pg_trgm's trigram index was the obvious candidate, but a trigram index knows
nothing certain about a needle shorter than three characters, and Chinese metric words are mostly two (信贷, 公路,
就业): for `LIKE '%信贷%'` it answers every row and the planner rightly ignores it. Single characters and pairs serve
any needle: a row whose metric contains `信贷` has the pair 信贷 among its grams, one containing `小额信贷` has 小额,
额信 and 信贷. The gram condition is a filter before the exact substring test, never instead of it.

The grams are of the lower-cased text, so a needle with letters (`gdp`) finds `GDP` too, as `icontains` does; the
condition is added only where Python and PostgreSQL lower-case alike (every letter with a case is ASCII).
On SQLite (no expression GIN index) the filter is the plain substring test, unchanged.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import BooleanField, F, Func, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import StrIndex, Upper
from django.db.models.lookups import Exact

FUNCTION = "indicator_metric_grams"
INDEX = "indicator_metric_grams"
TABLE = "indicators_indicator"

CREATE = [
    # IMMUTABLE (the same text always gives the same grams), so it may be indexed; STRICT: NULL gives NULL.
    f"""CREATE OR REPLACE FUNCTION {FUNCTION}(metric text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT gram), '{{}}') FROM (
            SELECT substr(lower(metric), i, 1) AS gram FROM generate_series(1, length(metric)) AS i
            UNION ALL
            SELECT substr(lower(metric), i, 2) FROM generate_series(1, length(metric) - 1) AS i
        ) AS grams $$""",
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ({FUNCTION}(metric))",
    f"ANALYZE {TABLE}",  # statistics of the indexed expression, which the planner's estimate of `@>` reads
]
DROP = [f"DROP INDEX IF EXISTS {INDEX}", f"DROP FUNCTION IF EXISTS {FUNCTION}(text)"]


def needle_grams(needle: str) -> list[str]:
    """A gram every metric containing `needle` has: its last pair of characters (the character itself, for one).

    One gram, not all of the needle's pairs: the planner multiplies the pairs' frequencies as if independent, and for
    小额信贷 (three pairs, each in one metric in eight) it expected 512 times fewer rows than match, then sorted
    125,000 of them (629 ms against 32 at a million indicators). One pair's frequency is never below the needle's, so
    the estimate errs high, where the plan stays safe; the exact test after it removes what the pair alone lets in.
    The last pair is the head of a Chinese compound (信贷 in 小额信贷, 公路 in 农村公路).
    """
    text = needle.lower()
    return [text[-2:]]


def lowers_alike(needle: str) -> bool:
    """Python and PostgreSQL agree on the needle's lower case: each character is ASCII or has no case."""
    return all(char.isascii() or char.upper() == char.lower() for char in needle)


def metric_contains_condition(field: str, needle: str) -> Q | None:
    """Rows whose `field` contains `needle` (ignoring case where case exists, as `contains_lookup` says), read from
    the gram index on PostgreSQL; None where the index cannot answer (another engine, a needle Python and PostgreSQL
    lower-case differently): the caller then tests the substring alone.

    The exact test is `strpos(…) <> 0`, not `LIKE`: the planner estimates both conditions and multiplies them as if
    independent, and LIKE's estimate (one row in eight for 信贷) times the grams' (the same eighth) made it expect 64
    times fewer rows than there are; it then sorted 125,000 matches instead of walking the ordering's index (136 ms
    against 41 at a million indicators). It takes `strpos(…) <> 0` for nearly every row, so the estimate is the
    grams' own, read from the index's statistics.
    """
    if connection.vendor != "postgresql" or not needle or not lowers_alike(needle):
        return None
    grams = Func(F(field), function=FUNCTION)
    has_grams = Func(
        grams,
        RawSQL("%s::text[]", [needle_grams(needle)]),
        template="%(expressions)s",
        arg_joiner=" @> ",
        output_field=BooleanField(),
    )
    cased = needle.upper() != needle.lower()
    haystack = Upper(field) if cased else F(field)
    position = StrIndex(haystack, Value(needle.upper() if cased else needle))
    return Q(has_grams) & ~Q(Exact(position, 0))


def install(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement)


def uninstall(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)
