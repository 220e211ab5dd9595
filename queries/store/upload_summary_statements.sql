-- Rows read, rows with a problem, rows that would be loaded.
SELECT
    count(*) AS rows,
    count(*) FILTER (WHERE coalesce(p_row, p_speaker, p_country, p_stance, p_role, p_quote,
                                    p_date, p_outlet, p_target, p_title, p_url, p_speaker_type)
                           IS NULL) AS valid
FROM upload_clean;
