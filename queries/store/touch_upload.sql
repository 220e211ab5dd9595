-- The articles a coded-statement upload writes (upload_insert_coded_articles/_statements),
-- and the quotes (upload_norms) and person names of its statements.
INSERT INTO touched_articles
SELECT article_id FROM upload_groups;
INSERT INTO touched_quotes
SELECT quote_norm FROM upload_norms WHERE quote_norm IS NOT NULL;
INSERT INTO touched_people
SELECT speaker, NULL, country
FROM upload_valid
WHERE speaker_type = 'person' AND speaker IS NOT NULL;
