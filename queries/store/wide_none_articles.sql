-- No article changed (the statements, articles and clusters signatures are as saved).
CREATE OR REPLACE TEMP TABLE wide_stale_articles AS
SELECT article_key, article_id FROM statements_wide LIMIT 0;
