-- What the changes (`agg_changes`: rows with sign -1 taken off, +1 added) do to each
-- aggregate, one row per cell. The article counts hold because an article's rows are always
-- taken off and added back whole: per cell, an article counts +1 with its new rows and -1 with
-- its old ones. Each is a view, read once by its MERGE (agg_merge.sql) or, in a rebuild, its
-- INSERT (agg_fill.sql): temporary tables written and read back cost about an eighth more
-- CPU in a rebuild at 1M statements.
CREATE OR REPLACE TEMP VIEW agg_country_delta AS
SELECT agg_cell(corrected, hash(on_topic, dataset, country, target, stance)) AS cell,
       corrected, on_topic, dataset, country, target, stance, sum(sign) AS statements
FROM agg_changes
GROUP BY ALL;

CREATE OR REPLACE TEMP VIEW agg_month_delta AS
SELECT agg_cell(corrected, hash(on_topic, dataset, month, date_precision, target, stance))
           AS cell,
       corrected, on_topic, dataset, month, date_precision, target, stance,
       sum(sign) AS statements
FROM (SELECT *, date_trunc('month', published)::DATE AS month FROM agg_changes)
GROUP BY ALL;

CREATE OR REPLACE TEMP VIEW agg_country_month_delta AS
SELECT agg_cell(corrected, hash(on_topic, dataset, country, month, date_precision, stance))
           AS cell,
       corrected, on_topic, dataset, country, month, date_precision, stance,
       sum(sign) AS statements
FROM (SELECT *, date_trunc('month', published)::DATE AS month FROM agg_changes)
GROUP BY ALL;

CREATE OR REPLACE TEMP VIEW agg_outlets_delta AS
SELECT agg_cell(corrected, hash(on_topic, dataset, outlet)) AS cell, corrected, on_topic,
       dataset, outlet, sum(sign) AS statements
FROM agg_changes
GROUP BY ALL;

CREATE OR REPLACE TEMP VIEW agg_provenance_delta AS
SELECT agg_cell(corrected, hash(on_topic, dataset, extractor_version)) AS cell, corrected,
       on_topic, dataset, extractor_version, sum(sign) AS statements,
       coalesce(sum(sign) FILTER (WHERE with_correction), 0) AS with_correction
FROM agg_changes
GROUP BY ALL;

-- An outlet's voices at the three grains of agg_outlet_voices, in one pass (grouping sets);
-- a grain's rows with its speaker or country unknown are left out.
CREATE OR REPLACE TEMP VIEW agg_outlet_voices_delta AS
WITH grains AS (
    SELECT corrected, on_topic, dataset, outlet, speaker, country,
           grouping(speaker) = 0 AS by_speaker, grouping(country) = 0 AS by_country,
           sum(sign) AS statements,
           coalesce(sum(sign) FILTER (WHERE stance = 'tighten'), 0) AS tighten,
           coalesce(sum(sign) FILTER (WHERE stance = 'ease'), 0) AS ease,
           coalesce(sum(sign) FILTER (WHERE stance = 'neutral'), 0) AS neutral
    FROM agg_changes
    WHERE outlet IS NOT NULL
    GROUP BY GROUPING SETS ((corrected, on_topic, dataset, outlet, country),
                            (corrected, on_topic, dataset, outlet, speaker),
                            (corrected, on_topic, dataset, outlet, speaker, country))
)
SELECT agg_cell(corrected, hash(on_topic, dataset, outlet, by_speaker, speaker, by_country,
                               country))
           AS cell,
       hash(outlet, speaker) AS voice, *
FROM grains
WHERE (speaker IS NOT NULL OR NOT by_speaker) AND (country IS NOT NULL OR NOT by_country);

-- A quote counts +1 article for each article that quotes it (however often) with its new rows,
-- -1 with its old ones; in the on-topic columns, only when the article quotes it on topic.
CREATE OR REPLACE TEMP VIEW agg_quotes_delta AS
WITH per_article AS (
    SELECT corrected, dataset, cluster_key, article_key, sign,
           count(*) AS n, count(*) FILTER (WHERE on_topic) AS on_n
    FROM agg_changes
    WHERE cluster_key IS NOT NULL
    GROUP BY ALL
)
SELECT agg_cell(corrected, hash(dataset, cluster_key)) AS cell, corrected, dataset, cluster_key,
       sum(sign * n) AS statements, sum(sign) AS articles,
       sum(sign * on_n) AS on_topic_statements,
       coalesce(sum(sign) FILTER (WHERE on_n > 0), 0) AS on_topic_articles
FROM per_article
GROUP BY ALL;

-- An article's row in the list: its new rows' statements added, its old rows' taken off;
-- what the list shows of it (title, outlet, date...) comes from its new rows (a cell that
-- keeps any statement has some: an article is taken off and added back whole).
-- `shown_changed`: the old and new rows show the article differently (a new title with the
-- same counts still has to reach the table).
CREATE OR REPLACE TEMP VIEW agg_article_list_delta AS
WITH per_article AS (
    SELECT corrected, dataset, article_key, sign,
           any_value(article_id) AS article_id, any_value(title) AS title,
           any_value(outlet) AS outlet, any_value(published) AS published,
           any_value(date_precision) AS date_precision, any_value(article_name) AS article_name,
           hash(any_value(article_id), any_value(title), any_value(outlet),
                any_value(published), any_value(date_precision), any_value(article_name))
               AS shown,
           count(*) AS n, count(*) FILTER (WHERE stance = 'tighten') AS t,
           count(*) FILTER (WHERE stance = 'ease') AS e,
           count(*) FILTER (WHERE on_topic) AS on_n,
           count(*) FILTER (WHERE on_topic AND stance = 'tighten') AS on_t,
           count(*) FILTER (WHERE on_topic AND stance = 'ease') AS on_e
    FROM agg_changes
    GROUP BY corrected, dataset, article_key, sign
)
SELECT agg_cell(corrected, hash(dataset, article_key)) AS cell, corrected, dataset, article_key,
       any_value(article_id) FILTER (WHERE sign > 0) AS article_id,
       any_value(title) FILTER (WHERE sign > 0) AS title,
       any_value(outlet) FILTER (WHERE sign > 0) AS outlet,
       any_value(published) FILTER (WHERE sign > 0) AS published,
       any_value(date_precision) FILTER (WHERE sign > 0) AS date_precision,
       any_value(article_name) FILTER (WHERE sign > 0) AS article_name,
       sum(sign * n) AS statements, sum(sign * t) AS tighten, sum(sign * e) AS ease,
       sum(sign * on_n) AS on_topic_statements, sum(sign * on_t) AS on_topic_tighten,
       sum(sign * on_e) AS on_topic_ease, min(shown) <> max(shown) AS shown_changed
FROM per_article
GROUP BY ALL;

-- The tables by subject and article count twice: on-topic statements only (all_topics
-- false), and every statement. Each is grouped once with both counts side by side, then
-- unfolded into its two rows (half the rows to group of pairing every row with both).
-- Each row once for its speaker and once for its speaker country (the subjects of
-- agg_subjects); a country's officials are its person speakers.
CREATE OR REPLACE TEMP VIEW agg_subject_rows AS
SELECT *, 'speaker' AS kind, speaker_type AS subject_type, speaker AS subject,
       NULL::VARCHAR AS official
FROM agg_changes
WHERE speaker IS NOT NULL
UNION ALL
SELECT *, 'country' AS kind, NULL::VARCHAR AS subject_type, country AS subject,
       CASE WHEN speaker_type = 'person' THEN speaker END AS official
FROM agg_changes
WHERE country IS NOT NULL;

-- Rows are grouped on one 64-bit key per subject (`k`, hashed as the cells are), not on its
-- five columns, and the statements are counted per subject straight from the rows: only the
-- article counts take the step by article (2.8M groups at 1M statements), and it counts
-- nothing but the articles. Both cut the rebuild's largest grouping by a half.
CREATE OR REPLACE TEMP VIEW agg_subjects_delta AS
WITH keyed AS (
    SELECT hash(corrected, dataset, kind, subject_type, subject) AS k, corrected, dataset,
           kind, subject_type, subject, article_key, sign, stance, on_topic
    FROM agg_subject_rows
    UNION ALL  -- outlets side by side: an outlet's sides and articles (no facets)
    SELECT hash(corrected, dataset, 'outlet', NULL::VARCHAR, outlet), corrected, dataset,
           'outlet', NULL, outlet, article_key, sign, stance, on_topic
    FROM agg_changes
    WHERE outlet IS NOT NULL
), per_article AS (
    SELECT k, article_key, sign, bool_or(on_topic) AS has_on
    FROM keyed
    GROUP BY k, article_key, sign
), articles AS (  -- in the on-topic scope, the articles with an on-topic row
    SELECT k, sum(sign) AS articles,
           coalesce(sum(sign) FILTER (WHERE has_on), 0) AS on_articles,
           bool_or(has_on) AS has_on
    FROM per_article
    GROUP BY k
), counted AS (  -- both topic scopes side by side
    SELECT k, any_value(corrected) AS corrected, any_value(dataset) AS dataset,
           any_value(kind) AS kind, any_value(subject_type) AS subject_type,
           any_value(subject) AS subject, sum(sign) AS n,
           coalesce(sum(sign) FILTER (WHERE stance = 'tighten'), 0) AS t,
           coalesce(sum(sign) FILTER (WHERE stance = 'ease'), 0) AS e,
           coalesce(sum(sign) FILTER (WHERE stance = 'neutral'), 0) AS u,
           coalesce(sum(sign) FILTER (WHERE on_topic), 0) AS on_n,
           coalesce(sum(sign) FILTER (WHERE on_topic AND stance = 'tighten'), 0) AS on_t,
           coalesce(sum(sign) FILTER (WHERE on_topic AND stance = 'ease'), 0) AS on_e,
           coalesce(sum(sign) FILTER (WHERE on_topic AND stance = 'neutral'), 0) AS on_u
    FROM keyed
    GROUP BY k
)
SELECT agg_cell(corrected, hash(s.all_topics, dataset, kind, subject_type, subject)) AS cell,
       hash(kind, subject) AS who, corrected, s.all_topics, dataset, kind, subject_type,
       subject,
       CASE WHEN s.all_topics THEN n ELSE on_n END AS statements,
       CASE WHEN s.all_topics THEN t ELSE on_t END AS tighten,
       CASE WHEN s.all_topics THEN e ELSE on_e END AS ease,
       CASE WHEN s.all_topics THEN u ELSE on_u END AS neutral,
       CASE WHEN s.all_topics THEN articles ELSE on_articles END AS articles
FROM counted
JOIN articles USING (k)
CROSS JOIN (VALUES (true), (false)) s(all_topics)
WHERE s.all_topics OR has_on;

CREATE OR REPLACE TEMP VIEW agg_facets_delta AS
WITH facet_rows AS (
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
), counted AS (
    SELECT corrected, dataset, kind, subject_type, subject, facet, value,
           sum(sign) AS n, coalesce(sum(sign) FILTER (WHERE on_topic), 0) AS on_n
    FROM facet_rows
    GROUP BY ALL
), scoped AS (
    SELECT corrected, true AS all_topics, dataset, kind, subject_type, subject, facet, value,
           n AS statements
    FROM counted
    UNION ALL
    SELECT corrected, false AS all_topics, dataset, kind, subject_type, subject, facet, value,
           on_n
    FROM counted
)
SELECT agg_cell(corrected, hash(all_topics, dataset, kind, subject_type, subject, facet, value))
           AS cell,
       hash(kind, subject) AS who, *
FROM scoped;

CREATE OR REPLACE TEMP VIEW agg_articles_delta AS
WITH per_article AS (
    SELECT corrected, dataset, article_key, sign, bool_or(on_topic) AS has_on
    FROM agg_changes
    GROUP BY ALL
), scoped AS (
    SELECT corrected, true AS all_topics, dataset, sign FROM per_article
    UNION ALL
    SELECT corrected, false AS all_topics, dataset, sign FROM per_article WHERE has_on
)
SELECT agg_cell(corrected, hash(all_topics, dataset)) AS cell, corrected, all_topics, dataset,
       sum(sign) AS articles
FROM scoped
GROUP BY ALL;
