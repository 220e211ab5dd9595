-- Statements of articles not yet stored. Runs before insert_articles, so an article that is
-- already in the database (same text) keeps exactly the statements (and ids) it had.
INSERT INTO statements BY NAME
SELECT * FROM new_statements
WHERE article_id NOT IN (SELECT article_id FROM articles)
QUALIFY row_number() OVER (PARTITION BY statement_id) = 1;
