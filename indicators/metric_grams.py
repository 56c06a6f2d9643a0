"""An index for `?metric=<part>` on PostgreSQL: every character and every pair of adjacent characters of the metric.

A substring filter (`LIKE '%信贷%'`) cannot use a B-tree, so with a prefecture it read every row of the prefecture
(5.2 s at 10 million indicators). pg_trgm's trigram index was the obvious candidate, but a trigram index knows
nothing certain about a needle shorter than three characters, and Chinese metric words are mostly two (信贷, 公路,
就业): for `LIKE '%信贷%'` it answers every row and the planner rightly ignores it. Single characters and pairs serve
any needle: a row whose metric contains `信贷` has the pair 信贷 among its grams, one containing `小额信贷` has 小额,
额信 and 信贷. The gram condition is a filter before the exact one (`LIKE`), never instead of it.

The grams are of the lower-cased text, so a needle with letters (`gdp`) finds `GDP` too, as `icontains` does; the
condition is added only where Python and PostgreSQL lower-case alike (every letter with a case is ASCII).
On SQLite (no expression GIN index) the filter is the plain substring test, unchanged.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import BooleanField, F, Func, Q
from django.db.models.expressions import RawSQL

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
    """The grams every metric containing `needle` has: its pairs (or the character itself, for one character)."""
    text = needle.lower()
    if len(text) == 1:
        return [text]
    return sorted({text[i : i + 2] for i in range(len(text) - 1)})


def lowers_alike(needle: str) -> bool:
    """Python and PostgreSQL agree on the needle's lower case: each character is ASCII or has no case."""
    return all(char.isascii() or char.upper() == char.lower() for char in needle)


def metric_grams_condition(field: str, needle: str) -> Q:
    """A condition every row whose `field` contains `needle` (ignoring case) meets, readable from the gram index on
    PostgreSQL; an empty condition elsewhere, or for a needle the index cannot answer."""
    if connection.vendor != "postgresql" or not needle or not lowers_alike(needle):
        return Q()
    grams = Func(F(field), function=FUNCTION)
    contains = Func(
        grams,
        RawSQL("%s::text[]", [needle_grams(needle)]),
        template="%(expressions)s",
        arg_joiner=" @> ",
        output_field=BooleanField(),
    )
    return Q(contains)


def install(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement)


def uninstall(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)
