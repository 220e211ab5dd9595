-- A dataset that was loaded from a file with the same content.
SELECT dataset, created_at FROM datasets WHERE content_sha256 = $sha256 LIMIT 1;
