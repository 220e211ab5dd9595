-- Count again, from statements_wide as it is now (after the rewrite), the spans of the persons
-- some of whose rows left (agg_span.sql): statements_wide is read once, for the rows that name
-- one of them under either label set.
DELETE FROM agg_people_span
WHERE who IN (SELECT hash(speaker) FROM agg_span_people);
INSERT INTO agg_people_span BY NAME
WITH theirs AS (
    SELECT *
    FROM statements_wide
    WHERE speaker_type = 'person'
      AND (machine_speaker IN (SELECT speaker FROM agg_span_people)
           OR corrected_speaker IN (SELECT speaker FROM agg_span_people))
), labelled AS (
    SELECT false AS corrected, dataset, speaker_type, machine_speaker AS speaker, published,
           date_precision, machine_on_topic AS on_topic
    FROM theirs
    UNION ALL
    SELECT true, dataset, speaker_type, corrected_speaker, published, date_precision,
           corrected_on_topic
    FROM theirs
    WHERE NOT rejected
)
SELECT hash(l.speaker) AS who, l.corrected, s.all_topics, l.dataset, l.speaker_type, l.speaker,
       min(l.published) AS first_seen, max(l.published) AS last_seen,
       arg_min(l.date_precision, l.published) AS first_precision,
       arg_max(l.date_precision, l.published) AS last_precision
FROM labelled l
CROSS JOIN (VALUES (false), (true)) s(all_topics)
WHERE (s.all_topics OR l.on_topic) AND l.speaker_type = 'person'
  AND l.speaker IN (SELECT speaker FROM agg_span_people)
GROUP BY ALL;
