-- One statement's labels as the machine gave them and as corrected now (the correction form).
-- `$article`, when the caller knows the statement's article (the form does), narrows the scan
-- to its rows: 30 against 100 ms at 10M statements; NULL finds the statement by its id alone.
-- The article is matched on its 64-bit key first (then on the id, which a key implies): 34
-- against 75 ms for the id strings at 10M (bench/README.md item 26).
SELECT
    statement_id, article_id, title, outlet, published, quote, sentence,
    machine_speaker, corrected_speaker, machine_country, corrected_country,
    machine_stance, corrected_stance, machine_target, corrected_target, rejected, corrected
FROM statements_wide  -- statements_full as of the last write, without its joins
WHERE ($article::VARCHAR IS NULL OR article_key = hash($article) AND article_id = $article)
  AND statement_id = $statement_id;
