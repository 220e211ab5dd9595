-- The rows the out-of-step articles (wide_stale_articles) hold in statements_wide, with their
-- row numbers: one scan of the article keys, after which taking them off the aggregates
-- (agg_take_old.sql) and deleting them (wide_delete_stale.sql) read these rows only.
CREATE OR REPLACE TEMP TABLE wide_old AS
SELECT rowid AS wide_row, *
FROM statements_wide
WHERE article_key IN (SELECT article_key FROM wide_stale_articles);
