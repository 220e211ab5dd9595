-- New articles only: the same text (sha256) is never stored twice.
INSERT INTO articles BY NAME
SELECT * FROM new_articles
WHERE sha256 NOT IN (SELECT sha256 FROM articles);
