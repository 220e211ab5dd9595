-- A load's articles and statements (insert_articles, insert_statements).
INSERT INTO touched_articles
SELECT article_id FROM new_articles
UNION
SELECT article_id FROM new_statements;
