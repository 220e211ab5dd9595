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

CREATE OR REPLACE TEMP TABLE agg_people_delta AS
WITH per_article AS (
    SELECT c.corrected, s.all_topics, c.dataset, c.speaker_type, c.speaker, c.article_key,
           c.sign,
           count(*) AS statements,
           count(*) FILTER (WHERE c.stance = 'tighten') AS tighten,
           count(*) FILTER (WHERE c.stance = 'ease') AS ease,
           count(*) FILTER (WHERE c.stance = 'neutral') AS neutral
    FROM agg_changes c
    CROSS JOIN (VALUES (false), (true)) s(all_topics)
    WHERE c.speaker IS NOT NULL AND (s.all_topics OR c.on_topic)
    GROUP BY ALL
)
SELECT hash(corrected, all_topics, dataset, speaker_type, speaker) AS cell,
       corrected, all_topics, dataset, speaker_type, speaker,
       sum(sign * statements) AS statements, sum(sign * tighten) AS tighten,
       sum(sign * ease) AS ease, sum(sign * neutral) AS neutral, sum(sign) AS articles
FROM per_article
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE agg_articles_delta AS
WITH per_article AS (
    SELECT DISTINCT c.corrected, s.all_topics, c.dataset, c.article_key, c.sign
    FROM agg_changes c
    CROSS JOIN (VALUES (false), (true)) s(all_topics)
    WHERE s.all_topics OR c.on_topic
)
SELECT hash(corrected, all_topics, dataset) AS cell, corrected, all_topics, dataset,
       sum(sign) AS articles
FROM per_article
GROUP BY ALL;
