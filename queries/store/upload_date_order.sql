-- Evidence for the order of slashed dates: values whose first number cannot be a month (day
-- first) or whose second number cannot be a month (month first).
SELECT
    count(*) FILTER (WHERE CAST(regexp_extract(d, '^(\d+)', 1) AS INTEGER) > 12) AS day_first,
    count(*) FILTER (WHERE CAST(regexp_extract(d, '^\d+[/.](\d+)', 1) AS INTEGER) > 12)
        AS month_first,
    count(*) AS slashed
FROM (SELECT upload_blank(date) AS d FROM upload_raw)
WHERE regexp_full_match(d, '\d{1,2}[/.]\d{1,2}[/.](\d{2}|\d{4})');
