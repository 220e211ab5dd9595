-- Drop the out-of-step articles' rows of statements_wide (rewritten by wide_insert_articles).
-- Articles are matched on their 64-bit key: cheaper than the id.
DELETE FROM statements_wide
WHERE article_key IN (SELECT article_key FROM wide_stale_articles);
