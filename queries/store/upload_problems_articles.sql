-- Every problem of an articles upload: row, column (field name), code, value as given.
SELECT "row", field, code, value FROM (
    SELECT c."row", 1 AS o, '' AS field, 'duplicate_text:' || d.first_row AS code, NULL AS value
    FROM upload_clean c JOIN upload_duplicates d ON d.dup_key = c.row_hash
    WHERE d.first_row < c."row"
    UNION ALL SELECT "row", 2, 'text', p_text,
        coalesce(nullif(regexp_extract(text, '(?i)<\s*(script|iframe|object|embed)\b[^>]*>'), ''),
                 left(text, 200))
    FROM upload_clean
    WHERE p_text IS NOT NULL
    UNION ALL SELECT "row", 3, 'title', p_title, title FROM upload_clean
    WHERE p_title IS NOT NULL
    UNION ALL SELECT "row", 4, 'date', p_date, date_raw FROM upload_clean
    WHERE p_date IS NOT NULL
    UNION ALL SELECT "row", 5, 'outlet', p_outlet, outlet FROM upload_clean
    WHERE p_outlet IS NOT NULL
    UNION ALL SELECT "row", 6, 'url', p_url, url FROM upload_clean
    WHERE p_url IS NOT NULL
    UNION ALL SELECT "row", 7, 'speaker', p_speaker, speaker FROM upload_clean
    WHERE p_speaker IS NOT NULL
    UNION ALL SELECT "row", 8, 'country', p_country, country_raw FROM upload_clean
    WHERE p_country IS NOT NULL
    UNION ALL SELECT "row", 9, 'role', p_role, role FROM upload_clean
    WHERE p_role IS NOT NULL
)
ORDER BY "row", o
LIMIT $limit;
