-- Every problem of a coded-statements upload: row, column (field name), code, value as given.
SELECT "row", field, code, value FROM (
    SELECT c."row", 1 AS o, '' AS field, 'duplicate:' || d.first_row AS code, NULL AS value
    FROM upload_clean c JOIN upload_duplicates d ON d.dup_key = c.statement_key
    WHERE d.first_row < c."row"
    UNION ALL SELECT "row", 2, 'speaker', p_speaker, speaker_raw FROM upload_clean
    WHERE p_speaker IS NOT NULL
    UNION ALL SELECT "row", 3, 'country', p_country, country_raw FROM upload_clean
    WHERE p_country IS NOT NULL
    UNION ALL SELECT "row", 4, 'stance', p_stance, stance_raw FROM upload_clean
    WHERE p_stance IS NOT NULL
    UNION ALL SELECT "row", 5, 'role', p_role, role FROM upload_clean
    WHERE p_role IS NOT NULL
    UNION ALL SELECT "row", 6, 'quote', p_quote, quote FROM upload_clean
    WHERE p_quote IS NOT NULL
    UNION ALL SELECT "row", 7, 'date', p_date, date_raw FROM upload_clean
    WHERE p_date IS NOT NULL
    UNION ALL SELECT "row", 8, 'outlet', p_outlet, outlet FROM upload_clean
    WHERE p_outlet IS NOT NULL
    UNION ALL SELECT "row", 9, 'target', p_target, target_raw FROM upload_clean
    WHERE p_target IS NOT NULL
    UNION ALL SELECT "row", 10, 'title', p_title, title FROM upload_clean
    WHERE p_title IS NOT NULL
    UNION ALL SELECT "row", 11, 'url', p_url, url FROM upload_clean
    WHERE p_url IS NOT NULL
    UNION ALL SELECT "row", 12, 'speaker_type', p_speaker_type, speaker_type_raw
    FROM upload_clean WHERE p_speaker_type IS NOT NULL
)
ORDER BY "row", o
LIMIT $limit;
