-- The rows of a coded-statements upload that will be stored, as they will be stored:
-- no problem in any column, and not a repeat of an earlier row.
CREATE OR REPLACE TEMP VIEW upload_valid AS
SELECT c.*
FROM upload_clean c
LEFT JOIN upload_duplicates d ON d.dup_key = c.statement_key
WHERE coalesce(p_speaker, p_country, p_stance, p_role, p_quote, p_date, p_outlet,
               p_target, p_title, p_url, p_speaker_type) IS NULL
  AND (d.first_row IS NULL OR d.first_row = c."row");
