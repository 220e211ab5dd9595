-- The rows of a coded-statements upload that will be stored, as they will be stored.
CREATE OR REPLACE TEMP VIEW upload_valid AS
SELECT * FROM upload_clean
WHERE coalesce(p_row, p_speaker, p_country, p_stance, p_role, p_quote, p_date, p_outlet,
               p_target, p_title, p_url, p_speaker_type) IS NULL;
