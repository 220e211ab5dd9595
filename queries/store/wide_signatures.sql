-- Order-free signatures of the tables statements_wide is built from: when they equal the saved
-- ones (statements_wide_state), nothing was written since the last refresh. Each row's hash is
-- hashed again: DuckDB's multi-argument hash is XOR-linear in its last argument, so without
-- the outer hash the same change in an even number of rows would cancel out of bit_xor.
SELECT
    (SELECT hash(count(*), bit_xor(hash(hash(statement_id, stance, speaker, country, target,
                                             extractor_version))))
     FROM statements) AS statements,
    (SELECT hash(count(*), bit_xor(hash(hash(article_id, dataset, source, published,
                                             date_precision, title,
                                             url, name))))
     FROM articles) AS articles,
    (SELECT hash(count(*), bit_xor(hash(hash(statement_id, field, new_value, corrected_at))))
     FROM corrections) AS corrections,
    (SELECT hash(count(*), bit_xor(hash(hash(quote_norm, cluster))))
     FROM quote_clusters) AS clusters;
