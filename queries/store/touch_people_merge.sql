-- The articles where people_merge_statements is about to rename $name.
INSERT INTO touched_articles
SELECT DISTINCT article_id
FROM statements
WHERE speaker_type = 'person' AND speaker = $name;
