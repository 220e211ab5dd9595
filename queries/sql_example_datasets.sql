-- Example: what each dataset holds (articles, statements, extractor versions)
SELECT
    d.dataset, d.kind, d.created_at, d.hidden,
    count(DISTINCT a.article_id) AS articles,
    count(s.statement_id) AS statements,
    string_agg(DISTINCT s.extractor_version, ', ') AS extractor_versions
FROM datasets d
LEFT JOIN articles a ON a.dataset = d.dataset
LEFT JOIN statements s ON s.article_id = a.article_id
GROUP BY ALL
ORDER BY d.created_at;
