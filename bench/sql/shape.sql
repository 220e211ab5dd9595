-- Benchmark check (tests/test_bench_generate.py), not app SQL: the shape of a generated
-- database in one row.
SELECT
    (SELECT count(*) FROM statements) AS statements,
    (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM statements_wide) AS wide_rows,
    (SELECT count(*) FROM datasets) AS datasets,
    (SELECT count(*) FROM datasets WHERE hidden) AS hidden_datasets,
    (SELECT count(DISTINCT source) FROM articles) AS outlets,
    (SELECT count(*) FROM corrections) AS corrections,
    (SELECT count(DISTINCT statement_id) FROM corrections) AS corrected_statements,
    (SELECT max(n) / sum(n) FROM (SELECT count(*) AS n FROM statements
                                  WHERE country IS NOT NULL GROUP BY country)) AS top_country_share,
    (SELECT count(DISTINCT country) FROM statements) AS countries,
    (SELECT max(n) FROM (SELECT count(DISTINCT article_id) AS n FROM statements
                         WHERE quote_norm IS NOT NULL GROUP BY quote_norm)) AS most_articles_per_quote,
    (SELECT year(max(published)) - year(min(published)) FROM articles) AS years,
    (SELECT count(*) FROM statements s JOIN articles a USING (article_id)
     WHERE substr(a.text, s.start + 1, s."end" - s.start) <> s.sentence) AS misplaced_offsets,
    (SELECT count(*) FROM statements WHERE origin = 'human') AS coded_statements;
