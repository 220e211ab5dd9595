-- Distinct country and target values (mapped to ISO3 in Python with stance.gazetteer.to_iso3).
SELECT value, count(*) AS rows
FROM (
    SELECT upload_blank(country) AS value FROM upload_raw
    UNION ALL
    SELECT upload_blank(target) FROM upload_raw
)
WHERE value IS NOT NULL
GROUP BY value
ORDER BY rows DESC, value;
