-- The rows the out-of-step articles hold once rewritten, to be added to the aggregates; the
-- changes are read through the view `agg_changes` (agg_delta.sql).
INSERT INTO agg_changed_rows
SELECT 1 AS sign, *
FROM agg_labelled()
WHERE article_key IN (SELECT article_key FROM wide_stale_articles);
CREATE OR REPLACE TEMP VIEW agg_changes AS SELECT * FROM agg_changed_rows;
