-- One statement's labels, as corrections_statement.sql, found within its article: the form
-- knows the article, and a filter on it reads a few row groups of statements_wide where a
-- statement id alone reads them all (30 against 100 ms at 10M statements).
SELECT
    statement_id, article_id, title, outlet, published, quote, sentence,
    machine_speaker, corrected_speaker, machine_country, corrected_country,
    machine_stance, corrected_stance, machine_target, corrected_target, rejected, corrected
FROM statements_wide
WHERE article_id = $article AND statement_id = $statement_id;
