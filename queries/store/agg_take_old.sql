-- The rows the out-of-step articles hold in statements_wide now (wide_old, wide_take_old.sql),
-- under both label sets, to be taken off the aggregates (stance/store/aggregates.py).
CREATE OR REPLACE TEMP TABLE agg_old_rows AS
SELECT -1 AS sign, *
FROM agg_labelled('wide_old');
