-- New articles only: the same text (sha256) is never stored twice. NOT EXISTS, not NOT IN:
-- the column is never NULL, and DuckDB answers the plain anti-join 2-3x faster at 1.7M
-- articles (bench/README.md item 23), what one pasted article waits for.
INSERT INTO articles BY NAME
SELECT * FROM new_articles n
WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.sha256 = n.sha256);
