-- country_profile.sql from agg_subjects (countries ranked by statements) and
-- agg_subject_details for the countries shown: articles, outlets, officials, main target and
-- first and last dates (stance/store/aggregates.py).
WITH countries AS (
    SELECT subject AS country, sum(statements)::BIGINT AS statements,
           sum(articles)::BIGINT AS articles, sum(tighten)::BIGINT AS tighten,
           sum(ease)::BIGINT AS ease, sum(neutral)::BIGINT AS neutral
    FROM agg_subject_cells('country', $dataset, $corrected, $all_topics)
    GROUP BY subject
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
