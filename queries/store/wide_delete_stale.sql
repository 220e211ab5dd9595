-- Drop the out-of-step articles' rows of statements_wide (rewritten by wide_insert_articles),
-- found by wide_take_old.sql in this transaction: by row number, which skips every row group
-- outside their range instead of reading the article keys again.
DELETE FROM statements_wide
WHERE rowid IN (SELECT wide_row FROM wide_old);
