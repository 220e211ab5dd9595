-- Person names stored but not yet resolved (stance/store/people.py), most quoted first: the
-- official the extractor matched, the country most of their statements give, how many.
-- $everywhere false: only in the articles this transaction touched (touch_*.sql), where every
-- new name is, since each writer records the articles it writes (30 ms at 10M statements,
-- against 110 ms for every article).
WITH persons AS (
    SELECT speaker, official_id, country
    FROM statements
    WHERE ($everywhere OR article_id IN (SELECT article_id FROM touched_articles))
      AND speaker_type = 'person' AND speaker IS NOT NULL
)
SELECT
    s.speaker AS name,
    any_value(s.official_id) FILTER (WHERE s.official_id IS NOT NULL) AS official_id,
    mode(s.country) FILTER (WHERE s.country IS NOT NULL) AS country,
    count(*) AS statements
FROM persons s
ANTI JOIN person_names p ON p.name = s.speaker
GROUP BY s.speaker
ORDER BY statements DESC, name;
