-- What the changes (`agg_changes`: rows with sign -1 taken off, +1 added) do to each
-- aggregate, one row per cell. The article counts hold because an article's rows are always
-- taken off and added back whole: per cell, an article counts +1 with its new rows and -1 with
-- its old ones.
CREATE OR REPLACE TEMP TABLE agg_country_delta AS
SELECT hash(corrected, on_topic, dataset, country, target, stance) AS cell,
       corrected, on_topic, dataset, country, target, stance, sum(sign) AS statements
FROM agg_changes
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE agg_month_delta AS
SELECT hash(corrected, on_topic, dataset, month, date_precision, target, stance) AS cell,
       corrected, on_topic, dataset, month, date_precision, target, stance,
       sum(sign) AS statements
FROM (SELECT *, date_trunc('month', published)::DATE AS month FROM agg_changes)
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE agg_country_month_delta AS
SELECT hash(corrected, on_topic, dataset, country, month, date_precision, stance) AS cell,
       corrected, on_topic, dataset, country, month, date_precision, stance,
       sum(sign) AS statements
FROM (SELECT *, date_trunc('month', published)::DATE AS month FROM agg_changes)
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE agg_outlets_delta AS
SELECT hash(corrected, on_topic, dataset, outlet) AS cell, corrected, on_topic, dataset, outlet,
       sum(sign) AS statements
FROM agg_changes
GROUP BY ALL;

-- The tables by subject and article count twice: on-topic statements only (all_topics
-- false), and every statement.
CREATE OR REPLACE TEMP VIEW agg_scoped AS
SELECT c.*, s.all_topics
FROM agg_changes c
CROSS JOIN (VALUES (false), (true)) s(all_topics)
WHERE s.all_topics OR c.on_topic;

-- Each scoped row once for its speaker and once for its speaker country (the subjects of
-- agg_subjects); a country's officials are its person speakers.
CREATE OR REPLACE TEMP VIEW agg_subject_rows AS
SELECT *, 'speaker' AS kind, speaker_type AS subject_type, speaker AS subject,
       NULL::VARCHAR AS official
FROM agg_scoped
WHERE speaker IS NOT NULL
UNION ALL
SELECT *, 'country' AS kind, NULL::VARCHAR AS subject_type, country AS subject,
       CASE WHEN speaker_type = 'person' THEN speaker END AS official
FROM agg_scoped
WHERE country IS NOT NULL;

CREATE OR REPLACE TEMP TABLE agg_subjects_delta AS
WITH per_article AS (
    SELECT corrected, all_topics, dataset, kind, subject_type, subject, article_key, sign,
           count(*) AS statements,
           count(*) FILTER (WHERE stance = 'tighten') AS tighten,
           count(*) FILTER (WHERE stance = 'ease') AS ease,
           count(*) FILTER (WHERE stance = 'neutral') AS neutral
    FROM agg_subject_rows
    GROUP BY ALL
)
SELECT hash(corrected, all_topics, dataset, kind, subject_type, subject) AS cell,
       hash(kind, subject) AS who, corrected, all_topics, dataset, kind, subject_type, subject,
       sum(sign * statements) AS statements, sum(sign * tighten) AS tighten,
       sum(sign * ease) AS ease, sum(sign * neutral) AS neutral, sum(sign) AS articles
FROM per_article
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE agg_facets_delta AS
SELECT hash(corrected, all_topics, dataset, kind, subject_type, subject, facet, value) AS cell,
       hash(kind, subject) AS who, corrected, all_topics, dataset, kind, subject_type, subject,
       facet, value, sum(sign) AS statements
FROM (
    SELECT *, 'outlet' AS facet, outlet AS value FROM agg_subject_rows
    UNION ALL
    SELECT *, 'role' AS facet, role AS value FROM agg_subject_rows WHERE kind = 'speaker'
    UNION ALL
    SELECT *, 'country' AS facet, country AS value FROM agg_subject_rows WHERE kind = 'speaker'
    UNION ALL
    SELECT *, 'official' AS facet, official AS value FROM agg_subject_rows
    WHERE kind = 'country'
    UNION ALL
    SELECT *, 'target' AS facet, target AS value FROM agg_subject_rows WHERE kind = 'country'
)
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE agg_articles_delta AS
WITH per_article AS (
    SELECT DISTINCT corrected, all_topics, dataset, article_key, sign
    FROM agg_scoped
)
SELECT hash(corrected, all_topics, dataset) AS cell, corrected, all_topics, dataset,
       sum(sign) AS articles
FROM per_article
GROUP BY ALL;
