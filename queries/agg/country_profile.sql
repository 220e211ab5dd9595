-- country_profile.sql from agg_subjects (countries ranked by statements) and
-- agg_subject_details for the countries shown: articles, outlets, officials, main target and
-- first and last dates (stance/store/aggregates.py).
WITH countries AS (
    SELECT * EXCLUDE (subject, subject_type), subject AS country
    FROM agg_subject_totals('country', false, $dataset, $corrected, $all_topics)
    ORDER BY statements DESC, country
    LIMIT $limit
)
SELECT c.country, c.statements, c.articles, d.outlets, d.officials, c.tighten, c.ease,
       c.neutral, d.main_target, d.first_seen, d.last_seen, d.first_precision,
       d.last_precision
FROM countries c
JOIN agg_subject_details('country', (SELECT list(country) FROM countries), false, $dataset,
                         $corrected, $all_topics) d ON d.subject = c.country
ORDER BY c.statements DESC, c.country;
