-- Earliest and latest article dates (the date filter's bounds).
SELECT min(published) AS first, max(published) AS last FROM articles;
