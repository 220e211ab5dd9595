-- Example: statements whose labels researchers changed, machine and corrected side by side
SELECT
    statement_id, title, machine_speaker, corrected_speaker, machine_country,
    corrected_country, machine_stance, corrected_stance, machine_target, corrected_target,
    rejected, sentence
FROM statements_full
WHERE corrected
ORDER BY title, start
LIMIT $limit;
