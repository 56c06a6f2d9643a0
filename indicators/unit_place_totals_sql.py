"""The PostgreSQL triggers that keep `UnitPlaceTotal` exact (installed by migration 0005).

After every statement that inserts, updates, deletes or truncates indicators, the (unit, place) groups it touched
are recomputed from the indicator table itself (the (unit, locality, value) index answers a group's count, sum, min
and max without reading the table), so a total can never drift: nothing is added or subtracted incrementally, and a
min or max survives deletes. Writers touching the same group take its advisory lock first (one of 16, in a fixed
order, so an import of thousands of groups takes at most 16), so the recompute of the later one runs after the
earlier one has committed and sees its rows (read committed: every statement of the function
takes a fresh snapshot).
"""

from __future__ import annotations

RECOMPUTE = """
CREATE OR REPLACE FUNCTION indicators_recompute_totals(units text[], places bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    -- one of 16 locks per group (a lock per group would fill the lock table on an import of thousands)
    PERFORM pg_advisory_xact_lock(18, slot)
    FROM (SELECT DISTINCT hashtext(g.unit || '/' || coalesce(g.place :: text, '')) & 15 AS slot
          FROM unnest(units, places) AS g(unit, place)) AS slots
    ORDER BY slot;
    DELETE FROM indicators_unitplacetotal AS t
    USING unnest(units, places) AS g(unit, place)
    WHERE t.unit = g.unit AND t.locality_id IS NOT DISTINCT FROM g.place;
    INSERT INTO indicators_unitplacetotal (unit, locality_id, count, total, low, high)
    SELECT i.unit, i.locality_id, count(*), sum(i.value), min(i.value), max(i.value)
    FROM indicators_indicator AS i
    JOIN (SELECT DISTINCT g.unit, g.place FROM unnest(units, places) AS g(unit, place) WHERE g.place IS NOT NULL) AS g
        ON i.unit = g.unit AND i.locality_id = g.place
    GROUP BY i.unit, i.locality_id
    UNION ALL
    SELECT i.unit, NULL, count(*), sum(i.value), min(i.value), max(i.value)
    FROM indicators_indicator AS i
    JOIN (SELECT DISTINCT g.unit FROM unnest(units, places) AS g(unit, place) WHERE g.place IS NULL) AS g
        ON i.unit = g.unit
    WHERE i.locality_id IS NULL
    GROUP BY i.unit;
END $$;

CREATE OR REPLACE FUNCTION indicators_totals_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM indicators_recompute_totals(array_agg(unit), array_agg(locality_id))
    FROM (SELECT DISTINCT unit, locality_id FROM new_rows) AS touched;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION indicators_totals_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM indicators_recompute_totals(array_agg(unit), array_agg(locality_id))
    FROM (SELECT n.unit, n.locality_id FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id
          WHERE (n.unit, n.locality_id, n.value) IS DISTINCT FROM (o.unit, o.locality_id, o.value)
          UNION SELECT o.unit, o.locality_id FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id
          WHERE (n.unit, n.locality_id, n.value) IS DISTINCT FROM (o.unit, o.locality_id, o.value)) AS touched;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION indicators_totals_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM indicators_recompute_totals(array_agg(unit), array_agg(locality_id))
    FROM (SELECT DISTINCT unit, locality_id FROM old_rows) AS touched;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION indicators_totals_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- DELETE, not TRUNCATE: a TRUNCATE of both tables in one statement (Django's flush) has the totals in use
    DELETE FROM indicators_unitplacetotal;
    RETURN NULL;
END $$;

CREATE TRIGGER indicators_totals_insert AFTER INSERT ON indicators_indicator
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicators_totals_after_insert();
CREATE TRIGGER indicators_totals_update AFTER UPDATE ON indicators_indicator
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION indicators_totals_after_update();
CREATE TRIGGER indicators_totals_delete AFTER DELETE ON indicators_indicator
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicators_totals_after_delete();
CREATE TRIGGER indicators_totals_truncate AFTER TRUNCATE ON indicators_indicator
    FOR EACH STATEMENT EXECUTE FUNCTION indicators_totals_after_truncate();

-- what is already there
INSERT INTO indicators_unitplacetotal (unit, locality_id, count, total, low, high)
SELECT unit, locality_id, count(*), sum(value), min(value), max(value)
FROM indicators_indicator GROUP BY unit, locality_id;
"""

DROP = """
DROP TRIGGER IF EXISTS indicators_totals_insert ON indicators_indicator;
DROP TRIGGER IF EXISTS indicators_totals_update ON indicators_indicator;
DROP TRIGGER IF EXISTS indicators_totals_delete ON indicators_indicator;
DROP TRIGGER IF EXISTS indicators_totals_truncate ON indicators_indicator;
DROP FUNCTION IF EXISTS indicators_totals_after_insert();
DROP FUNCTION IF EXISTS indicators_totals_after_update();
DROP FUNCTION IF EXISTS indicators_totals_after_delete();
DROP FUNCTION IF EXISTS indicators_totals_after_truncate();
DROP FUNCTION IF EXISTS indicators_recompute_totals(text[], bigint[]);
"""
