-- statements_wide from scratch, in date order (a date filter then skips whole row groups).
CREATE OR REPLACE TABLE statements_wide AS
SELECT * FROM statements_wide_source
ORDER BY published NULLS LAST, article_id, start;
