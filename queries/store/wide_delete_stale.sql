-- Drop the out-of-step rows of statements_wide (rewritten by wide_insert_articles and
-- wide_insert_statements). Articles are matched on their 64-bit key: cheaper than the id.
DELETE FROM statements_wide
WHERE article_key IN (SELECT article_key FROM wide_stale_articles)
   OR statement_id IN (SELECT statement_id FROM wide_stale_statements);
