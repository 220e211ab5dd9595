-- Test check (tests/store/test_rewritten_queries.py), not app SQL: queries/quote_articles.sql
-- in one step, the full rows sorted (the oracle of its two steps).
SELECT
    f.article_id, f.published, f.date_precision, f.outlet, f.title, f.speaker, f.role, f.country, f.stance,
    f.quote, f.statement_id
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics) f
WHERE f.cluster_key = hash($cluster)
ORDER BY f.published NULLS LAST, f.outlet, f.article_key, f.wide_row
LIMIT $limit;
