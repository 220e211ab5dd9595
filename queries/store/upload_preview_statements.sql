-- The first valid rows as they will be stored.
SELECT "row", speaker, speaker_type, country, stance, role, quote, published AS date, outlet,
       target, title, url
FROM upload_valid
ORDER BY "row"
LIMIT $limit;
