-- The articles out of step with statements_wide, none yet (the checksums or the touched
-- articles add them). Declared with its columns: DuckDB 2.0 loses the rows of a large insert
-- (over one row group, 122,880 rows) into a temporary table made empty by CREATE ... AS SELECT
-- in the same transaction (tests/store/test_aggregates.py).
CREATE OR REPLACE TEMP TABLE wide_stale_articles (article_key UBIGINT, article_id VARCHAR);
