-- Two raters' labels for one field on the statements both labelled: the input of Cohen's kappa
-- (stance/agreement.py). A rater is 'machine' (the extractor's label) or a coder's name
-- ('' for corrections without a name); a coder's label is their latest for the statement.
-- Statements are read from statements_wide, where a corrected one has `corrections_n` above 0:
-- that integer is tested before any statement id is read (585 -> 20 ms at 10M statements).
WITH coded AS (
    SELECT statement_id, coalesce(coder, '') AS rater, arg_max(new_value, corrected_at) AS label
    FROM corrections
    WHERE field = $field
    GROUP BY ALL
), labelled AS (
    SELECT
        statement_id, machine_speaker, sentence, start, title,
        CASE $field
            WHEN 'stance' THEN machine_stance
            WHEN 'speaker' THEN machine_speaker
            WHEN 'country' THEN machine_country
            WHEN 'target' THEN machine_target
            WHEN 'not_statement' THEN 'false'
        END AS label
    FROM statements_wide
    -- only statements a coder labelled can pair with a coder
    WHERE (corrections_n > 0 AND statement_id IN (SELECT statement_id FROM coded))
       OR ($rater_a = 'machine' AND $rater_b = 'machine')
), labels AS (
    SELECT * FROM coded
    UNION ALL
    SELECT statement_id, 'machine' AS rater, label FROM labelled
)
SELECT
    a.statement_id, a.label AS label_a, b.label AS label_b,
    s.machine_speaker, s.sentence, s.title
FROM labels a
JOIN labels b ON b.statement_id = a.statement_id AND b.rater = $rater_b
JOIN labelled s ON s.statement_id = a.statement_id
WHERE a.rater = $rater_a
ORDER BY s.title, s.start, a.statement_id;
