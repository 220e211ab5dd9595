-- The rows the out-of-step articles hold once rewritten (wide_new, wide_insert_articles.sql), to
-- be added to the aggregates; the changes, old and new, are read through the view
-- `agg_changes` (agg_delta.sql). Two tables, each made in one statement (no insert into a
-- table made empty: see wide_none_articles.sql).
CREATE OR REPLACE TEMP TABLE agg_new_rows AS
SELECT 1 AS sign, *
FROM agg_labelled('wide_new');
CREATE OR REPLACE TEMP VIEW agg_changes AS
SELECT * FROM agg_old_rows
UNION ALL
SELECT * FROM agg_new_rows;
