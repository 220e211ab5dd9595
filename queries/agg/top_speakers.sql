-- top_speakers.sql with speakers ranked from agg_subjects (stance/store/aggregates.py); their
-- role and country are read for the speakers shown only (agg_subject_details).
WITH speakers AS (
    SELECT * EXCLUDE (subject, subject_type), subject AS speaker,
           subject_type AS speaker_type
    FROM agg_subject_totals('speaker', false, $dataset, $corrected, $all_topics)
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
