-- Test check (tests/store/test_rewritten_queries.py), not app SQL: queries/sql_provenance.sql
-- as it was, every statement joined to its dataset before counting.
SELECT
    d.dataset,
    any_value(d.kind) AS kind,
    any_value(d.created_at) AS created_at,
    any_value(d.source_file) AS source_file,
    any_value(d.hidden) AS hidden,
    count(f.statement_id) AS statements,
    count(f.statement_id) FILTER (WHERE f.corrected) AS corrected,
    coalesce(list(DISTINCT f.extractor_version ORDER BY f.extractor_version)
                 FILTER (WHERE f.extractor_version IS NOT NULL), []) AS extractor_versions
FROM datasets d
LEFT JOIN filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                              $corrected, $all_topics) f ON f.dataset = d.dataset
GROUP BY d.dataset
HAVING $all_datasets OR count(f.statement_id) > 0
ORDER BY d.dataset;
