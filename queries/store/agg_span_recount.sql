-- Count again, from statements_wide as it is now (after the rewrite), the spans of the
-- subjects who lost their first or last date (agg_span.sql): statements_wide is read once, for
-- the rows that name one of them under either label set.
DELETE FROM agg_spans WHERE who IN (SELECT who FROM agg_span_subjects);
INSERT INTO agg_spans BY NAME
WITH persons AS (
    SELECT subject FROM agg_span_subjects WHERE kind = 'speaker'
), countries AS (
    SELECT subject FROM agg_span_subjects WHERE kind = 'country'
), theirs AS (
    SELECT *
    FROM statements_wide
    WHERE (speaker_type = 'person'
           AND (machine_speaker IN (SELECT subject FROM persons)
                OR corrected_speaker IN (SELECT subject FROM persons)))
       OR machine_country IN (SELECT subject FROM countries)
       OR corrected_country IN (SELECT subject FROM countries)
), labelled AS (
    SELECT false AS corrected, dataset, speaker_type, machine_speaker AS speaker,
           machine_country AS country, published, date_precision, machine_on_topic AS on_topic
    FROM theirs
    UNION ALL
    SELECT true, dataset, speaker_type, corrected_speaker, corrected_country, published,
           date_precision, corrected_on_topic
    FROM theirs
    WHERE NOT rejected
), scoped AS (
    SELECT l.*, s.all_topics
    FROM labelled l
    CROSS JOIN (VALUES (false), (true)) s(all_topics)
    WHERE s.all_topics OR l.on_topic
), subjects AS (
    SELECT *, 'speaker' AS kind, speaker_type AS subject_type, speaker AS subject
    FROM scoped
    WHERE speaker_type = 'person' AND speaker IS NOT NULL
    UNION ALL
    SELECT *, 'country' AS kind, NULL::VARCHAR AS subject_type, country AS subject
    FROM scoped
    WHERE country IS NOT NULL
)
SELECT hash(kind, subject) AS who, corrected, all_topics, dataset, kind, subject_type, subject,
       min(published) AS first_seen, max(published) AS last_seen,
       arg_min(date_precision, published) AS first_precision,
       arg_max(date_precision, published) AS last_precision
FROM subjects
WHERE hash(kind, subject) IN (SELECT who FROM agg_span_subjects)
GROUP BY ALL;
