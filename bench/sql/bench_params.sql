-- Benchmark parameters (bench/run.py), not app SQL: real values for the queries that show one
-- article, statement, quote or speaker, so they are timed on rows that exist.
SELECT
    (SELECT article_id FROM statements GROUP BY article_id ORDER BY count(*) DESC, article_id
     LIMIT 1) AS article,
    (SELECT statement_id FROM corrections ORDER BY statement_id LIMIT 1) AS statement_id,
    (SELECT coalesce(c.cluster, s.quote_norm) FROM statements s
     LEFT JOIN quote_clusters c USING (quote_norm) WHERE s.quote_norm IS NOT NULL
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) AS cluster,
    (SELECT speaker FROM statements WHERE speaker_type = 'person'
     GROUP BY speaker ORDER BY count(*) DESC, speaker LIMIT 1) AS speaker;
