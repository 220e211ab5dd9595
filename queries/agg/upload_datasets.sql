-- upload_datasets.sql with the statements per dataset from agg_country (the machine's labels:
-- every stored statement) and the articles counted by row (an article id is held once).
WITH held_articles AS (
    SELECT dataset, count(*) AS articles FROM articles GROUP BY dataset
), held_statements AS (
    SELECT dataset, sum(statements)::BIGINT AS statements
    FROM agg_country
    WHERE NOT corrected
    GROUP BY dataset
)
SELECT
    d.dataset, d.kind, d.created_at, d.source_file, d.hidden,
    coalesce(a.articles, 0) AS articles,
    coalesce(s.statements, 0) AS statements
FROM datasets d
LEFT JOIN held_articles a USING (dataset)
LEFT JOIN held_statements s USING (dataset)
ORDER BY d.created_at DESC, d.dataset;
