-- Benchmark check (tests/test_bench_generate.py), not app SQL: everything a generated database
-- holds, in a fixed order, so two runs can be compared.
SELECT 'statement' AS kind, statement_id AS key, speaker || '|' || coalesce(country, '') || '|'
       || stance || '|' || coalesce(quote, '') || '|' || coalesce(target, '') AS value
FROM statements
UNION ALL
SELECT 'article', article_id, dataset || '|' || source || '|' || published || '|' || sha256
FROM articles
UNION ALL
SELECT 'correction', statement_id || field || corrected_at, coalesce(new_value, '')
FROM corrections
ORDER BY kind, key, value;
