-- The articles the current transaction's writes touched (stance/store/touched.py): the refresh
-- of statements_wide and the aggregates rewrites these and reads nothing else. touched_labels:
-- articles whose statements only had corrections added. touched_quotes and touched_people:
-- the normalised quotes and the person names of the statements it wrote, where the search for
-- unclustered quotes and unresolved names looks (no scan of the statements table).
CREATE TEMP TABLE IF NOT EXISTS touched_articles (article_id VARCHAR);
CREATE TEMP TABLE IF NOT EXISTS touched_labels (article_id VARCHAR);
CREATE TEMP TABLE IF NOT EXISTS touched_quotes (quote_norm VARCHAR);
CREATE TEMP TABLE IF NOT EXISTS touched_people (speaker VARCHAR, official_id VARCHAR,
                                                country VARCHAR);
