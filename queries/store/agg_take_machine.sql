-- Every row of statements_wide under the machine's labels, as a change to add: the first step
-- of counting the aggregates from scratch (stance/store/aggregates.py, rebuild_aggregates).
CREATE OR REPLACE TEMP VIEW agg_changes AS
SELECT 1 AS sign, * FROM agg_labelled('statements_wide') WHERE NOT corrected;
