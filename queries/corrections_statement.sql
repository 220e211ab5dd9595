-- One statement's labels as the machine gave them and as corrected now (the correction form).
-- `$article`, when the caller knows the statement's article (the form does), finds its rows
-- through the article-key index (store/indexes.sql): 2 against 49 ms for a scan at 10M
-- statements. The index is only used when the key is the scan's one filter, hence the
-- materialised step before the id is compared. NULL finds the statement by its id alone.
WITH article_rows AS MATERIALIZED (
    SELECT * FROM statements_wide WHERE article_key = hash($article::VARCHAR)
), found AS (
    SELECT * FROM article_rows WHERE article_id = $article AND statement_id = $statement_id
    UNION ALL
    SELECT * FROM statements_wide  -- statements_full as of the last write, without its joins
    WHERE $article::VARCHAR IS NULL AND statement_id = $statement_id
)
SELECT
    statement_id, article_id, title, outlet, published, quote, sentence,
    machine_speaker, corrected_speaker, machine_country, corrected_country,
    machine_stance, corrected_stance, machine_target, corrected_target, rejected, corrected
FROM found;
