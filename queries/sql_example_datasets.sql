-- Example: what each dataset holds (articles, statements, extractor versions).
-- Each table is counted per dataset before the join, not row by row.
WITH held_articles AS (
    SELECT dataset, count(*) AS articles FROM articles GROUP BY dataset
), held_statements AS (
    SELECT a.dataset, count(*) AS statements,
           string_agg(DISTINCT s.extractor_version, ', ') AS extractor_versions
    FROM statements s
    JOIN articles a USING (article_id)
    GROUP BY a.dataset
)
SELECT
    d.dataset, d.kind, d.created_at, d.hidden,
    coalesce(a.articles, 0) AS articles,
    coalesce(s.statements, 0) AS statements,
    s.extractor_versions
FROM datasets d
LEFT JOIN held_articles a USING (dataset)
LEFT JOIN held_statements s USING (dataset)
ORDER BY d.created_at, d.dataset;
