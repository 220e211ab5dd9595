-- top_speakers.sql with speakers ranked from agg_subjects (stance/store/aggregates.py); their
-- role and country are read for the speakers shown only (agg_subject_details).
WITH speakers AS (
    SELECT subject AS speaker, any_value(subject_type) AS speaker_type,
           sum(statements)::BIGINT AS statements, sum(articles)::BIGINT AS articles,
           sum(tighten)::BIGINT AS tighten, sum(ease)::BIGINT AS ease,
           sum(neutral)::BIGINT AS neutral
    FROM agg_subject_cells('speaker', $dataset, $corrected, $all_topics)
    GROUP BY subject
    ORDER BY statements DESC, articles DESC, speaker
    LIMIT $limit
)
SELECT s.speaker, s.speaker_type, d.role, d.country, s.statements, s.articles, s.tighten,
       s.ease, s.neutral
FROM speakers s
JOIN agg_subject_details('speaker', (SELECT list(speaker) FROM speakers), false, $dataset,
                         $corrected, $all_topics) d ON d.subject = s.speaker
ORDER BY s.statements DESC, s.articles DESC, s.speaker
LIMIT $limit;
