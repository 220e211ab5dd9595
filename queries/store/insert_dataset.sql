INSERT INTO datasets (dataset, kind, created_at, rows, source_file, content_sha256)
SELECT $dataset, $kind, $now, $rows, $source_file, $content_sha256
WHERE NOT EXISTS (SELECT 1 FROM datasets WHERE dataset = $dataset);
