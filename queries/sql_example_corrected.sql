-- Example: statements whose labels researchers changed, machine and corrected side by side
-- (statements_wide holds statements_full as a table: no join to wait for)
SELECT
    statement_id, title, machine_speaker, corrected_speaker, machine_country,
    corrected_country, machine_stance, corrected_stance, machine_target, corrected_target,
    rejected, sentence
FROM statements_wide
WHERE corrected
ORDER BY title, start
LIMIT $limit;
