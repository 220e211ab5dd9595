-- Statements of articles not yet stored. Runs before insert_articles, so an article that is
-- already in the database (same text) keeps exactly the statements (and ids) it had.
INSERT INTO statements BY NAME
SELECT * FROM new_statements
WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = new_statements.article_id)
QUALIFY row_number() OVER (PARTITION BY statement_id) = 1;
