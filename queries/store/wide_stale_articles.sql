-- Articles whose statements (or metadata) differ from what statements_wide holds: per article,
-- the count and an order-free checksum of the rows (same hash as statements_wide_source).
CREATE OR REPLACE TEMP TABLE wide_stale_articles AS
WITH now AS (
    SELECT s.article_id, s.n, s.h,
           hash(a.dataset, a.source, a.published, a.title, a.url, a.name) AS ah
    FROM (
        SELECT article_id, count(*) AS n,
               bit_xor(hash(statement_id, speaker, country, stance, target, quote_norm, role,
                            start, confidence, extractor_version, origin)) AS h
        FROM statements
        GROUP BY article_id
    ) s
    JOIN articles a USING (article_id)
), was AS (
    SELECT article_id, count(*) AS n, bit_xor(row_hash) AS h, any_value(article_hash) AS ah
    FROM statements_wide
    GROUP BY article_id
)
SELECT article_id
FROM now
FULL OUTER JOIN was USING (article_id)
WHERE now.n IS DISTINCT FROM was.n OR now.h IS DISTINCT FROM was.h
   OR now.ah IS DISTINCT FROM was.ah;
