-- Statements of articles not yet stored. Runs before insert_articles, so an article that is
-- already in the database (same text) keeps exactly the statements (and ids) it had. The
-- stored ones are found through the id index (store/indexes.sql, as insert_articles.sql does).
INSERT INTO statements BY NAME
WITH stored AS MATERIALIZED (
    SELECT article_id FROM articles WHERE article_id IN (SELECT article_id FROM new_statements)
)
SELECT * FROM new_statements n
WHERE NOT EXISTS (SELECT 1 FROM stored s WHERE s.article_id = n.article_id)
QUALIFY row_number() OVER (PARTITION BY statement_id) = 1;
