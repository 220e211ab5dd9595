-- Who labelled what: the machine (every statement) and each coder (statements they corrected
-- or confirmed), per field. Unnamed coders appear as ''.
SELECT 'machine' AS rater, f.field, count(*) AS statements
FROM statements, (VALUES ('stance'), ('speaker'), ('country'), ('target'), ('not_statement'))
    AS f(field)
GROUP BY f.field
UNION ALL
SELECT coalesce(coder, '') AS rater, field, count(DISTINCT statement_id) AS statements
FROM corrections
GROUP BY ALL
ORDER BY rater = 'machine' DESC, rater, field;
