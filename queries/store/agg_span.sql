-- The first and last dates of the persons and countries the changes (`agg_changes`) reach
-- (the tables that show dates list those). A subject who lost no first or last date (a
-- correction of a side rewrites their rows with the same dates) has their span widened by the
-- new rows' dates; one who lost their first or last date is listed in agg_span_subjects, to be
-- counted again from statements_wide (agg_span_recount.sql): a minimum cannot be taken apart.
-- Both topic scopes are worked out side by side, then unfolded (as in agg_delta.sql).
CREATE OR REPLACE TEMP VIEW agg_span_rows AS
SELECT * FROM agg_subject_rows WHERE kind = 'country' OR subject_type = 'person';

CREATE OR REPLACE TEMP TABLE agg_span_subjects AS
WITH net AS (
    SELECT kind, subject, corrected, dataset, published, sum(sign) AS n,
           coalesce(sum(sign) FILTER (WHERE on_topic), 0) AS on_n
    FROM agg_span_rows
    WHERE EXISTS (SELECT 1 FROM agg_changes WHERE sign < 0)  -- none when counted from scratch
    GROUP BY ALL
), lost AS (
    SELECT kind, subject, corrected, true AS all_topics, dataset, published
    FROM net WHERE n < 0
    UNION ALL
    SELECT kind, subject, corrected, false AS all_topics, dataset, published
    FROM net WHERE on_n < 0
)
SELECT DISTINCT l.kind, l.subject, hash(l.kind, l.subject) AS who
FROM lost l
LEFT JOIN agg_spans s
    ON s.who = hash(l.kind, l.subject) AND s.corrected = l.corrected
   AND s.all_topics = l.all_topics AND s.dataset IS NOT DISTINCT FROM l.dataset
WHERE s.who IS NULL OR l.published IS NOT DISTINCT FROM s.first_seen
   OR l.published IS NOT DISTINCT FROM s.last_seen;

CREATE OR REPLACE TEMP TABLE agg_span_widened AS
WITH grouped AS (
    SELECT hash(kind, subject) AS who, corrected, dataset, kind, subject_type, subject,
           min(published) AS first_seen, max(published) AS last_seen,
           arg_min(date_precision, published) AS first_precision,
           arg_max(date_precision, published) AS last_precision,
           bool_or(on_topic) AS has_on,
           min(published) FILTER (WHERE on_topic) AS on_first,
           max(published) FILTER (WHERE on_topic) AS on_last,
           arg_min(date_precision, published) FILTER (WHERE on_topic) AS on_first_precision,
           arg_max(date_precision, published) FILTER (WHERE on_topic) AS on_last_precision
    FROM agg_span_rows
    WHERE sign > 0 AND hash(kind, subject) NOT IN (SELECT who FROM agg_span_subjects)
    GROUP BY ALL
), added AS (
    SELECT who, corrected, true AS all_topics, dataset, kind, subject_type, subject,
           first_seen, last_seen, first_precision, last_precision
    FROM grouped
    UNION ALL
    SELECT who, corrected, false AS all_topics, dataset, kind, subject_type, subject,
           on_first, on_last, on_first_precision, on_last_precision
    FROM grouped
    WHERE has_on
)
SELECT who, corrected, all_topics, dataset, kind, subject_type, subject,
       min(first_seen) AS first_seen, max(last_seen) AS last_seen,
       arg_min(first_precision, first_seen) AS first_precision,
       arg_max(last_precision, last_seen) AS last_precision
FROM (FROM added
      UNION ALL BY NAME
      FROM agg_spans WHERE who IN (SELECT who FROM added))
GROUP BY ALL;
DELETE FROM agg_spans WHERE who IN (SELECT who FROM agg_span_widened);
INSERT INTO agg_spans BY NAME FROM agg_span_widened;

SELECT count(*) FROM agg_span_subjects;
