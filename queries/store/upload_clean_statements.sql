-- Coded statements: every row with its values as they will be stored and, per column, a
-- problem code or NULL. Countries and stances are mapped through the small tables the caller
-- registered (upload_countries, upload_stances). group_key: the article a statement hangs on;
-- statement_key: the values its id is made of (upload_insert_coded_statements), so two rows
-- with the same key say the same thing (upload_duplicates_statements).
CREATE OR REPLACE TEMP TABLE upload_clean AS
WITH base AS (
    SELECT
        coalesce(r."row", r.rowid - $first_rowid + 2) AS "row",
        upload_blank(r.speaker) AS speaker_raw,
        upload_blank(r.country) AS country_raw,
        upload_blank(r.stance) AS stance_raw,
        upload_blank(r.role) AS role,
        upload_blank(r.quote) AS quote,
        upload_blank(r.date) AS date_raw,
        upload_blank(r.outlet) AS outlet,
        upload_blank(r.target) AS target_raw,
        upload_blank(r.title) AS title,
        upload_blank(r.url) AS url,
        lower(upload_blank(r.speaker_type)) AS speaker_type_raw
    FROM upload_raw r
), mapped AS (
    SELECT
        b.*,
        c.iso3 AS country,
        c.name AS country_name,
        t.iso3 AS target,
        s.stance,
        upload_date(b.date_raw, $day_first) AS published,
        upload_date_precision(b.date_raw, upload_date(b.date_raw, $day_first))
            AS date_precision
    FROM base b
    LEFT JOIN upload_countries c ON c.value = b.country_raw
    LEFT JOIN upload_countries t ON t.value = b.target_raw
    LEFT JOIN upload_stances s ON s.value = lower(b.stance_raw)
), shaped AS (
    SELECT
        m.*,
        coalesce(m.speaker_raw, m.country_name) AS speaker,
        CASE
            WHEN m.speaker_type_raw IN ('person', 'country', 'organization')
                THEN m.speaker_type_raw
            WHEN m.speaker_raw IS NULL THEN 'country'
            WHEN m.speaker_raw ILIKE m.country_name OR m.speaker_raw ILIKE m.country_raw
                 OR m.speaker_raw ILIKE m.country THEN 'country'
            ELSE 'person'
        END AS speaker_type,
        hash(m.title, m.url, m.published, m.outlet) AS group_key
    FROM mapped m
), keyed AS (
    SELECT *, hash(group_key, lower(speaker), speaker_type, country, stance, role, quote,
                   target) AS statement_key
    FROM shaped
)
SELECT
    k.*,
    CASE WHEN k.speaker_raw IS NULL AND k.country_raw IS NULL THEN 'no_speaker'
         ELSE upload_text_problem(k.speaker_raw, 300, false) END AS p_speaker,
    CASE WHEN k.country_raw IS NOT NULL AND k.country IS NULL THEN 'unknown_country'
         END AS p_country,
    CASE WHEN k.stance_raw IS NULL THEN 'missing_stance'
         WHEN k.stance IS NULL THEN 'unknown_stance' END AS p_stance,
    upload_text_problem(k.role, 300, false) AS p_role,
    upload_text_problem(k.quote, 10000, false) AS p_quote,
    upload_date_problem(k.date_raw, k.published) AS p_date,
    upload_text_problem(k.outlet, 300, false) AS p_outlet,
    CASE WHEN k.target_raw IS NOT NULL AND k.target IS NULL THEN 'unknown_country'
         END AS p_target,
    upload_text_problem(k.title, 500, false) AS p_title,
    coalesce(upload_url_problem(k.url), upload_text_problem(k.url, 2000, false)) AS p_url,
    CASE WHEN k.speaker_type_raw IS NOT NULL
              AND k.speaker_type_raw NOT IN ('person', 'country', 'organization')
         THEN 'unknown_speaker_type' END AS p_speaker_type
FROM keyed k;
