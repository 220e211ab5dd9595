-- officials_table.sql with people counted from agg_subjects (stance/store/aggregates.py);
-- role, country, outlets and first and last dates are read for the page's rows only
-- (agg_subject_details). Sorting by outlets needs every person's outlets: that view stays on
-- the statements.
WITH people AS (
    SELECT * EXCLUDE (subject, subject_type), subject AS speaker
    FROM agg_subject_totals('speaker', true, $dataset, $corrected, $all_topics)
), page AS (
    SELECT *
    FROM people
    ORDER BY
        CASE WHEN $sort = 'name' THEN speaker END ASC,
        CASE $sort
            WHEN 'statements' THEN statements
            WHEN 'tighten' THEN tighten WHEN 'ease' THEN ease WHEN 'neutral' THEN neutral
            ELSE articles
        END DESC,
        statements DESC, speaker
    LIMIT $limit OFFSET $offset
)
SELECT
    p.speaker, d.role, d.country, p.statements, p.articles, d.outlets, p.tighten, p.ease,
    p.neutral, d.first_seen, d.last_seen, d.first_precision, d.last_precision
FROM page p
JOIN agg_subject_details('speaker', (SELECT list(speaker) FROM page), true, $dataset,
                         $corrected, $all_topics) d ON d.subject = p.speaker
ORDER BY
    CASE WHEN $sort = 'name' THEN p.speaker END ASC,
    CASE $sort
        WHEN 'statements' THEN p.statements
        WHEN 'tighten' THEN p.tighten WHEN 'ease' THEN p.ease WHEN 'neutral' THEN p.neutral
        ELSE p.articles
    END DESC,
    p.statements DESC, p.speaker;
