-- top_officials.sql with people ranked from agg_people (stance/store/aggregates.py); their
-- role, country and outlets are read for the people shown only.
WITH people AS (
    SELECT speaker, sum(statements)::BIGINT AS statements, sum(articles)::BIGINT AS articles,
           sum(tighten)::BIGINT AS tighten, sum(ease)::BIGINT AS ease,
           sum(neutral)::BIGINT AS neutral
    FROM agg_people_cells($dataset, $corrected, $all_topics)
    WHERE speaker_type = 'person'
    GROUP BY speaker
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
JOIN agg_people_details((SELECT list(speaker) FROM ranked), true, $dataset, $corrected,
                        $all_topics) d USING (speaker)
ORDER BY CASE WHEN $rank = 'articles' THEN r.articles ELSE r.statements END DESC,
         r.statements DESC, r.articles DESC, r.speaker;
