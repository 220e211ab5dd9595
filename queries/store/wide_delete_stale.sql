-- Drop the out-of-step rows of statements_wide (rewritten by wide_insert_stale).
DELETE FROM statements_wide
WHERE article_id IN (SELECT article_id FROM wide_stale_articles)
   OR statement_id IN (SELECT statement_id FROM wide_stale_statements);
