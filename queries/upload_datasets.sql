-- Every dataset with what it holds, hidden ones too (the Upload page's list of datasets).
SELECT
    d.dataset, d.kind, d.created_at, d.source_file, d.hidden,
    count(DISTINCT a.article_id) AS articles,
    count(s.statement_id) AS statements
FROM datasets d
LEFT JOIN articles a ON a.dataset = d.dataset
LEFT JOIN statements s ON s.article_id = a.article_id
GROUP BY d.dataset, d.kind, d.created_at, d.source_file, d.hidden
ORDER BY d.created_at DESC, d.dataset;
