-- Test check (tests/store/test_rewritten_queries.py), not app SQL: queries/corrections_pairs.sql
-- as it was, the machine's labels and the statements' details read from statements and articles.
WITH coded AS (
    SELECT statement_id, coalesce(coder, '') AS rater, arg_max(new_value, corrected_at) AS label
    FROM corrections
    WHERE field = $field
    GROUP BY ALL
), machine AS (
    SELECT
        statement_id, 'machine' AS rater,
        CASE $field
            WHEN 'stance' THEN stance
            WHEN 'speaker' THEN speaker
            WHEN 'country' THEN country
            WHEN 'target' THEN target
            WHEN 'not_statement' THEN 'false'
        END AS label
    FROM statements
    -- only statements a coder labelled can pair with a coder (1.4 s -> ms at 1M statements)
    WHERE statement_id IN (SELECT statement_id FROM corrections WHERE field = $field)
       OR ($rater_a = 'machine' AND $rater_b = 'machine')
), labels AS (
    SELECT * FROM coded
    UNION ALL
    SELECT * FROM machine
)
SELECT
    a.statement_id, a.label AS label_a, b.label AS label_b,
    s.speaker AS machine_speaker, s.sentence, ar.title
FROM labels a
JOIN labels b ON b.statement_id = a.statement_id AND b.rater = $rater_b
JOIN statements s ON s.statement_id = a.statement_id
JOIN articles ar ON ar.article_id = s.article_id
WHERE a.rater = $rater_a
ORDER BY ar.title, s.start, a.statement_id;
