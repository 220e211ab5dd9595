-- One statement's labels as the machine gave them and as corrected now (the correction form).
SELECT
    statement_id, article_id, title, outlet, published, quote, sentence,
    machine_speaker, corrected_speaker, machine_country, corrected_country,
    machine_stance, corrected_stance, machine_target, corrected_target, rejected, corrected
FROM statements_wide  -- statements_full as of the last write, without its joins
WHERE statement_id = $statement_id;
