-- ART indexes, where a write looks up a few articles or quotes among millions (DuckDB's
-- zonemaps cannot skip on a hash); DuckDB reads one only for small key sets (a few dozen) and
-- only when its key is the scan's one filter, so larger sets still scan (bench/README.md
-- items 35-36). Made after the opening refresh (a file of an earlier version: 13-15 s at
-- 10M) and again after wide_rebuild.sql replaces statements_wide.
-- statements_wide by article: a correction's lookup of its statement
-- (corrections_statement.sql) and the take-off of a write's rows (wide_take_old.sql),
-- 49 -> 2 and 47 -> 4 ms at 10M statements.
CREATE INDEX IF NOT EXISTS statements_wide_article ON statements_wide (article_key);
-- articles by id (the first 16 characters of the text's sha256): a save's checks for articles
-- already stored (insert_articles.sql, insert_statements.sql) and the read of its article
-- (wide_insert_articles.sql).
CREATE INDEX IF NOT EXISTS articles_article_id ON articles (article_id);
-- statements by article: the read of a save's statements for its rows of statements_wide
-- (wide_insert_articles.sql), 55 -> 31 ms for the whole step at 10M statements.
CREATE INDEX IF NOT EXISTS statements_article_id ON statements (article_id);
-- quote clusters by quote: a save's search for its quotes' clusters (unclustered_quotes.sql)
-- and their read for its rows of statements_wide (wide_insert_articles.sql).
CREATE INDEX IF NOT EXISTS quote_clusters_quote_norm ON quote_clusters (quote_norm);
