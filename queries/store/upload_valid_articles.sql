-- The rows of an articles upload that will be analysed and stored.
CREATE OR REPLACE TEMP VIEW upload_valid AS
SELECT * FROM upload_clean
WHERE coalesce(p_row, p_text, p_title, p_date, p_outlet, p_url, p_speaker, p_country, p_role)
      IS NULL;
