-- One statement's labels as the machine gave them and as corrected now (the correction form).
-- `$article`, when the caller knows the statement's article (the form does), lets the scan
-- skip every row group of other articles: 30 against 100 ms at 10M statements; NULL finds
-- the statement by its id alone.
SELECT
    statement_id, article_id, title, outlet, published, quote, sentence,
    machine_speaker, corrected_speaker, machine_country, corrected_country,
    machine_stance, corrected_stance, machine_target, corrected_target, rejected, corrected
FROM statements_wide  -- statements_full as of the last write, without its joins
WHERE ($article::VARCHAR IS NULL OR article_id = $article) AND statement_id = $statement_id;
