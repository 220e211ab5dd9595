-- Test check (tests/store/test_wide.py), not app SQL: a file an earlier version wrote, before
-- statements_wide, articles, statements and quote_clusters had their indexes.
DROP INDEX IF EXISTS statements_wide_article;
DROP INDEX IF EXISTS articles_article_id;
DROP INDEX IF EXISTS statements_article_id;
DROP INDEX IF EXISTS quote_clusters_quote_norm;
