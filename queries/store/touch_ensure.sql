-- The articles the current transaction's writes touched (stance/store/touched.py): the refresh
-- of statements_wide and the aggregates rewrites these and reads nothing else. touched_labels:
-- articles whose statements only had corrections added (their person names and quotes are
-- unchanged, so people_new_names and unclustered_quotes do not look at them).
CREATE TEMP TABLE IF NOT EXISTS touched_articles (article_id VARCHAR);
CREATE TEMP TABLE IF NOT EXISTS touched_labels (article_id VARCHAR);
