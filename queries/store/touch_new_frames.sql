-- A load's articles and statements (insert_articles, insert_statements), and the quotes and
-- person names its statements carry (a statement already stored has both resolved already:
-- unclustered_quotes and people_new_names leave it out).
INSERT INTO touched_articles
SELECT article_id FROM new_articles
UNION
SELECT article_id FROM new_statements;
INSERT INTO touched_quotes
SELECT quote_norm FROM new_statements WHERE quote_norm IS NOT NULL;
INSERT INTO touched_people
SELECT speaker, official_id, country
FROM new_statements
WHERE speaker_type = 'person' AND speaker IS NOT NULL;
