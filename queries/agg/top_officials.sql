-- top_officials.sql with people ranked from agg_subjects (stance/store/aggregates.py); their
-- role, country and outlets are read for the people shown only (agg_subject_details).
WITH people AS (
    SELECT subject AS speaker, sum(statements)::BIGINT AS statements,
           sum(articles)::BIGINT AS articles, sum(tighten)::BIGINT AS tighten,
           sum(ease)::BIGINT AS ease, sum(neutral)::BIGINT AS neutral
    FROM agg_subject_cells('speaker', $dataset, $corrected, $all_topics)
    WHERE subject_type = 'person'
    GROUP BY subject
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
