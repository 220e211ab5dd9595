-- Articles to analyse: every row with its values as they will be stored and, per column, a
-- problem code or NULL. HTML in the text is allowed (converted to plain text before
-- extraction); scripts are not. Two rows with the same text are one article
-- (upload_duplicates_articles).
CREATE OR REPLACE TEMP TABLE upload_clean AS
WITH base AS (
    SELECT
        coalesce(r."row", r.rowid - $first_rowid + 2) AS "row",
        CASE WHEN trim(r.text) = '' THEN NULL ELSE r.text END AS text,
        upload_blank(r.title) AS title,
        upload_blank(r.date) AS date_raw,
        upload_blank(r.outlet) AS outlet,
        upload_blank(r.url) AS url,
        upload_blank(r.speaker) AS speaker,
        upload_blank(r.country) AS country_raw,
        upload_blank(r.role) AS role,
        hash(r.text) AS row_hash
    FROM upload_raw r
), mapped AS (
    SELECT b.*, c.iso3 AS country, upload_date(b.date_raw, $day_first) AS published,
           upload_date_precision(b.date_raw, upload_date(b.date_raw, $day_first))
               AS date_precision
    FROM base b
    LEFT JOIN upload_countries c ON c.value = b.country_raw
)
SELECT
    m.*,
    CASE WHEN m.text IS NULL THEN 'missing_text'
         ELSE upload_text_problem(m.text, 1000000, true) END AS p_text,
    upload_text_problem(m.title, 500, false) AS p_title,
    upload_date_problem(m.date_raw, m.published) AS p_date,
    upload_text_problem(m.outlet, 300, false) AS p_outlet,
    coalesce(upload_url_problem(m.url), upload_text_problem(m.url, 2000, false)) AS p_url,
    upload_text_problem(m.speaker, 300, false) AS p_speaker,
    CASE WHEN m.country_raw IS NOT NULL AND m.country IS NULL THEN 'unknown_country'
         END AS p_country,
    upload_text_problem(m.role, 300, false) AS p_role
FROM mapped m;
