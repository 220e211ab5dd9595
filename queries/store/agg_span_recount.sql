-- Count again, from statements_wide as it is now (after the rewrite), the spans of the
-- subjects who lost a row on their first or last date (agg_span.sql), under either label set
-- (agg_labelled). Counting every row of a subject took up to 3 s at 10M statements
-- (bench/README.md, item 36), so their rows on a few dates are counted first: the old ends of
-- their spans and the dates of the rows just added. A subject still seen on an old end, or
-- past it in the rows just added, has its span exactly in those rows (no row left can lie
-- beyond). Only a subject that lost every row on an end (or has no dated row) is counted
-- from all its rows (agg_span_recount_all.sql).
CREATE OR REPLACE TEMP MACRO agg_span_counts(p_who, p_rows) AS TABLE
WITH persons AS (
    SELECT subject FROM agg_span_subjects
    WHERE kind = 'speaker' AND who IN (SELECT who FROM query_table(p_who))
), countries AS (
    SELECT subject FROM agg_span_subjects
    WHERE kind = 'country' AND who IN (SELECT who FROM query_table(p_who))
), labelled AS (
    SELECT *
    FROM agg_labelled(p_rows)
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
WHERE hash(kind, subject) IN (SELECT who FROM query_table(p_who))
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE agg_span_old AS
SELECT * FROM agg_spans WHERE who IN (SELECT who FROM agg_span_subjects);

CREATE OR REPLACE TEMP TABLE agg_span_dates AS
SELECT first_seen AS published FROM agg_span_old
UNION
SELECT last_seen FROM agg_span_old
UNION
SELECT published FROM agg_span_rows
WHERE sign > 0 AND hash(kind, subject) IN (SELECT who FROM agg_span_subjects);

-- A view, not a table: a table of these rows would read every column of each row from its
-- compressed vectors (0.3-0.8 s at 10M statements), where each label set reads only its columns.
CREATE OR REPLACE TEMP VIEW agg_span_dated_rows AS
FROM statements_wide WHERE published IN (SELECT published FROM agg_span_dates);

CREATE OR REPLACE TEMP TABLE agg_span_on_dates AS
FROM agg_span_counts('agg_span_subjects', 'agg_span_dated_rows');

-- The subjects with a span whose old ends the rows on those dates do not reach, and any
-- without a span to start from: counted from all their rows (agg_span_recount_all.sql).
CREATE OR REPLACE TEMP TABLE agg_span_elsewhere AS
SELECT DISTINCT o.who
FROM agg_span_old o
LEFT JOIN agg_span_on_dates d
    ON d.who = o.who AND d.corrected = o.corrected AND d.all_topics = o.all_topics
   AND d.dataset IS NOT DISTINCT FROM o.dataset
WHERE NOT coalesce(d.first_seen <= o.first_seen AND d.last_seen >= o.last_seen, false)
UNION
SELECT who FROM agg_span_subjects WHERE who NOT IN (SELECT who FROM agg_span_old);

DELETE FROM agg_spans WHERE who IN (SELECT who FROM agg_span_subjects);
INSERT INTO agg_spans BY NAME
SELECT * FROM agg_span_on_dates WHERE who NOT IN (SELECT who FROM agg_span_elsewhere);

SELECT count(*) FROM agg_span_elsewhere;
