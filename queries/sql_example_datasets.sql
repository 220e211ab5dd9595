-- Example: what each dataset holds (articles, statements, extractor versions).
-- Each table is counted per dataset before the join, not row by row; statements_wide carries
-- each statement's dataset, so the statements need no join to their articles.
WITH held_articles AS (
    SELECT dataset, count(*) AS articles FROM articles GROUP BY dataset
), held_statements AS (
    SELECT dataset, count(*) AS statements,
           string_agg(DISTINCT extractor_version, ', ' ORDER BY extractor_version)
               AS extractor_versions
    FROM statements_wide
    GROUP BY dataset
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
