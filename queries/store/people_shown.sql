-- Person names as the views show them, with their most frequent country and statement count
-- (candidates for `stance people suggest-merges`).
SELECT
    speaker AS name,
    mode(country) FILTER (WHERE country IS NOT NULL) AS country,
    count(*) AS statements
FROM statements
WHERE speaker_type = 'person' AND speaker IS NOT NULL
GROUP BY speaker
ORDER BY statements DESC, name;
