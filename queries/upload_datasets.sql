-- Every dataset with what it holds, hidden ones too (the Upload page's list of datasets).
-- Counted per dataset first (statements from statements_wide, which already carries each
-- statement's dataset): joining articles to every statement took 0.4 s at 1M statements.
WITH held_articles AS (
    SELECT dataset, count(DISTINCT article_id) AS articles FROM articles GROUP BY dataset
), held_statements AS (
    SELECT dataset, count(*) AS statements FROM statements_wide GROUP BY dataset
)
SELECT
    d.dataset, d.kind, d.created_at, d.source_file, d.hidden,
    coalesce(a.articles, 0) AS articles,
    coalesce(s.statements, 0) AS statements
FROM datasets d
LEFT JOIN held_articles a USING (dataset)
LEFT JOIN held_statements s USING (dataset)
ORDER BY d.created_at DESC, d.dataset;
