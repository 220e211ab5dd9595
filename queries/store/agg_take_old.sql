-- The rows the out-of-step articles (wide_stale_articles) hold in statements_wide now, under
-- both label sets, to be taken off the aggregates (stance/store/aggregates.py).
CREATE OR REPLACE TEMP TABLE agg_old_rows AS
SELECT -1 AS sign, *
FROM agg_labelled()
WHERE article_key IN (SELECT article_key FROM wide_stale_articles);
