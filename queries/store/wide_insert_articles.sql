-- Rewrite the rows of the out-of-step articles from their own rows of articles, statements,
-- corrections and quote clusters, each found by one filter (through an index of
-- store/indexes.sql for articles, statements and clusters when the articles are few), then
-- joined and given their keys as statements_full and statements_wide_source do, by the same
-- macros; the source view filtered the same way took over a second, and its
-- corrections, counted for every statement, a fifth of the rewrite. The new rows are kept
-- (wide_new) for the aggregates (agg_take_new.sql), which then need not look for them in
-- statements_wide.
CREATE OR REPLACE TEMP TABLE wide_articles AS
FROM articles WHERE article_id IN (SELECT article_id FROM wide_stale_articles);
CREATE OR REPLACE TEMP TABLE wide_statements AS
FROM statements WHERE article_id IN (SELECT article_id FROM wide_stale_articles);
CREATE OR REPLACE TEMP TABLE wide_corrections AS
FROM corrections WHERE statement_id IN (SELECT statement_id FROM wide_statements);
CREATE OR REPLACE TEMP TABLE wide_clusters AS  -- through the index on quote_norm
FROM quote_clusters WHERE quote_norm IN (SELECT quote_norm FROM wide_statements);
CREATE OR REPLACE TEMP TABLE wide_fresh AS
FROM full_rows('wide_articles', 'wide_statements', 'wide_corrections');
CREATE OR REPLACE TEMP TABLE wide_new AS
SELECT * FROM wide_rows('wide_fresh', 'wide_corrections', 'wide_clusters');
-- In the table's order (wide_rebuild.sql), so a large write adds row groups a filter can skip.
INSERT INTO statements_wide BY NAME SELECT * FROM wide_new ORDER BY machine_country, published;
