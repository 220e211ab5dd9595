-- Order-free signatures of the tables statements_wide is built from: when they equal the saved
-- ones (statements_wide_state), nothing was written since the last refresh.
SELECT
    (SELECT hash(count(*), bit_xor(hash(statement_id, stance, speaker, country, target,
                                        extractor_version)))
     FROM statements) AS statements,
    (SELECT hash(count(*), bit_xor(hash(article_id, dataset, source, published, title, url,
                                        name)))
     FROM articles) AS articles,
    (SELECT hash(count(*), bit_xor(hash(statement_id, field, new_value, corrected_at)))
     FROM corrections) AS corrections;
