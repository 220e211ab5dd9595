-- Person names stored but not yet resolved (stance/store/people.py), most quoted first: the
-- official the extractor matched, the country most of their statements give, how many.
-- $everywhere false: only in the articles this transaction touched (touch_*.sql), where every
-- new name is, since each writer records the articles it writes.
SELECT
    s.speaker AS name,
    any_value(s.official_id) FILTER (WHERE s.official_id IS NOT NULL) AS official_id,
    mode(s.country) FILTER (WHERE s.country IS NOT NULL) AS country,
    count(*) AS statements
FROM statements s
WHERE s.speaker_type = 'person' AND s.speaker IS NOT NULL
  AND ($everywhere OR s.article_id IN (SELECT article_id FROM touched_articles))
  AND NOT EXISTS (SELECT 1 FROM person_names p WHERE p.name = s.speaker)
GROUP BY s.speaker
ORDER BY statements DESC, name;
