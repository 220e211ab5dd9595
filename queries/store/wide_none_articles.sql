-- No article changed (the statements and articles signatures are as saved).
CREATE OR REPLACE TEMP TABLE wide_stale_articles AS
SELECT article_id FROM articles LIMIT 0;
