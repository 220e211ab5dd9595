-- The articles the current transaction's writes touched (stance/store/touched.py): the refresh
-- of statements_wide and the aggregates rewrites these and reads nothing else.
CREATE TEMP TABLE IF NOT EXISTS touched_articles (article_id VARCHAR);
