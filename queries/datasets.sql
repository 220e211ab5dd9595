-- Datasets for the sidebar and the upload page.
SELECT dataset, kind, created_at, rows, source_file, hidden
FROM datasets
ORDER BY created_at;
