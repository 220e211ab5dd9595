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

-- The tables by person and article count twice: on-topic statements only (all_topics
-- false), and every statement.
CREATE OR REPLACE TEMP VIEW agg_scoped AS
SELECT c.*, s.all_topics
FROM agg_changes c
CROSS JOIN (VALUES (false), (true)) s(all_topics)
WHERE s.all_topics OR c.on_topic;

CREATE OR REPLACE TEMP TABLE agg_people_delta AS
WITH per_article AS (
    SELECT corrected, all_topics, dataset, speaker_type, speaker, article_key, sign,
           count(*) AS statements,
           count(*) FILTER (WHERE stance = 'tighten') AS tighten,
           count(*) FILTER (WHERE stance = 'ease') AS ease,
           count(*) FILTER (WHERE stance = 'neutral') AS neutral
    FROM agg_scoped
    WHERE speaker IS NOT NULL
    GROUP BY ALL
)
SELECT hash(corrected, all_topics, dataset, speaker_type, speaker) AS cell,
       corrected, all_topics, dataset, speaker_type, speaker,
       sum(sign * statements) AS statements, sum(sign * tighten) AS tighten,
       sum(sign * ease) AS ease, sum(sign * neutral) AS neutral, sum(sign) AS articles
FROM per_article
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE agg_people_facets_delta AS
SELECT hash(corrected, all_topics, dataset, speaker_type, speaker, facet, value) AS cell,
       hash(speaker) AS who, corrected, all_topics, dataset, speaker_type, speaker, facet,
       value, sum(sign) AS statements
FROM (
    SELECT *, 'role' AS facet, role AS value FROM agg_scoped
    UNION ALL
    SELECT *, 'country' AS facet, country AS value FROM agg_scoped
    UNION ALL
    SELECT *, 'outlet' AS facet, outlet AS value FROM agg_scoped
)
WHERE speaker IS NOT NULL
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
