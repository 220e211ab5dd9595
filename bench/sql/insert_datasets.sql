-- Benchmark data: one row per synthetic dataset, with its statement count.
INSERT INTO datasets (dataset, kind, created_at, rows, source_file, content_sha256, hidden)
SELECT d.dataset, d.kind, $stamp, count(s.statement_id), 'bench/generate.py', NULL, d.hidden
FROM bench_datasets d
LEFT JOIN articles a ON a.dataset = d.dataset
LEFT JOIN statements s ON s.article_id = a.article_id
GROUP BY d.idx, d.dataset, d.kind, d.hidden
ORDER BY d.idx;
