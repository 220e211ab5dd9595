-- Distinct stance values, lower-cased, with how many rows use each.
SELECT lower(upload_blank(stance)) AS value, count(*) AS rows
FROM upload_raw
WHERE upload_blank(stance) IS NOT NULL
GROUP BY 1
ORDER BY rows DESC, value;
