-- The articles a coded-statement upload writes (upload_insert_coded_articles/_statements).
INSERT INTO touched_articles
SELECT article_id FROM upload_groups;
