-- Every row of statements_wide as a change to add: the aggregates computed from scratch.
CREATE OR REPLACE TEMP VIEW agg_changes AS SELECT 1 AS sign, * FROM agg_labelled('statements_wide');
