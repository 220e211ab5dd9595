-- Benchmark data: the articles of the corrected statements (insert_corrections.sql).
INSERT INTO touched_articles
SELECT DISTINCT article_id
FROM statements
WHERE statement_id IN (SELECT statement_id FROM corrections);
