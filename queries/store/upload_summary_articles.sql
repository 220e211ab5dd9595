-- Rows read, rows with a problem, rows that would be loaded.
SELECT
    count(*) AS rows,
    count(*) FILTER (WHERE coalesce(p_row, p_text, p_title, p_date, p_outlet, p_url, p_speaker,
                                    p_country, p_role) IS NULL) AS valid
FROM upload_clean;
