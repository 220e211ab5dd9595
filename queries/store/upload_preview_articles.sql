-- The first valid rows as they will be stored (text shortened).
SELECT "row", title, published AS date, outlet, url, speaker, country, role,
       length(text) AS characters,
       CASE WHEN length(text) > 160 THEN left(text, 160) || '…' ELSE text END AS text
FROM upload_valid
ORDER BY "row"
LIMIT $limit;
