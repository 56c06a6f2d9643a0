"""The PostgreSQL triggers that keep `MetricName` a superset of the metrics in the indicator table (migration 0007).

After every statement that inserts or updates indicators, the metrics it wrote are added to the dictionary (a metric
already there costs one unique-index probe and no lock). Nothing is removed when the last figure of a metric goes:
removing it safely would race with a writer adding that metric again in a transaction not yet committed, and a
metric no figure has any more only costs the `metric = ANY(…)` filter one index probe that finds nothing. A TRUNCATE
of the indicator table (which no writer can run beside) empties it.
"""

from __future__ import annotations

INSTALL = """
CREATE OR REPLACE FUNCTION indicators_metric_names_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- in a fixed order: two writers adding the same new metrics wait for each other in one order, never a deadlock
    INSERT INTO indicators_metricname (metric)
    SELECT DISTINCT metric FROM new_rows ORDER BY metric
    ON CONFLICT (metric) DO NOTHING;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION indicators_metric_names_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM indicators_metricname;
    RETURN NULL;
END $$;

CREATE TRIGGER indicators_metric_names_insert AFTER INSERT ON indicators_indicator
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicators_metric_names_after_write();
CREATE TRIGGER indicators_metric_names_update AFTER UPDATE ON indicators_indicator
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicators_metric_names_after_write();
CREATE TRIGGER indicators_metric_names_truncate AFTER TRUNCATE ON indicators_indicator
    FOR EACH STATEMENT EXECUTE FUNCTION indicators_metric_names_after_truncate();

-- what is already there (a loose walk of the metric index would be quicker, but this runs once)
INSERT INTO indicators_metricname (metric) SELECT DISTINCT metric FROM indicators_indicator ON CONFLICT DO NOTHING;
"""

DROP = """
DROP TRIGGER IF EXISTS indicators_metric_names_insert ON indicators_indicator;
DROP TRIGGER IF EXISTS indicators_metric_names_update ON indicators_indicator;
DROP TRIGGER IF EXISTS indicators_metric_names_truncate ON indicators_indicator;
DROP FUNCTION IF EXISTS indicators_metric_names_after_write();
DROP FUNCTION IF EXISTS indicators_metric_names_after_truncate();
"""
