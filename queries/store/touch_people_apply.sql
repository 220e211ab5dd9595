-- The articles whose person names people_apply is about to change.
INSERT INTO touched_articles
SELECT DISTINCT article_id
FROM statements
WHERE speaker_type = 'person'
  AND speaker IN (SELECT name FROM new_person_names WHERE name <> canonical);
