-- top_officials.sql with people ranked from agg_subjects (stance/store/aggregates.py); their
-- role, country and outlets are read for the people shown only (agg_subject_details).
WITH people AS (
    SELECT * EXCLUDE (subject, subject_type), subject AS speaker
    FROM agg_subject_totals('speaker', true, $dataset, $corrected, $all_topics)
), ranked AS (
    SELECT *
    FROM people
    ORDER BY CASE WHEN $rank = 'articles' THEN articles ELSE statements END DESC,
             statements DESC, articles DESC, speaker
    LIMIT $limit
)
SELECT r.speaker, d.role, d.country, r.statements, r.articles, d.outlets, r.tighten, r.ease,
       r.neutral
FROM ranked r
JOIN agg_subject_details('speaker', (SELECT list(speaker) FROM ranked), true, $dataset,
                         $corrected, $all_topics) d ON d.subject = r.speaker
ORDER BY CASE WHEN $rank = 'articles' THEN r.articles ELSE r.statements END DESC,
         r.statements DESC, r.articles DESC, r.speaker;
