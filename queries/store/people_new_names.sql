-- Person names stored but not yet resolved (stance/store/people.py), most quoted first: the
-- official the extractor matched, the country most of their statements give, how many.
-- $everywhere false: only the names of the statements this transaction wrote (touch_*.sql
-- records them), where every new name is: a rename (people_apply, people_merge_statements)
-- only gives names already resolved. That skips the statements table (39 ms at 10M).
WITH persons AS (
    SELECT speaker, official_id, country
    FROM statements
    WHERE $everywhere AND speaker_type = 'person' AND speaker IS NOT NULL
    UNION ALL
    SELECT speaker, official_id, country
    FROM touched_people
    WHERE NOT $everywhere
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
