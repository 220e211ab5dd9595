-- Rewrite the rows of the out-of-step articles: their statements_full rows first (a filter on
-- articles, 50 ms at 10M statements), then the bookkeeping columns for those rows only; the
-- source view filtered the same way took over a second. The new rows are kept (wide_new) for
-- the aggregates (agg_take_new.sql), which then need not look for them in statements_wide.
CREATE OR REPLACE TEMP TABLE wide_fresh AS
SELECT * FROM statements_full WHERE article_id IN (SELECT article_id FROM wide_stale_articles);
CREATE OR REPLACE TEMP TABLE wide_new AS SELECT * FROM wide_rows('wide_fresh');
-- In the table's order (wide_rebuild.sql), so a large write adds row groups a filter can skip.
INSERT INTO statements_wide BY NAME SELECT * FROM wide_new ORDER BY machine_country, published;
