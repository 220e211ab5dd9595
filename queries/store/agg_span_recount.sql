-- Count again, from statements_wide as it is now (after the rewrite), the spans of the
-- subjects who lost their first or last date (agg_span.sql): the rows that name one of them,
-- under either label set (agg_labelled).
DELETE FROM agg_spans WHERE who IN (SELECT who FROM agg_span_subjects);
INSERT INTO agg_spans BY NAME
WITH persons AS (
    SELECT subject FROM agg_span_subjects WHERE kind = 'speaker'
), countries AS (
    SELECT subject FROM agg_span_subjects WHERE kind = 'country'
), labelled AS (
    SELECT *
    FROM agg_labelled('statements_wide')
    WHERE (speaker_type = 'person' AND speaker IN (SELECT subject FROM persons))
       OR country IN (SELECT subject FROM countries)
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
