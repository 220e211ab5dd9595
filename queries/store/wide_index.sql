-- An index of statements_wide on its article keys (an ART index: DuckDB's zonemaps cannot
-- skip on a hash). A few articles' rows are found through it instead of a scan of 10M keys:
-- a correction's lookup of its statement (corrections_statement.sql) and its take-off of the
-- article's rows (wide_take_old.sql) went 49 -> 2 and 47 -> 4 ms at 10M statements
-- (bench/README.md item 35). DuckDB reads it only for small key sets; larger ones still scan.
-- Made once on opening (a file of an earlier version: 5-7 s at 10M), and again after
-- wide_rebuild.sql replaces the table.
CREATE INDEX IF NOT EXISTS statements_wide_article ON statements_wide (article_key);
