-- Add each aggregate's changes (agg_delta.sql) to its cells: the cells changed are summed with
-- their changes, deleted and written back; a cell whose count reaches 0 is gone.
CREATE OR REPLACE TEMP TABLE agg_country_merged AS
SELECT cell, corrected, on_topic, dataset, country, target, stance,
       sum(statements) AS statements
FROM (SELECT * FROM agg_country WHERE cell IN (SELECT cell FROM agg_country_delta)
      UNION ALL BY NAME SELECT * FROM agg_country_delta)
GROUP BY ALL
HAVING sum(statements) <> 0;
DELETE FROM agg_country WHERE cell IN (SELECT cell FROM agg_country_delta);
INSERT INTO agg_country BY NAME SELECT * FROM agg_country_merged;

CREATE OR REPLACE TEMP TABLE agg_month_merged AS
SELECT cell, corrected, on_topic, dataset, month, date_precision, target, stance,
       sum(statements) AS statements
FROM (SELECT * FROM agg_month WHERE cell IN (SELECT cell FROM agg_month_delta)
      UNION ALL BY NAME SELECT * FROM agg_month_delta)
GROUP BY ALL
HAVING sum(statements) <> 0;
DELETE FROM agg_month WHERE cell IN (SELECT cell FROM agg_month_delta);
INSERT INTO agg_month BY NAME SELECT * FROM agg_month_merged;

CREATE OR REPLACE TEMP TABLE agg_people_merged AS
SELECT cell, corrected, all_topics, dataset, speaker_type, speaker,
       sum(statements) AS statements, sum(tighten) AS tighten, sum(ease) AS ease,
       sum(neutral) AS neutral, sum(articles) AS articles
FROM (SELECT * FROM agg_people WHERE cell IN (SELECT cell FROM agg_people_delta)
      UNION ALL BY NAME SELECT * FROM agg_people_delta)
GROUP BY ALL
HAVING sum(statements) <> 0;
DELETE FROM agg_people WHERE cell IN (SELECT cell FROM agg_people_delta);
INSERT INTO agg_people BY NAME SELECT * FROM agg_people_merged;

CREATE OR REPLACE TEMP TABLE agg_articles_merged AS
SELECT cell, corrected, all_topics, dataset, sum(articles) AS articles
FROM (SELECT * FROM agg_articles WHERE cell IN (SELECT cell FROM agg_articles_delta)
      UNION ALL BY NAME SELECT * FROM agg_articles_delta)
GROUP BY ALL
HAVING sum(articles) <> 0;
DELETE FROM agg_articles WHERE cell IN (SELECT cell FROM agg_articles_delta);
INSERT INTO agg_articles BY NAME SELECT * FROM agg_articles_merged;
